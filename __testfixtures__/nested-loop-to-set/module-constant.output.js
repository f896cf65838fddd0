const RESERVED_NAMES = ['admin', 'root', 'system', 'support', 'help', 'billing', 'security', 'api', 'www'];

const RESERVED_NAME_SET = new Set(RESERVED_NAMES);

// @perfmod-check availableNames(g.array(g.oneof(g.constant('admin'), g.constant('api'), g.constant('www'), g.str())))
export function availableNames(candidates) {
  return candidates.filter((name) => !RESERVED_NAME_SET.has(name));
}

// @perfmod-check anyReserved(g.array(g.oneof(g.constant('root'), g.str())))
export function anyReserved(candidates) {
  return candidates.some((name) => RESERVED_NAME_SET.has(name));
}
