/**
 * Which ORMs a file evidently uses: its own imports and requires first, the nearest package.json's
 * dependencies otherwise (models are often defined in another file). Method names shared by
 * several ORMs (`findOne`, `find`) are only read as one ORM's with this evidence.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AnyNode } from '../../src/analysis';
import type { TransformContext } from '../../src/engine/types';
import type { Orm } from './read';

const PACKAGES: Record<string, Orm> = {
  '@prisma/client': 'prisma', typeorm: 'typeorm', sequelize: 'sequelize', 'sequelize-typescript': 'sequelize',
  'drizzle-orm': 'drizzle', knex: 'knex', mongoose: 'mongoose', dataloader: 'dataloader',
};

function ormOf(source: string): Orm | undefined {
  if (PACKAGES[source]) return PACKAGES[source];
  if (source.startsWith('drizzle-orm/')) return 'drizzle';
  if (source.startsWith('@prisma/client/') || /(^|\/)generated\/prisma(\/|$)/.test(source)) return 'prisma';
  return undefined;
}

/** ORM package sources imported or required by the file. */
function importedOrms(ctx: TransformContext): Set<Orm> {
  const found = new Set<Orm>();
  const { j, root } = ctx;
  root.find(j.ImportDeclaration).forEach((p: { node: AnyNode }) => {
    const orm = ormOf(String(p.node.source.value));
    if (orm) found.add(orm);
  });
  root.find(j.CallExpression, { callee: { type: 'Identifier', name: 'require' } }).forEach((p: { node: AnyNode }) => {
    const arg = p.node.arguments[0];
    const orm = typeof arg?.value === 'string' ? ormOf(arg.value) : undefined;
    if (orm) found.add(orm);
  });
  return found;
}

const packageCache = new Map<string, Set<Orm>>();

/** ORMs among the dependencies of the nearest package.json above `file`. */
function projectOrms(file: string | undefined): Set<Orm> {
  if (!file) return new Set();
  let dir = path.dirname(path.resolve(file));
  const visited: string[] = [];
  for (;;) {
    const cached = packageCache.get(dir);
    if (cached) return remember(visited, cached);
    visited.push(dir);
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const found = new Set<Orm>();
      try {
        const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
        for (const deps of [pkg.dependencies, pkg.devDependencies, pkg.peerDependencies]) {
          for (const name of Object.keys(deps ?? {})) {
            const orm = ormOf(name);
            if (orm) found.add(orm);
          }
        }
      } catch {
        // An unreadable manifest is no evidence.
      }
      return remember(visited, found);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return remember(visited, new Set());
    dir = parent;
  }
}

function remember(dirs: string[], found: Set<Orm>): Set<Orm> {
  for (const d of dirs) packageCache.set(d, found);
  return found;
}

export function ormsInUse(ctx: TransformContext): Set<Orm> {
  const imported = importedOrms(ctx);
  return imported.size > 0 ? imported : projectOrms(ctx.filePath);
}

/** The local name of drizzle-orm's `eq` in this file, if it is imported. */
export function drizzleEqName(ctx: TransformContext): string | null {
  const { j, root } = ctx;
  let name: string | null = null;
  root.find(j.ImportDeclaration).forEach((p: { node: AnyNode }) => {
    if (p.node.source.value !== 'drizzle-orm') return;
    for (const s of p.node.specifiers ?? []) {
      if (s.type === 'ImportSpecifier' && (s.imported.name ?? s.imported.value) === 'eq') name = s.local.name;
    }
  });
  root.find(j.VariableDeclarator).forEach((p: { node: AnyNode }) => {
    const d = p.node;
    if (d.id.type !== 'ObjectPattern' || d.init?.type !== 'CallExpression' || d.init.callee.name !== 'require' || d.init.arguments[0]?.value !== 'drizzle-orm') return;
    for (const prop of d.id.properties) {
      if ((prop.type === 'ObjectProperty' || prop.type === 'Property') && prop.key.name === 'eq' && prop.value.type === 'Identifier') name = prop.value.name;
    }
  });
  return name;
}
