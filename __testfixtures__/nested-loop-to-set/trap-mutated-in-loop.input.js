// (A seen-list that only grows, `if (!seen.includes(x)) seen.push(x)`, is rewritten: seen-list.input.js.)

// The list grows inside the loop: a Set built before the loop would be stale.
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
