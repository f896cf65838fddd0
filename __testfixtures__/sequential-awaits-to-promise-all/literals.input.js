// Array and object literals built from several awaited calls.
// @perfmod-check pair(g.service(['getUser', 'getPrefs']), g.int())
export async function pair(api, id) {
  return [await api.getUser(id), await api.getPrefs(id)];
}

// @perfmod-check page(g.service(['getUser', 'getPrefs', 'getFeed']), g.int())
export async function page(api, id) {
  return { user: await api.getUser(id), prefs: await api.getPrefs(id), 'feed-items': await api.getFeed(id) };
}
