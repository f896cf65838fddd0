// Annotated declarations keep their types, as one tuple type.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check typed(g.service(['getUser', 'getPrefs']), g.int())
export async function typed(api: Api, id: number) {
  const [user, prefs]: [string, string] = await Promise.all([api.getUser(id), api.getPrefs(id)]);
  return user + prefs;
}
