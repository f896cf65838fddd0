import Database from 'better-sqlite3';
import { relations } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { QueryCounter } from './counter';
import { SqliteFile } from './sqlite-file';
import { plainItems, type OrmHarness } from './types';

/** The schema as drizzle tables (column keys = column names), with relations for `db.query`. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
});
export const posts = sqliteTable('posts', {
  id: integer('id').primaryKey(),
  authorId: integer('authorId').notNull(),
  title: text('title').notNull(),
  createdAt: integer('createdAt').notNull(),
});
export const comments = sqliteTable('comments', {
  id: integer('id').primaryKey(),
  postId: integer('postId').notNull(),
  body: text('body').notNull(),
  createdAt: integer('createdAt').notNull(),
});
export const usersRelations = relations(users, ({ many }) => ({ posts: many(posts) }));
export const postsRelations = relations(posts, ({ one, many }) => ({
  author: one(users, { fields: [posts.authorId], references: [users.id] }),
  comments: many(comments),
}));
export const commentsRelations = relations(comments, ({ one }) => ({
  post: one(posts, { fields: [comments.postId], references: [posts.id] }),
}));

/** Drizzle on better-sqlite3; queries are counted by drizzle's `logger`. */
export async function openDrizzle(): Promise<OrmHarness> {
  const sqlite = new SqliteFile('drizzle');
  const counter = new QueryCounter();
  const client = new Database(sqlite.file);
  const db = drizzle({
    client,
    schema: { users, posts, comments, usersRelations, postsRelations, commentsRelations },
    logger: { logQuery: (query) => counter.record(query) },
  });
  return {
    orm: 'drizzle',
    engine: 'sqlite',
    counter,
    makeDb: () => ({ drizzle: db, users, posts, comments }),
    load: async (data) => sqlite.load(data),
    dump: async () => sqlite.dump(),
    prepareItems: plainItems,
    close: async () => {
      client.close();
      sqlite.close();
    },
  };
}
