// orm: typeorm
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// A missing author throws EntityNotFoundError for the first one in loop order.
import { EntityNotFoundError } from 'typeorm';

export async function run(db, items) {
  const names = [];
  for (const post of items) {
    const author = await db.users.findOneByOrFail({ id: post.authorId });
    names.push(author.name);
  }
  return { names, error: EntityNotFoundError.name };
}
