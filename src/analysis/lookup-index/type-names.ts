/**
 * Type arguments for a typed index, as a reviewer would write them: `Map<string, Customer>`, from
 * the checker's own view of the elements and keys, when every name in them is one the file can
 * see (a primitive, a global, or a type declared or imported at the top of the file). Otherwise
 * null, and the caller falls back to `(typeof xs)[number]`.
 */
import type { Collection } from 'jscodeshift';
import type { AnyNode } from '../ast';
import type { TypeOracle } from '../types/oracle';

const KEYWORDS = new Set([
  'string', 'number', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'unknown', 'any', 'never', 'object', 'true', 'false',
  'readonly', 'keyof', 'Date', 'Array', 'ReadonlyArray', 'Record', 'Partial', 'Readonly', 'Required', 'Pick', 'Omit', 'Map', 'Set',
  'ReadonlyMap', 'ReadonlySet', 'Promise', 'RegExp', 'Error',
]);

const DECLARATIONS = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'ClassDeclaration', 'TSEnumDeclaration']);

/** Type names the whole file can use: top-level declarations and imports. */
function fileTypeNames(root: Collection): Set<string> {
  const names = new Set<string>();
  const program = root.get().node.program;
  for (let statement of program.body as AnyNode[]) {
    if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration) statement = statement.declaration;
    if (DECLARATIONS.has(statement.type) && statement.id?.name) names.add(statement.id.name);
    if (statement.type === 'ImportDeclaration') for (const s of statement.specifiers ?? []) if (s.local?.name) names.add(s.local.name);
  }
  return names;
}

/** The checker's text for a type, when it can be written at any point of the file. */
export function nameableType(root: Collection, text: string | undefined): string | null {
  if (!text || text.length > 60 || /[\n`]|import\(|typeof |=>|\{/.test(text)) return null;
  const visible = fileTypeNames(root);
  const words = text.replace(/"[^"]*"|'[^']*'/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [];
  return words.every((w) => KEYWORDS.has(w) || visible.has(w)) ? text : null;
}

/** `Customer` for `customers: Customer[]`; null when the checker cannot say or the name is not visible. */
export function elementTypeName(root: Collection, oracle: TypeOracle | null, collection: AnyNode): string | null {
  if (!oracle || typeof collection?.start !== 'number') return null;
  const facts = oracle.factsAt(collection.start, collection.end);
  return facts?.kind === 'array' ? nameableType(root, facts.element?.text) : null;
}

/** `string` for `c.id`; null when unknown or not visible. */
export function typeNameOf(root: Collection, oracle: TypeOracle | null, node: AnyNode): string | null {
  if (!oracle || typeof node?.start !== 'number') return null;
  const facts = oracle.factsAt(node.start, node.end);
  return facts && facts.kind !== 'unknown' ? nameableType(root, facts.text) : null;
}

/** `T[]` of a type text, parenthesised when it is a union or intersection. */
export function arrayOf(type: string): string {
  return /[|&]/.test(type) ? `(${type})[]` : `${type}[]`;
}
