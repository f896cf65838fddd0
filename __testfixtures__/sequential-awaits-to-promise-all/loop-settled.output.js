// A catch per item: Promise.allSettled, then the two lists filled in the original order.
// @perfmod-check split(g.service(['getName'], { failPercent: 30 }), g.array(g.int()))
export async function split(api, ids) {
  const ok = [];
  const failed = [];
  const items = Array.from(ids);
  const settled = await Promise.allSettled(items.map((id) => api.getName(id)));
  for (const [index, id] of items.entries()) {
    const result = settled[index];
    if (result.status === 'fulfilled') {
      ok.push(result.value);
    } else {
      const error = result.reason;
      failed.push({ id, message: error.message });
    }
  }
  return { ok, failed };
}
