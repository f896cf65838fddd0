// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import type { PrismaClient } from '@prisma/client';

interface PostItem {
  id: number;
  authorId: number;
  title: string;
}

// The row is only read: items never share it, and the key is a number by its type.
export async function run(db: { prisma: PrismaClient }, items: PostItem[]): Promise<string[]> {
  const lines: string[] = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  for (const post of items) {
    const author = userById.get(post.authorId) ?? null;
    lines.push(`${post.title} by ${author ? author.name : 'nobody'}`);
  }
  return lines;
}
