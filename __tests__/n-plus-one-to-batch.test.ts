import { applyTransform } from '../src/engine/registry';
import { makeParser } from '../src/engine/parse';
import type { TransformOptions } from '../src/engine/types';

// Decisions beyond the fixtures: safety levels, reasons in words, options, names, imports and the
// shape of the generated code. The fixtures in __testfixtures__/n-plus-one-to-batch run on the real
// ORM clients (__tests__/n-plus-one-exec.test.ts).

const ID = 'n-plus-one-to-batch';

function run(source: string, options: TransformOptions = {}) {
  return applyTransform(ID, source, { filePath: 'sample.ts', ...options });
}

function parses(code: string, file = 'sample.ts'): void {
  expect(() => makeParser(file.endsWith('.ts') ? 'ts' : 'babel').parse(code)).not.toThrow();
}

const PRISMA_TYPED = `
import type { PrismaClient } from '@prisma/client';
export async function names(prisma: PrismaClient, ids: number[]) {
  const out: string[] = [];
  for (const id of ids) {
    const user = await prisma.user.findUnique({ where: { id } });
    out.push(user ? user.name : '-');
  }
  return out;
}
`;

describe('safety levels', () => {
  test('Prisma findUnique, typed keys, row only read, nothing else in the loop: safe', () => {
    const result = run(PRISMA_TYPED);
    expect(result.errors).toEqual([]);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ safety: 'safe', assumptions: [] });
    expect(result.changes[0].message).toBe(
      'prisma.user.findUnique(…) ran one query per item of ids; it is now one findMany query per 500 distinct keys before the loop, indexed by id in userById.',
    );
    parses(result.code);
  });

  test('the same without types: review, stating that keys are never null', () => {
    const result = run(PRISMA_TYPED, { types: false });
    expect(result.changes[0].safety).toBe('review');
    expect(result.changes[0].assumptions).toEqual([expect.stringContaining('never null or undefined')]);
  });

  test('a row that escapes the item (pushed) is shared between items with the same key: review', () => {
    const result = run(PRISMA_TYPED.replace("out.push(user ? user.name : '-')", 'out.push(user as any)'));
    expect(result.changes[0].safety).toBe('review');
    expect(result.changes[0].assumptions).toEqual([expect.stringContaining('same row object')]);
  });

  test('--safety safe applies only the proven rewrite and records the review one as skipped', () => {
    const source = PRISMA_TYPED.replace("out.push(user ? user.name : '-')", 'out.push(user as any)');
    const result = run(source, { safety: 'safe' });
    expect(result.changed).toBe(false);
    expect(result.skipped).toHaveLength(1);
  });

  test('one-to-many without orderBy: review, the row order is an assumption', () => {
    const result = run(`
export async function f(prisma: any, ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await prisma.post.findMany({ where: { authorId: id } }));
  return out;
}`);
    expect(result.changes[0].safety).toBe('review');
    expect(result.changes[0].assumptions).toEqual(expect.arrayContaining([expect.stringContaining('without orderBy')]));
  });
});

describe('what is never rewritten, and why', () => {
  const cases: [string, string, RegExp][] = [
    ['a write through the same client', `
      for (const id of ids) {
        const u = await prisma.user.findUnique({ where: { id } });
        await prisma.user.update({ where: { id }, data: { n: 1 } });
      }`, /also calls prisma\.user\.update\(…\) on the same client/],
    ['unknown code', `
      for (const id of ids) {
        const u = await prisma.user.findUnique({ where: { id } });
        await notify(u);
      }`, /calls notify\(…\), code perfmod cannot see/],
    ['a key from an earlier iteration', `
      let next = 1;
      for (const id of ids) {
        const u = await prisma.user.findUnique({ where: { id: next } });
        next = u.id + id;
      }`, /the key next changes in the loop/],
    ['a key computed in the body from an earlier read', `
      for (const id of ids) {
        const p = await prisma.post.findUnique({ where: { id } });
        const authorId = p.authorId;
        const u = await prisma.user.findUnique({ where: { id: authorId } });
      }`, /computed in the loop body/],
    ['a read in try/catch', `
      for (const id of ids) {
        try { await prisma.user.findUniqueOrThrow({ where: { id } }); } catch {}
      }`, /inside try\/catch/],
    ['a read under a condition the loop changes', `
      let budget = 3;
      for (const id of ids) {
        if (budget > 0) await prisma.user.findUnique({ where: { id } });
        budget--;
      }`, /under budget > 0, which reads budget, which the loop changes/],
    ['a read after an early break', `
      for (const id of ids) {
        if (!id) break;
        await prisma.user.findUnique({ where: { id } });
      }`, /after a statement that may break, return or throw/],
    ['an option that depends on the item', `
      for (const id of ids) await prisma.post.findFirst({ where: { authorId: id }, orderBy: { [notify(id)]: 'asc' } });`,
    /also uses id outside its key/],
    ['a read in a switch case', `
      for (const id of ids) {
        switch (id) { case 1: await prisma.user.findUnique({ where: { id } }); }
      }`, /inside a switch case/],
    ['take, applied per query', `
      for (const id of ids) await prisma.post.findMany({ where: { authorId: id }, take: 1 });`, /has `take`/],
    ['a while loop', `
      let i = 0;
      while (i < ids.length) {
        await prisma.user.findUnique({ where: { id: ids[i] } });
        i++;
      }`, /runs in a while loop/],
    ['a row changed in the loop', `
      for (const id of ids) {
        const u = await prisma.user.findUnique({ where: { id } });
        u.seen = true;
      }`, /changes the row it read \(u\.seen is written\)/],
    ['a list that grows in the loop', `
      for (const id of ids) {
        await prisma.user.findUnique({ where: { id } });
        ids.push(1);
      }`, /changes ids while it iterates over it/],
    ['a generator iterated', `
      for (const id of gen()) await prisma.user.findUnique({ where: { id } });`, /iterates over gen\(\), which perfmod cannot read twice/],
    ['findUnique in Promise.all, which Prisma batches itself', `
      await Promise.all(ids.map(async (id) => prisma.user.findUnique({ where: { id } }) && await prisma.user.findUnique({ where: { id } })));`,
    /Prisma already batches findUnique/],
  ];
  test('a loop that yields: the consumer runs between items', () => {
    const result = run(`export async function* f(prisma: any, ids: number[]) {
  for (const id of ids) yield await prisma.user.findUnique({ where: { id } });
}`);
    expect(result.changed).toBe(false);
    expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringContaining('the loop yields')]);
  });

  test.each(cases)('%s', (_, body, reason) => {
    const result = run(`export async function f(prisma: any, ids: number[], notify: any, gen: any) {\n${body}\n}\n`);
    // The read named in the reason stays as it is (another read of the same loop may be batched).
    if (!/computed in the loop body/.test(reason.source)) expect(result.changed).toBe(false);
    expect(result.skipped.map((s) => s.reason)).toEqual(expect.arrayContaining([expect.stringMatching(reason)]));
  });
});

describe('generated code', () => {
  test('keys de-duplicated, one query per chunk of batchSize keys, none for an empty list, indexed by key', () => {
    const { code } = run(PRISMA_TYPED, { config: { [ID]: { batchSize: 100 } } });
    expect(code).toContain('const ids2 = Array.from(new Set(ids));');
    expect(code).toContain('for (let i = 0; i < ids2.length; i += 100) {');
    expect(code).toContain('const rows = await prisma.user.findMany({ where: { id: { in: ids2.slice(i, i + 100) } } });');
    expect(code).toContain('for (const row of rows) userById.set(row.id, row);');
    expect(code).toContain("const user = userById.get(id) ?? null;");
  });

  test('a read under conditions of the item: keys come from the items that pass them (if, continue, &&)', () => {
    const { code, changes } = run(`export async function f(prisma: any, posts: { authorId: number | null; draft: boolean }[]) {
  const out = [];
  for (const p of posts) {
    if (p.draft) continue;
    if (p.authorId !== null) out.push(p.authorId > 2 && await prisma.user.findUnique({ where: { id: p.authorId } }));
  }
  return out;
}`);
    expect(changes).toHaveLength(1);
    expect(code).toContain('const authorIds = Array.from(new Set(posts.filter((p) => !p.draft && (p.authorId !== null) && (p.authorId > 2)).map((p) => p.authorId)));');
  });

  test('…OrThrow falls back to the single read for a missing key, so the ORM throws its own error', () => {
    const { code } = run(PRISMA_TYPED.replace('findUnique(', 'findUniqueOrThrow('));
    expect(code).toContain('const user = userById.get(id) ?? (await prisma.user.findUniqueOrThrow({ where: { id } }));');
  });

  test('a select without the key adds it and takes it out of each row again', () => {
    const { code } = run(PRISMA_TYPED.replace('{ where: { id } }', '{ where: { id }, select: { name: true } }'));
    expect(code).toContain('select: { name: true, id: true }');
    expect(code).toContain('for (const { id: key, ...row } of rows) userById.set(key, row);');
  });

  test('TypeORM: In is added to the existing typeorm import', () => {
    const { code } = run(`import { Repository } from 'typeorm';
export async function f(repo: Repository<any>, ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await repo.findOneBy({ id }));
  return out;
}`);
    expect(code).toContain("import { Repository, In } from 'typeorm';");
    expect(code).toContain('await repo.findBy({ id: In(ids2.slice(i, i + 500)) })');
  });

  test('an In already taken by something else gets a fresh local name', () => {
    const { code } = run(`import type { Repository } from 'typeorm';
const In = 1;
export async function f(repo: Repository<any>, ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await repo.findOneBy({ id }));
  return [out, In];
}`);
    expect(code).toContain("import { In as In2 } from 'typeorm';");
    expect(code).toContain('In2(ids2.slice(i, i + 500))');
  });

  test('CommonJS: Op is required next to the existing require of sequelize', () => {
    const { code } = run(`const { Model } = require('sequelize');
exports.f = async (User, ids) => {
  const out = [];
  for (const id of ids) out.push(await User.findByPk(id));
  return [out, Model];
};`, { filePath: 'sample.js' });
    expect(code).toContain("const { Model, Op } = require('sequelize');");
    expect(code).toContain('[User.primaryKeyAttribute]: { [Op.in]: ids2.slice(i, i + 500) }');
    expect(code).toContain('userByPk.set(row.get(User.primaryKeyAttribute), row)');
  });

  test('Mongoose keys are de-duplicated and indexed by String(key), keeping each key as written', () => {
    const { code } = run(`import 'mongoose';
export async function f(User: any, posts: { authorId: unknown }[]) {
  const out = [];
  for (const p of posts) out.push(await User.findById(p.authorId));
  return out;
}`);
    expect(code).toContain('const authorIds = Array.from(new Map(posts.map((p) => [String(p.authorId), p.authorId])).values());');
    expect(code).toContain('userById.set(String(row._id), row)');
    expect(code).toContain('userById.get(String(p.authorId)) ?? null');
  });

  test('DataLoader: one loadMany before the loop primes the cache; a second pass adds nothing', () => {
    const source = `import DataLoader from 'dataloader';
export async function f(userLoader: DataLoader<number, unknown>, ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await userLoader.load(id));
  return out;
}`;
    const first = run(source);
    expect(first.code).toContain('await userLoader.loadMany(ids2);\n  for (const id of ids) out.push(await userLoader.load(id));');
    const second = run(first.code);
    expect(second.changed).toBe(false);
    expect(second.changes).toEqual([]);
  });

  test('every rewrite is idempotent (the …OrThrow fallback is not batched again)', () => {
    const first = run(PRISMA_TYPED.replace('findUnique(', 'findUniqueOrThrow('));
    const second = run(first.code);
    expect(second.changed).toBe(false);
    expect(second.skipped).toEqual([]);
  });
});

describe('user-declared methods (perfmod.config.json)', () => {
  const source = `export async function f(db: any, ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await db.users.getById(id));
  return out;
}`;

  test('single -> batch on the same receiver, indexed by the declared key, always review', () => {
    const result = run(source, { config: { [ID]: { methods: [{ single: 'users.getById', batch: 'users.getByIds', key: 'id', batchSize: 50 }] } } });
    expect(result.code).toContain('const rows = await db.users.getByIds(ids2.slice(i, i + 50));');
    expect(result.code).toContain('usersById.set(row.id, row)');
    expect(result.changes[0].safety).toBe('review');
    expect(result.changes[0].assumptions).toEqual(expect.arrayContaining([expect.stringContaining('as declared in perfmod.config.json')]));
  });

  test('many: true groups the rows per key, [] for a key without rows', () => {
    const result = run(source.replace('getById', 'postsOf'), { config: { [ID]: { methods: [{ single: 'users.postsOf', batch: 'users.postsOfMany', key: 'authorId', many: true }] } } });
    expect(result.code).toContain('const rows = await db.users.postsOfMany(ids2.slice(i, i + 500));');
    expect(result.code).toContain('const group = usersByAuthorId.get(row.authorId);');
    expect(result.code).toContain('out.push(usersByAuthorId.get(id) ?? [])');
  });

  test('undeclared: untouched', () => {
    expect(run(source).changed).toBe(false);
  });

  test.each([
    [{ methods: {} }, /"methods" must be an array/],
    [{ methods: [{ single: 'users.getById', batch: 'users.getByIds' }] }, /methods\[0\]\.key must be a non-empty string/],
    [{ methods: [{ single: 'users get', batch: 'b', key: 'id' }] }, /dotted names/],
    [{ batchSize: 0 }, /batchSize must be a positive integer/],
  ])('a wrong option is an error with the reason: %j', (options, reason) => {
    const result = run(source, { config: { [ID]: options } });
    expect(result.changed).toBe(false);
    expect(result.errors.map((e) => e.reason)).toEqual([expect.stringMatching(reason)]);
  });
});

describe('which ORM: evidence from imports', () => {
  test('findOne({ where }) is Sequelize with a sequelize import, TypeORM with a typeorm import', () => {
    const body = `
export async function f(User: any, emails: string[]) {
  const out = [];
  for (const email of emails) out.push(await User.findOne({ where: { email } }));
  return out;
}`;
    expect(run(`import 'sequelize';${body}`).code).toContain('User.findAll({ where: { email: { [Op.in]: emails2.slice(i, i + 500) } } })');
    expect(run(`import 'typeorm';${body}`).code).toContain('User.find({ where: { email: In(emails2.slice(i, i + 500)) } })');
  });
});
