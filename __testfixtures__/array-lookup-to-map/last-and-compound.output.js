// findLast in plain JavaScript, a compound predicate, and `indexOf(...) === -1`.
// @perfmod-check latestStatus(g.array(g.key()), g.array(g.record({ ticket: g.key(), status: g.str() })))
export function latestStatus(tickets, events) {
  const out = {};
  const lastEventsByTicket = new Map();
  for (const e of events) lastEventsByTicket.set(e.ticket, e);
  for (const t of tickets) {
    out[t] = lastEventsByTicket.get(t)?.status ?? 'none';
  }
  return out;
}

// @perfmod-check openOwner(g.array(g.record({ owner: g.key() })), g.array(g.record({ id: g.key(), open: g.bool() })))
export function openOwner(tasks, people) {
  const peopleById = new Map();
  for (const p of people) if (p.open && !peopleById.has(p.id)) peopleById.set(p.id, p);
  return tasks.map((task) => peopleById.get(task.owner) ?? null);
}

// @perfmod-check unknownTags(g.array(g.key()), g.array(g.key()))
export function unknownTags(tags, known) {
  const unknown = [];
  const knownSet = new Set();
  known.forEach((x) => knownSet.add(x));
  tags.forEach((tag) => {
    if (!knownSet.has(tag)) unknown.push(tag);
  });
  return unknown;
}
