import fc from 'fast-check';
import type { CommentRow, Dataset, PostRow, UserRow } from './schema';

/**
 * Generated table contents and loop items for the N+1 tests (the contract is
 * `__testfixtures__/n-plus-one-to-batch/README.md`). Every run draws a seed; the seed fixes the
 * rows and the items, so the input and the output module see the same data.
 * - 12 users (ids 1..12), 40 posts, 90 comments; some users have no posts, some posts no comments;
 * - rows are inserted in an order unlike both id and createdAt order; createdAt values are
 *   distinct, so table order, key order and orderBy order all differ;
 * - item keys have duplicates and misses (ids past the last row) and random order.
 */

export const USER_COUNT = 12;
export const POST_COUNT = 40;
export const COMMENT_COUNT = 90;
const MISSING_USERS = 3;
const MISSING_POSTS = 5;
const MAX_ITEMS = 30;
/** createdAt values (ms) stay below 2^31: Prisma's Int is 32-bit (BigInt would make them bigints). */
const CREATED_BASE = 1_000_000_000;

/** mulberry32: a tiny seeded PRNG, so a seed reproduces a whole dataset. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

function shuffled<T>(random: () => number, values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const NAMES = ['Ada', 'Bo', 'Cy', 'Di', 'Eve', 'Fay'];

/** The rows of one run, each table in its insertion order. */
export function generateDataset(seed: number, sizes = { users: USER_COUNT, posts: POST_COUNT, comments: COMMENT_COUNT }): Dataset {
  const random = rng(seed);
  const users: UserRow[] = range(1, sizes.users).map((id) => ({ id, name: pick(random, NAMES), email: `u${id}@x.test` }));
  // A third of the users write nothing; the others several posts each.
  const authors = shuffled(random, range(1, sizes.users)).slice(0, Math.max(1, Math.ceil((sizes.users * 2) / 3)));
  const postTimes = shuffled(random, range(1, sizes.posts));
  const posts: PostRow[] = range(1, sizes.posts).map((id) => ({
    id, authorId: pick(random, authors), title: `${pick(random, NAMES)} ${id}`, createdAt: CREATED_BASE + postTimes[id - 1] * 1000,
  }));
  const commented = shuffled(random, range(1, sizes.posts)).slice(0, Math.ceil((sizes.posts * 3) / 4));
  const commentTimes = shuffled(random, range(1, sizes.comments));
  const comments: CommentRow[] = range(1, sizes.comments).map((id) => ({
    id, postId: pick(random, commented), body: `${pick(random, NAMES)} says ${id}`, createdAt: CREATED_BASE + commentTimes[id - 1] * 1000,
  }));
  return { users: shuffled(random, users), posts: shuffled(random, posts), comments: shuffled(random, comments) };
}

/** What `items` holds, by the fixture header's `// items:` kind. Keys are plain numbers here; mongoose turns them into ObjectIds. */
export type ItemKind = 'posts' | 'postsNullable' | 'userIds' | 'postIds' | 'emails' | 'existingUserIds';

export const ITEM_KINDS: readonly ItemKind[] = ['posts', 'postsNullable', 'userIds', 'postIds', 'emails', 'existingUserIds'];

export interface PostItem {
  id: number;
  authorId: number | null;
  title: string;
}

/** Lengths 0, 1, 2 and random up to 30. */
export function itemCount(random: () => number): number {
  const r = random();
  if (r < 0.1) return 0;
  if (r < 0.2) return 1;
  if (r < 0.3) return 2;
  return Math.floor(random() * (MAX_ITEMS + 1));
}

/**
 * The items of one run: a key pool small enough that duplicates are frequent, with keys past
 * the last row (misses). `length` forces the count (the `// long:` runs).
 */
export function generateItems(kind: ItemKind, seed: number, length?: number): unknown[] {
  const random = rng(seed ^ 0x5bd1e995);
  const count = length ?? itemCount(random);
  const userKey = () => 1 + Math.floor(random() * (USER_COUNT + MISSING_USERS));
  const postKey = () => 1 + Math.floor(random() * (POST_COUNT + MISSING_POSTS));
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    switch (kind) {
      case 'posts': out.push({ id: postKey(), authorId: userKey(), title: `item ${i}` } satisfies PostItem); break;
      // A nullish foreign key in one item of six (null or undefined): the single read and `IN` treat them differently.
      case 'postsNullable': out.push({ id: postKey(), authorId: random() < 1 / 6 ? (random() < 0.5 ? null : undefined) : userKey(), title: `item ${i}` }); break;
      case 'userIds': out.push(userKey()); break;
      case 'postIds': out.push(postKey()); break;
      case 'emails': out.push(`u${userKey()}@x.test`); break;
      case 'existingUserIds': out.push(1 + Math.floor(random() * USER_COUNT)); break;
    }
  }
  return out;
}

/**
 * A long list of mostly missing keys (for chunking): one existing key in ten. Only `userIds`,
 * `postIds`, `posts` and `emails` have missing keys; `existingUserIds` cycles the real ones.
 */
export function generateLongItems(kind: ItemKind, length: number, seed: number): unknown[] {
  const random = rng(seed ^ 0x27d4eb2d);
  const key = (existing: number, i: number) => (i % 10 === 0 ? 1 + Math.floor(random() * existing) : existing + 100 + i);
  return Array.from({ length }, (_, i) => {
    switch (kind) {
      case 'posts': return { id: key(POST_COUNT, i), authorId: key(USER_COUNT, i), title: `item ${i}` };
      case 'postsNullable': return { id: key(POST_COUNT, i), authorId: i % 7 === 3 ? null : key(USER_COUNT, i), title: `item ${i}` };
      case 'userIds': return key(USER_COUNT, i);
      case 'postIds': return key(POST_COUNT, i);
      case 'emails': return `u${key(USER_COUNT, i)}@x.test`;
      case 'existingUserIds': return 1 + (i % USER_COUNT);
    }
  });
}

/** A seed per run; fast-check shrinks towards small seeds, and reports the failing one. */
export const seedArb = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 0x7fffffff });
