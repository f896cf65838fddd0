// orm: dataloader
// items: userIds
// queries: before=distinct(items) after=distinct(items) === 0 ? 0 : 1
import type DataLoader from 'dataloader';

export async function run(db: { postsByAuthorLoader: DataLoader<number, unknown[]> }, items: number[]) {
  const counts = [];
  const ids = Array.from(new Set(items));
  await db.postsByAuthorLoader.loadMany(ids);
  for (const id of items) {
    const posts = await db.postsByAuthorLoader.load(id);
    counts.push(posts.length);
  }
  return counts;
}
