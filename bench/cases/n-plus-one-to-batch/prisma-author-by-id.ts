interface Post {
  id: number;
  authorId: number;
  title: string;
  author?: unknown;
}

// Prisma's findUnique, awaited one by one (Prisma batches findUnique only within one tick).
export async function run(db: { prisma: any }, posts: Post[]): Promise<Post[]> {
  for (const post of posts) {
    post.author = await db.prisma.user.findUnique({ where: { id: post.authorId } });
  }
  return posts;
}
