import * as path from 'node:path';
import type { Collection } from 'jscodeshift';
import { isReferenceIdentifier, type AnyNode } from '../ast';
import { findPaths } from '../fast-find';
import { bindingScope, parentKey } from '../scope';

/**
 * Whether a file needs the DOM's type declarations. lib.dom.d.ts is four times the size of the
 * ECMAScript libraries together: loading it costs about half a second and more memory for every
 * process, and most files (servers, tools, libraries) never touch the DOM. Without it, a DOM value
 * would have no type, and a decision could fall back to weaker syntactic evidence where the type
 * would have said "a string, not an Array": so any hint of the DOM loads it. A file needs it when
 * it names a DOM type (in an annotation or a JSDoc type) that it does not declare or import, or
 * reads a DOM global (`document`, `window`, `fetch`…) that it does not declare itself.
 */

interface DomNames {
  /** Global values: `declare var document`, `declare function fetch`. */
  globals: Set<string>;
  /** Capitalised names of DOM types, classes and constructors. */
  types: Set<string>;
}

/** Globals whose DOM types say nothing about collections or strings perfmod asks about. */
const HARMLESS = new Set(['console', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask']);

let names: DomNames | null | undefined;

function domNames(): DomNames | null {
  if (names !== undefined) return names;
  try {
    // The library texts ts-morph ships (the same the checker reads).
    // @ts-morph/common comes with ts-morph (npm may nest it under ts-morph's own node_modules).
    const common = require.resolve('@ts-morph/common', { paths: [path.dirname(require.resolve('ts-morph'))] });
    const { getLibFiles } = require(common) as { getLibFiles(): { fileName: string; text: string }[] };
    const dom = getLibFiles().find((f) => f.fileName === 'lib.dom.d.ts');
    if (!dom) throw new Error('no lib.dom.d.ts');
    const globals = new Set<string>();
    const types = new Set<string>();
    for (const m of dom.text.matchAll(/^declare (?:var|let|const|function) ([\w$]+)/gm)) globals.add(m[1]);
    for (const m of dom.text.matchAll(/^(?:interface|type|declare var|declare class|declare namespace|declare function) ([A-Z][\w$]*)/gm)) types.add(m[1]);
    names = { globals, types };
  } catch {
    names = null; // cannot tell: always load the DOM
  }
  return names;
}

export function referencesDom(root: Collection, source: string): boolean {
  const dom = domNames();
  if (!dom) return true;
  const file = root.paths()[0]?.node;
  if (!file) return true;
  // Type names: in annotations, and in JSDoc braces (`@param {HTMLElement[]} els`), unless the
  // file declares or imports a type of that name itself (mongoose's `Document`).
  const { declared, typeNames } = namesOf(file);
  for (const block of source.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    for (const braces of block[0].matchAll(/\{([^{}]*)\}/g)) {
      for (const word of braces[1].matchAll(/\b[A-Z][\w$]*/g)) typeNames.add(word[0]);
    }
  }
  for (const name of typeNames) if (dom.types.has(name) && !declared.has(name)) return true;
  // Values: a read of a DOM global the file does not declare in scope.
  const reads = findPaths(root, (node) => node.type === 'Identifier' && dom.globals.has(node.name) && !HARMLESS.has(node.name));
  return reads.some((p) => isReferenceIdentifier(p.parent?.node, parentKey(p)) && bindingScope(p, p.node.name) === null);
}

const TYPE_REFERENCES: Record<string, string> = {
  TSTypeReference: 'typeName', TSExpressionWithTypeArguments: 'expression', TSInterfaceHeritage: 'expression',
  TSClassImplements: 'expression', TSTypeQuery: 'exprName', GenericTypeAnnotation: 'id', InterfaceExtends: 'id',
};

/** Every name the file declares or imports, and every name used as a type (all keys walked). */
function namesOf(file: AnyNode): { declared: Set<string>; typeNames: Set<string> } {
  const declared = new Set<string>();
  const typeNames = new Set<string>();
  const visit = (node: AnyNode): void => {
    const id = node.id ?? (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier' ? node.local : null);
    if (id?.type === 'Identifier') declared.add(id.name);
    const refKey = TYPE_REFERENCES[node.type];
    if (refKey) {
      let ref = node[refKey];
      while (ref && (ref.type === 'TSQualifiedName' || ref.type === 'QualifiedTypeIdentifier')) ref = ref.left ?? ref.qualification;
      if (ref?.type === 'Identifier') typeNames.add(ref.name);
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'tokens' || key === 'comments' || key === 'extra') continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c.type === 'string') visit(c);
      } else if (child && typeof child.type === 'string') visit(child);
    }
  };
  visit(file);
  return { declared, typeNames };
}
