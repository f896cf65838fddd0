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

interface UserService {
  getById(id: number): Promise<User | null>;
  getByIds(ids: readonly number[]): Promise<User[]>;
}

// Hand-written data access over raw SQL, declared to perfmod in the bench's config:
// { "single": "users.getById", "batch": "users.getByIds", "key": "id" }.
export async function run(db: { users: UserService }, posts: Post[]): Promise<Post[]> {
  for (const post of posts) {
    post.author = await db.users.getById(post.authorId);
  }
  return posts;
}
