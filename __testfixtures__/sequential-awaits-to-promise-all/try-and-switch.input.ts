// Runs inside one try block (one handler for both) and inside a switch case.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check guarded(g.service(['getUser', 'getPrefs']), g.int())
export async function guarded(api: Api, id: number) {
  try {
    const user = await api.getUser(id);
    const prefs = await api.getPrefs(id);
    return [user, prefs];
  } catch (error) {
    return [String(error)];
  }
}

// @perfmod-check byKind(g.service(['getUser', 'getPrefs', 'getTeam', 'getOrg']), g.int(), g.oneof(g.constant('user'), g.constant('team')))
export async function byKind(api: Api, id: number, kind: string) {
  switch (kind) {
    case 'user': {
      const user = await api.getUser(id);
      const prefs = await api.getPrefs(id);
      return [user, prefs];
    }
    case 'team':
      const team = await api.getTeam(id);
      const org = await api.getOrg(id);
      return [team, org];
    default:
      return [];
  }
}

// @perfmod-check reads(g.service(['get']), g.int())
export async function reads(api: Api, id: number) {
  const a = await fetchJson(api, `/users/${id}`, { method: 'GET' });
  const b = await fetchJson(api, `/teams/${id}`);
  return [a, b];
}

async function fetchJson(api: Api, path: string, init: { method?: string } = {}) {
  return api.get(path, init.method ?? 'GET');
}
