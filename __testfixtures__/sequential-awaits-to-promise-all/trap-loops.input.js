// Loops whose iterations depend on each other, or that are sequential by nature.
export async function paginate(api) {
  let cursor = null;
  const pages = [];
  for (const _ of [1, 2, 3]) {
    const page = await api.getPage(cursor);
    cursor = page.next;
    pages.push(page);
  }
  return pages;
}

export async function lastId(api, ids) {
  let last = 0;
  for (const id of ids) last = await api.after(last, id);
  return last;
}

export async function accumulate(api, ids) {
  let total = 0;
  for (const id of ids) total += await api.count(id);
  const sum = await ids.reduce(async (acc, id) => (await acc) + (await api.count(id)), Promise.resolve(0));
  return [total, sum];
}

export async function fromIterator(api) {
  const out = [];
  for await (const item of api.items()) out.push(item);
  while (await api.hasMore()) out.push(await api.next());
  return out;
}

export async function earlyExit(api, ids) {
  const out = [];
  for (const id of ids) {
    try {
      out.push(await api.get(id));
    } catch (e) {
      break;
    }
  }
  return out;
}

export async function readsOutput(api, ids) {
  const out = [];
  for (const id of ids) out.push(await api.get(id, out.length));
  return out;
}

export async function batches(api, groups) {
  for (const group of groups) await Promise.all(group.map((id) => api.get(id)));
}

export async function ordered(db, rows) {
  for (const row of rows) await db.insert(row);
}
