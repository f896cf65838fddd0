// `seen` grows inside the loop: a Set built before the loop would be stale.
export function unique(items) {
  const seen = [];
  for (const item of items) {
    if (!seen.includes(item)) {
      seen.push(item);
    }
  }
  return seen;
}

export function upsert(existing, incoming) {
  incoming.forEach((item) => {
    if (!existing.some((e) => e.id === item.id)) {
      existing.push(item);
    }
  });
  return existing;
}

export function drain(queue, done) {
  return queue.filter((task) => {
    const hit = done.indexOf(task) !== -1;
    done.splice(0, 1);
    return hit;
  });
}
