// Keep the ids that are also on the allow-list (intersection, outer order kept).
// @perfmod-check allowedIds(g.array(g.key()), g.array(g.key()))
// @perfmod-check allowedIds(g.array(g.num()), g.array(g.num()))
export function allowedIds(requestedIds, allowList) {
  const allowListSet = new Set(allowList);
  return requestedIds.filter((id) => allowListSet.has(id));
}
