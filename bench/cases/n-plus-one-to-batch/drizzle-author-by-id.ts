import { eq } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { users } from '../../lib/db/clients';

interface Post {
  id: number;
  authorId: number;
  title: string;
  author?: { id: number; name: string; email: string };
}

// One SELECT per post for its author: the N+1 read as it appears in request handlers.
export async function run(db: { drizzle: PgDatabase<any>; users: typeof users }, posts: Post[]): Promise<Post[]> {
  for (const post of posts) {
    const [author] = await db.drizzle.select().from(db.users).where(eq(db.users.id, post.authorId));
    post.author = author;
  }
  return posts;
}
