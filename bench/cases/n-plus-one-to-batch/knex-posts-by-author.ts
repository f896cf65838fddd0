import type { Knex } from 'knex';

interface PostRow {
  id: number;
  authorId: number;
  title: string;
  createdAt: number;
}

// One-to-many: each author's posts, newest first, one query per author.
export async function run(db: { knex: Knex }, authorIds: number[]): Promise<PostRow[][]> {
  const out: PostRow[][] = [];
  for (const id of authorIds) {
    const rows = await db.knex('posts').where('authorId', id).orderBy('createdAt', 'desc');
    out.push(rows);
  }
  return out;
}
