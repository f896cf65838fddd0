// A catch per item: Promise.allSettled, then the two lists filled in the original order.
// @perfmod-check split(g.service(['getName'], { failPercent: 30 }), g.array(g.int()))
export async function split(api, ids) {
  const ok = [];
  const failed = [];
  for (const id of ids) {
    try {
      ok.push(await api.getName(id));
    } catch (error) {
      failed.push({ id, message: error.message });
    }
  }
  return { ok, failed };
}
