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
