// Array and object literals built from several awaited calls.
// @perfmod-check pair(g.service(['getUser', 'getPrefs']), g.int())
export async function pair(api, id) {
  return await Promise.all([api.getUser(id), api.getPrefs(id)]);
}

// @perfmod-check page(g.service(['getUser', 'getPrefs', 'getFeed']), g.int())
export async function page(api, id) {
  return await Promise.all([api.getUser(id), api.getPrefs(id), api.getFeed(id)]).then(([user, prefs, value2]) => ({
    user,
    prefs,
    'feed-items': value2
  }));
}
