// Runs inside one try block (one handler for both) and inside a switch case.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check guarded(g.service(['getUser', 'getPrefs']), g.int())
export async function guarded(api: Api, id: number) {
  try {
    const [user, prefs] = await Promise.all([api.getUser(id), api.getPrefs(id)]);
    return [user, prefs];
  } catch (error) {
    return [String(error)];
  }
}

// @perfmod-check byKind(g.service(['getUser', 'getPrefs', 'getTeam', 'getOrg']), g.int(), g.oneof(g.constant('user'), g.constant('team')))
export async function byKind(api: Api, id: number, kind: string) {
  switch (kind) {
    case 'user': {
      const [user, prefs] = await Promise.all([api.getUser(id), api.getPrefs(id)]);
      return [user, prefs];
    }
    case 'team':
      const [team, org] = await Promise.all([api.getTeam(id), api.getOrg(id)]);
      return [team, org];
    default:
      return [];
  }
}

// @perfmod-check reads(g.service(['get']), g.int())
export async function reads(api: Api, id: number) {
  const [a, b] = await Promise.all([
    fetchJson(api, `/users/${id}`, { method: 'GET' }),
    fetchJson(api, `/teams/${id}`)
  ]);

  return [a, b];
}

async function fetchJson(api: Api, path: string, init: { method?: string } = {}) {
  return api.get(path, init.method ?? 'GET');
}
