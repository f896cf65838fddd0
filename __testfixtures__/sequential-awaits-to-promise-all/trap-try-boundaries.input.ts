// (TypeScript) Awaits on both sides of a try boundary: different handlers see different failures.
export async function boundaries(api: any, id: any) {
  let user;
  try {
    user = await api.getUser(id);
  } catch (e) {
    user = null;
  }
  const prefs = await api.getPrefs(id);
  try {
    await api.getFeed(id);
  } finally {
    await api.getAds(id);
  }
  return [user, prefs];
}
