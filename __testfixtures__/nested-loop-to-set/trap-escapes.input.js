function refresh(list) {
  if (list.length > 3) list.shift();
}

// `registry` is handed to other code inside the loop, which changes it.
export function registered(names, registry) {
  return names.filter((name) => {
    refresh(registry);
    return registry.includes(name);
  });
}
