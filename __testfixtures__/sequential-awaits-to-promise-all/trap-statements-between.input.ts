// Statements between the awaits, and control flow that depends on the first result.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

export async function between(api: Api, id: number, log: string[]) {
  const user = await api.getUser(id);
  log.push('got user');
  const prefs = await api.getPrefs(id);
  return [user, prefs];
}

export async function guarded(api: Api, id: number) {
  const user = await api.getUser(id);
  if (!user) return null;
  const prefs = await api.getPrefs(id);
  return [user, prefs];
}
