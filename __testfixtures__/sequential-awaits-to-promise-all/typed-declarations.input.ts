// Annotated declarations keep their types, as one tuple type.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check typed(g.service(['getUser', 'getPrefs']), g.int())
export async function typed(api: Api, id: number) {
  const user: string = await api.getUser(id);
  const prefs: string = await api.getPrefs(id);
  return user + prefs;
}
