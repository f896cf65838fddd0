/**
 * Adding an import a rewrite needs (`import { x } from 'm'` in modules, `const { x } = require('m')`
 * in CommonJS), reusing an existing one when the file already imports the name from that module.
 */
import type { Collection, JSCodeshift } from 'jscodeshift';
import type { AnyNode } from './ast';
import { freshName } from './naming';

export type ModuleKind = 'esm' | 'cjs';

/** ESM when the file has import/export syntax; CJS when it uses require/module.exports; else ESM. */
export function moduleKindOf(j: JSCodeshift, root: Collection): ModuleKind {
  const program = root.get().node.program;
  const esm = program.body.some((s: AnyNode) => s.type === 'ImportDeclaration' || s.type.startsWith('Export'));
  if (esm) return 'esm';
  const cjs = root.find(j.CallExpression, { callee: { type: 'Identifier', name: 'require' } }).size() > 0
    || root.find(j.MemberExpression, { object: { name: 'module' }, property: { name: 'exports' } }).size() > 0;
  return cjs ? 'cjs' : 'esm';
}

/**
 * Makes `name` from `source` available at module level and returns the local name to use (which
 * differs from `name` when the file already uses that name for something else).
 */
export function ensureNamedImport(j: JSCodeshift, root: Collection, source: string, name: string): string {
  const program = root.get().node.program;
  const kind = moduleKindOf(j, root);
  if (kind === 'esm') {
    for (const decl of program.body) {
      if (decl.type !== 'ImportDeclaration' || decl.source.value !== source || decl.importKind === 'type') continue;
      const spec = decl.specifiers.find((s: AnyNode) => s.type === 'ImportSpecifier' && (s.imported.name ?? s.imported.value) === name);
      if (spec) return spec.local.name;
    }
  } else {
    for (const decl of program.body) {
      if (decl.type !== 'VariableDeclaration') continue;
      for (const d of decl.declarations) {
        const init = d.init;
        if (d.id.type !== 'ObjectPattern' || init?.type !== 'CallExpression' || init.callee.name !== 'require' || init.arguments[0]?.value !== source) continue;
        const prop = d.id.properties.find((p: AnyNode) => (p.type === 'ObjectProperty' || p.type === 'Property') && p.key.name === name);
        if (prop) return prop.value.name;
      }
    }
  }
  const local = freshName(j, root, name);
  if (addToExisting(j, program, kind, source, name, local)) return local;
  const statement = kind === 'esm'
    ? j.importDeclaration([j.importSpecifier(j.identifier(name), j.identifier(local))], j.stringLiteral(source))
    : j.variableDeclaration('const', [j.variableDeclarator(
      j.objectPattern([local === name
        ? Object.assign(j.objectProperty(j.identifier(name), j.identifier(name)), { shorthand: true })
        : j.objectProperty(j.identifier(name), j.identifier(local))]),
      j.callExpression(j.identifier('require'), [j.stringLiteral(source)]),
    )]);
  // After the last import/require at the top (and after directives like 'use strict').
  const body = program.body;
  let at = 0;
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    const isImport = s.type === 'ImportDeclaration'
      || (s.type === 'VariableDeclaration' && s.declarations.some((d: AnyNode) => d.init?.type === 'CallExpression' && d.init.callee.name === 'require'));
    if (isImport) at = i + 1;
  }
  // Through the path API, so recast reprints only what changed.
  const bodyPath = root.find(j.Program).paths()[0].get('body');
  if (at < body.length) bodyPath.get(at).insertBefore(statement);
  else bodyPath.push(statement);
  return local;
}

/**
 * Adds the name to an import (or destructuring require) of the same module when the file has one
 * (`import { eq } from 'drizzle-orm'` -> `import { eq, inArray } from 'drizzle-orm'`).
 */
function addToExisting(j: JSCodeshift, program: AnyNode, kind: ModuleKind, source: string, name: string, local: string): boolean {
  for (const decl of program.body) {
    if (kind === 'esm') {
      if (decl.type !== 'ImportDeclaration' || decl.source.value !== source || decl.importKind === 'type') continue;
      const specifiers: AnyNode[] = decl.specifiers ?? [];
      if (specifiers.length === 0 || specifiers.some((sp) => sp.type === 'ImportNamespaceSpecifier')) continue;
      specifiers.push(j.importSpecifier(j.identifier(name), j.identifier(local)));
      return true;
    }
    if (decl.type !== 'VariableDeclaration' || decl.declarations.length !== 1) continue;
    const d = decl.declarations[0];
    if (d.id.type !== 'ObjectPattern' || d.init?.type !== 'CallExpression' || d.init.callee.name !== 'require' || d.init.arguments[0]?.value !== source) continue;
    if (d.id.properties.some((p: AnyNode) => p.type === 'RestElement')) continue;
    // Re-parsed from text, so that recast prints the pattern on one line as it was written.
    const parts = [...d.id.properties.map((p: AnyNode) => j(p).toSource()), local === name ? name : `${name}: ${local}`];
    const [statement] = j(`${decl.kind} { ${parts.join(', ')} } = require(${d.init.arguments[0].extra?.raw ?? JSON.stringify(source)});\n`).find(j.Program).get().node.body;
    delete statement.start;
    delete statement.end;
    statement.comments = decl.comments;
    program.body[program.body.indexOf(decl)] = statement;
    return true;
  }
  return false;
}
