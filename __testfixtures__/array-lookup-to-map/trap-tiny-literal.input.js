// Tiny literal collections: a linear scan beats building a Set.
const METHODS = ['GET', 'HEAD', 'OPTIONS'];

export function safeRequests(requests) {
  return requests.filter((r) => METHODS.includes(r.method));
}

export function weekend(days) {
  const out = [];
  for (const d of days) out.push(['sat', 'sun'].indexOf(d) !== -1);
  return out;
}
