import type { Knex } from 'knex';

interface Post {
  id: number;
  authorId: number;
  title: string;
  author?: { id: number; name: string; email: string };
}

// One query per post for its author.
export async function run(db: { knex: Knex }, posts: Post[]): Promise<Post[]> {
  for (const post of posts) {
    post.author = await db.knex('users').where({ id: post.authorId }).first();
  }
  return posts;
}
