import { Mongoose, Types, type Model } from 'mongoose';
import { QueryCounter } from './counter';
import type { ItemKind } from './dataset';
import { MemoryCollection } from './mongo-memory';
import type { Dataset } from './schema';
import type { OrmHarness } from './types';

/**
 * Mongoose: the real package (Schema, Model, Query with its casting, `.lean()`, `.select()`,
 * `.sort()`, documents, CastError) over an in-memory model of the MongoDB collections
 * (`mongo-memory.ts`), since MongoDB cannot run here. `_id` of row id k is
 * `new Types.ObjectId(k.toString(16).padStart(24, '0'))`; foreign keys are ObjectIds too. A
 * query is one collection call.
 */
export const objectIdOf = (k: number): Types.ObjectId => new Types.ObjectId(k.toString(16).padStart(24, '0'));

export const MONGOOSE_ENGINE = 'in-memory model of the MongoDB collection API (MongoDB cannot run here)';

export async function openMongoose(): Promise<OrmHarness> {
  const counter = new QueryCounter();
  const mongoose = new Mongoose();
  const { Schema } = mongoose;
  const ObjectId = Schema.Types.ObjectId;
  const options = { versionKey: false } as const;
  const models = {
    User: mongoose.model('User', new Schema({ name: String, email: String }, options)),
    Post: mongoose.model('Post', new Schema({ authorId: { type: ObjectId, ref: 'User' }, title: String, createdAt: Number }, options)),
    Comment: mongoose.model('Comment', new Schema({ postId: { type: ObjectId, ref: 'Post' }, body: String, createdAt: Number }, options)),
  };
  const collections = {
    users: new MemoryCollection('users', (what) => counter.record(what)),
    posts: new MemoryCollection('posts', (what) => counter.record(what)),
    comments: new MemoryCollection('comments', (what) => counter.record(what)),
  };
  wire(models.User, collections.users);
  wire(models.Post, collections.posts);
  wire(models.Comment, collections.comments);
  return {
    orm: 'mongoose',
    engine: MONGOOSE_ENGINE,
    counter,
    makeDb: () => ({ ...models }),
    load: async (data: Dataset) => {
      collections.users.load(data.users.map((u) => ({ _id: objectIdOf(u.id), name: u.name, email: u.email })));
      collections.posts.load(data.posts.map((p) => ({ _id: objectIdOf(p.id), authorId: objectIdOf(p.authorId), title: p.title, createdAt: p.createdAt })));
      collections.comments.load(data.comments.map((c) => ({ _id: objectIdOf(c.id), postId: objectIdOf(c.postId), body: c.body, createdAt: c.createdAt })));
    },
    dump: async () => ({ users: collections.users.docs, posts: collections.posts.docs, comments: collections.comments.docs }),
    prepareItems: mongooseItems,
    close: async () => {},
  };
}

/** Mongoose code reaches the collection through `Model.collection`: point its calls at memory. */
function wire(model: Model<any>, memory: MemoryCollection): void {
  const collection = model.collection as unknown as Record<string, unknown>;
  for (const method of ['find', 'findOne', 'countDocuments', 'insertOne', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany'] as const) {
    collection[method] = memory[method].bind(memory);
  }
}

/**
 * Keys as Mongoose code holds them: `posts` items get a fresh ObjectId per `authorId` (equal to
 * others by value only); `userIds` alternate between ObjectIds and their hex strings.
 */
export function mongooseItems(kind: ItemKind, items: unknown[]): unknown[] {
  switch (kind) {
    case 'posts':
    case 'postsNullable':
      return (items as Array<{ id: number; authorId: number | null | undefined; title: string }>)
        .map((p) => ({ ...p, authorId: p.authorId == null ? p.authorId : objectIdOf(p.authorId) }));
    case 'userIds':
    case 'existingUserIds':
    case 'postIds':
      return (items as number[]).map((k, i) => (i % 2 === 0 ? objectIdOf(k) : objectIdOf(k).toHexString()));
    default:
      return structuredClone(items);
  }
}
