/**
 * The fixed schema every N+1 fixture runs against, on every ORM (the contract is
 * `__testfixtures__/n-plus-one-to-batch/README.md`): users, their posts, comments on posts.
 * `createdAt` is an integer (ms), so no ORM converts dates.
 */

export interface UserRow {
  id: number;
  name: string;
  email: string;
}

export interface PostRow {
  id: number;
  authorId: number;
  title: string;
  createdAt: number;
}

export interface CommentRow {
  id: number;
  postId: number;
  body: string;
  createdAt: number;
}

export interface Dataset {
  users: UserRow[];
  posts: PostRow[];
  comments: CommentRow[];
}

export type TableName = keyof Dataset;

/** In dependency order: insert in this order, delete in reverse. */
export const TABLES: readonly TableName[] = ['users', 'posts', 'comments'];

/** Column names per table, in declaration order. */
export const COLUMNS: { [T in TableName]: readonly string[] } = {
  users: ['id', 'name', 'email'],
  posts: ['id', 'authorId', 'title', 'createdAt'],
  comments: ['id', 'postId', 'body', 'createdAt'],
};

/**
 * DDL for SQLite and PostgreSQL: quoted camelCase column names, so every ORM maps them without
 * naming strategies; indexes on the foreign keys, as a real schema has them.
 */
export function createTablesSql(dialect: 'sqlite' | 'postgres'): string[] {
  const int = dialect === 'sqlite' ? 'INTEGER' : 'bigint';
  const id = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'integer PRIMARY KEY';
  return [
    `CREATE TABLE "users" ("id" ${id}, "name" TEXT NOT NULL, "email" TEXT NOT NULL UNIQUE)`,
    `CREATE TABLE "posts" ("id" ${id}, "authorId" integer NOT NULL REFERENCES "users"("id"), "title" TEXT NOT NULL, "createdAt" ${int} NOT NULL)`,
    `CREATE TABLE "comments" ("id" ${id}, "postId" integer NOT NULL REFERENCES "posts"("id"), "body" TEXT NOT NULL, "createdAt" ${int} NOT NULL)`,
    `CREATE INDEX "posts_authorId" ON "posts" ("authorId")`,
    `CREATE INDEX "comments_postId" ON "comments" ("postId")`,
  ];
}
