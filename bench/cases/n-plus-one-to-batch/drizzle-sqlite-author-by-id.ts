import { eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { users } from '../../../__tests__/harness/orm/drizzle';

interface Post {
  id: number;
  authorId: number;
  title: string;
  author?: { id: number; name: string; email: string };
}

export async function run(db: { drizzle: BetterSQLite3Database<any>; users: typeof users }, posts: Post[]): Promise<Post[]> {
  for (const post of posts) {
    const [author] = await db.drizzle.select().from(db.users).where(eq(db.users.id, post.authorId));
    post.author = author;
  }
  return posts;
}
