// findLast in plain JavaScript, a compound predicate, and `indexOf(...) === -1`.
// @perfmod-check latestStatus(g.array(g.key()), g.array(g.record({ ticket: g.key(), status: g.str() })))
export function latestStatus(tickets, events) {
  const out = {};
  const lastEventByTicket = new Map();
  for (const e of events) lastEventByTicket.set(e.ticket, e);
  lastEventByTicket.delete(NaN);
  for (const t of tickets) {
    out[t] = lastEventByTicket.get(t)?.status ?? 'none';
  }
  return out;
}

// @perfmod-check openOwner(g.array(g.record({ owner: g.key() })), g.array(g.record({ id: g.key(), open: g.bool() })))
export function openOwner(tasks, people) {
  const personById = new Map();
  for (const p of people) if (p.open && !personById.has(p.id)) personById.set(p.id, p);
  personById.delete(NaN);
  return tasks.map((task) => personById.get(task.owner) ?? null);
}

// @perfmod-check unknownTags(g.array(g.key()), g.array(g.key()))
export function unknownTags(tags, known) {
  const unknown = [];
  tags.forEach((tag) => {
    if (known.indexOf(tag) === -1) unknown.push(tag);
  });
  return unknown;
}
