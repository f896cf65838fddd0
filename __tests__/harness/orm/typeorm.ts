import 'reflect-metadata';
import { DataSource, EntitySchema, type Logger } from 'typeorm';
import { QueryCounter } from './counter';
import { SqliteFile } from './sqlite-file';
import { plainItems, type OrmHarness } from './types';

/**
 * TypeORM on SQLite (better-sqlite3 driver). Entities are declared with EntitySchema over real
 * classes (no decorators needed), so reads return class instances, as in decorated code.
 * Queries are counted by TypeORM's logger (`logQuery`).
 */
export class User {
  id!: number;
  name!: string;
  email!: string;
  posts?: Post[];
}
export class Post {
  id!: number;
  authorId!: number;
  title!: string;
  createdAt!: number;
  author?: User;
  comments?: Comment[];
}
export class Comment {
  id!: number;
  postId!: number;
  body!: string;
  createdAt!: number;
  post?: Post;
}

const entities = [
  new EntitySchema<User>({
    name: 'User', target: User, tableName: 'users',
    columns: { id: { type: 'integer', primary: true }, name: { type: 'text' }, email: { type: 'text', unique: true } },
    relations: { posts: { type: 'one-to-many', target: 'Post', inverseSide: 'author' } },
  }),
  new EntitySchema<Post>({
    name: 'Post', target: Post, tableName: 'posts',
    columns: { id: { type: 'integer', primary: true }, authorId: { type: 'integer' }, title: { type: 'text' }, createdAt: { type: 'integer' } },
    relations: {
      author: { type: 'many-to-one', target: 'User', joinColumn: { name: 'authorId' }, inverseSide: 'posts' },
      comments: { type: 'one-to-many', target: 'Comment', inverseSide: 'post' },
    },
  }),
  new EntitySchema<Comment>({
    name: 'Comment', target: Comment, tableName: 'comments',
    columns: { id: { type: 'integer', primary: true }, postId: { type: 'integer' }, body: { type: 'text' }, createdAt: { type: 'integer' } },
    relations: { post: { type: 'many-to-one', target: 'Post', joinColumn: { name: 'postId' }, inverseSide: 'comments' } },
  }),
];

export async function openTypeorm(): Promise<OrmHarness> {
  const sqlite = new SqliteFile('typeorm');
  const counter = new QueryCounter();
  const logger: Logger = {
    logQuery: (query) => counter.record(query),
    logQueryError: () => {},
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
  const dataSource = new DataSource({ type: 'better-sqlite3', database: sqlite.file, entities, synchronize: false, logging: ['query'], logger });
  await dataSource.initialize();
  return {
    orm: 'typeorm',
    engine: 'sqlite',
    counter,
    makeDb: () => ({
      dataSource,
      users: dataSource.getRepository(User),
      posts: dataSource.getRepository(Post),
      comments: dataSource.getRepository(Comment),
      User, Post, Comment,
    }),
    load: async (data) => sqlite.load(data),
    dump: async () => sqlite.dump(),
    prepareItems: plainItems,
    close: async () => {
      await dataSource.destroy();
      sqlite.close();
    },
  };
}
