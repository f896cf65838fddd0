const RESERVED_NAMES = ['admin', 'root', 'system', 'support', 'help', 'billing', 'security', 'api', 'www'];

// @perfmod-check availableNames(g.array(g.oneof(g.constant('admin'), g.constant('api'), g.constant('www'), g.str())))
export function availableNames(candidates) {
  return candidates.filter((name) => !RESERVED_NAMES.includes(name));
}

// @perfmod-check anyReserved(g.array(g.oneof(g.constant('root'), g.str())))
export function anyReserved(candidates) {
  return candidates.some((name) => RESERVED_NAMES.indexOf(name) !== -1);
}
