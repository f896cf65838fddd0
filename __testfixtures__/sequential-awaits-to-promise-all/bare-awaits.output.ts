// (TypeScript) Bare awaits whose results are not used (warming three caches): one Promise.all.
// @perfmod-check warm(g.service(['load']), g.service(['load']), g.service(['load']), g.int())
export async function warm(users: any, prefs: any, feeds: any, id: any) {
  await Promise.all([users.load(id), prefs.load(id), feeds.load(id)]);
  return id;
}
