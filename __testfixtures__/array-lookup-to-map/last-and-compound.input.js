// findLast in plain JavaScript, a compound predicate, and `indexOf(...) === -1`.
// @perfmod-check latestStatus(g.array(g.key()), g.array(g.record({ ticket: g.key(), status: g.str() })))
export function latestStatus(tickets, events) {
  const out = {};
  for (const t of tickets) {
    out[t] = events.findLast((e) => e.ticket === t)?.status ?? 'none';
  }
  return out;
}

// @perfmod-check openOwner(g.array(g.record({ owner: g.key() })), g.array(g.record({ id: g.key(), open: g.bool() })))
export function openOwner(tasks, people) {
  return tasks.map((task) => people.find((p) => p.open && task.owner === p.id) ?? null);
}

// @perfmod-check unknownTags(g.array(g.key()), g.array(g.key()))
export function unknownTags(tags, known) {
  const unknown = [];
  tags.forEach((tag) => {
    if (known.indexOf(tag) === -1) unknown.push(tag);
  });
  return unknown;
}
