import type { Repository } from 'typeorm';

interface User {
  id: number;
  name: string;
  email: string;
}

interface Post {
  id: number;
  authorId: number;
  title: string;
  author?: User | null;
}

export async function run(db: { users: Repository<User> }, posts: Post[]): Promise<Post[]> {
  for (const post of posts) {
    post.author = await db.users.findOneBy({ id: post.authorId });
  }
  return posts;
}
