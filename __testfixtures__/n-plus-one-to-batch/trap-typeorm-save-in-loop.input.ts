// orm: typeorm
// items: posts
// Saving through the same repository: a later read of the same user must see the saved name.
import type { Repository } from 'typeorm';

export async function run(db: { users: Repository<any> }, items: { id: number; authorId: number; title: string }[]) {
  const names = [];
  for (const post of items) {
    const author = await db.users.findOneBy({ id: post.authorId });
    if (!author) continue;
    names.push(author.name);
    author.name = `${author.name} (${post.id})`;
    await db.users.save(author);
  }
  return names;
}
