// Bare awaits whose results are not used (warming caches): one Promise.all.
// @perfmod-check warm(g.service(['loadUser', 'loadPrefs', 'loadFeed']), g.int())
export async function warm(cache, id) {
  await cache.loadUser(id);
  await cache.loadPrefs(id);
  await cache.loadFeed(id);
  return id;
}
