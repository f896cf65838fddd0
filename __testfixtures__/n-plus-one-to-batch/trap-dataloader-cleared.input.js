// orm: dataloader
// items: userIds
// The loop clears the loader's cache: priming it before the loop would not save a query, and
// perfmod does not reason about what the clear means.
import 'dataloader';

export async function run(db, items) {
  const out = [];
  for (const id of items) {
    out.push(await db.userLoader.load(id));
    db.userLoader.clear(id);
  }
  return out;
}
