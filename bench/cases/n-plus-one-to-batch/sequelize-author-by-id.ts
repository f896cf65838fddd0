import type { ModelStatic, Model } from 'sequelize';

interface Post {
  id: number;
  authorId: number;
  title: string;
  author?: Model | null;
}

export async function run(db: { User: ModelStatic<Model> }, posts: Post[]): Promise<Post[]> {
  for (const post of posts) {
    post.author = await db.User.findByPk(post.authorId);
  }
  return posts;
}
