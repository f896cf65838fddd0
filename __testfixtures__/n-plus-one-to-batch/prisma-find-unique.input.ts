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
  for (const post of items) {
    const author = await db.prisma.user.findUnique({ where: { id: post.authorId } });
    lines.push(`${post.title} by ${author ? author.name : 'nobody'}`);
  }
  return lines;
}
