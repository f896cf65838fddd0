import * as path from 'node:path';
import type { ParserName } from '../../engine/types';

/** What the type checker says about one expression. `unknown` means: no usable type fact. */
export type ValueKind = 'array' | 'string' | 'set' | 'map' | 'typed-array' | 'other' | 'unknown';

export interface TypeFacts {
  kind: ValueKind;
  /** The type as the checker prints it (for messages). */
  text: string;
  /** The value itself may be a `number` (NaN possible): false only when the type rules it out. */
  mayBeNaN: boolean;
  /** For arrays: facts about the element type. */
  element?: { mayBeNaN: boolean; primitive: boolean; text: string };
  /** A property read that runs a getter (declared with `get`): reading it may have effects. */
  accessor?: boolean;
  /** A property with a setter (declared with `set`): writing it runs code. */
  setter?: boolean;
}

/** Answers type questions by source range (Babel `start`/`end` equal TypeScript `getStart()`/`getEnd()`). */
export interface TypeOracle {
  factsAt(start: number, end: number): TypeFacts | null;
}

// ts-morph is heavy (about a second to load, more for the first type query): load it on first
// use only, and share one project across every file this process handles. Two projects, in fact:
// one with the DOM's declarations for the files that use the DOM, one without for all others
// (lib.dom.d.ts costs more to load than everything else together).
type TsMorph = typeof import('ts-morph');
let tsMorph: TsMorph | null = null;
const projects: { dom?: import('ts-morph').Project; plain?: import('ts-morph').Project } = {};
let loadFailed = false;

/**
 * A project keeps every file it was given and everything they import: over thousands of files it
 * would grow without bound (2.6 GB over 3300 files). After this many files, or when the heap is
 * this large, the projects are dropped and the next file starts a fresh one.
 */
const MAX_FILES_PER_PROJECT = 250;
const MAX_HEAP_BYTES = 1024 * 1024 * 1024;
let filesInProjects = 0;

function recycleWhenLarge(): void {
  if (filesInProjects < MAX_FILES_PER_PROJECT && process.memoryUsage().heapUsed < MAX_HEAP_BYTES) return;
  delete projects.dom;
  delete projects.plain;
  filesInProjects = 0;
}

function loadProject(withDom: boolean): import('ts-morph').Project | null {
  recycleWhenLarge();
  filesInProjects++;
  const key = withDom ? 'dom' : 'plain';
  if (projects[key] || loadFailed) return projects[key] ?? null;
  try {
    tsMorph ??= require('ts-morph') as TsMorph;
    const { ts } = tsMorph;
    projects[key] = new tsMorph.Project({
      skipAddingFilesFromTsConfig: true,
      skipFileDependencyResolution: true,
      compilerOptions: {
        allowJs: true,
        checkJs: true,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        jsx: ts.JsxEmit.Preserve,
        lib: withDom ? ['lib.es2023.d.ts', 'lib.dom.d.ts'] : ['lib.es2023.d.ts'],
      },
    });
  } catch {
    loadFailed = true;
  }
  return projects[key] ?? null;
}

const EXTENSION_FOR_PARSER: Record<ParserName, string> = { ts: '.ts', tsx: '.tsx', babel: '.jsx' };
let anonymousFiles = 0;

/**
 * A lazy handle: nothing is loaded until a transform asks for a type fact. With `enabled` false
 * (`--no-types`) it always answers null, and decisions fall back to syntactic evidence.
 */
export function createOracleHandle(
  enabled: boolean,
  filePath: string | undefined,
  source: string,
  parser: ParserName,
  /** Whether the file needs the DOM's declarations (asked only when a type is first needed). */
  needsDom: () => boolean = () => true,
) {
  let oracle: TypeOracle | null | undefined;
  return {
    get(): TypeOracle | null {
      if (oracle !== undefined) return oracle;
      oracle = enabled ? createOracle(filePath, source, parser, needsDom()) : null;
      return oracle;
    },
  };
}

function virtualPath(filePath: string | undefined, parser: ParserName): string {
  const ext = EXTENSION_FOR_PARSER[parser];
  if (!filePath) return path.resolve(`__perfmod_input_${++anonymousFiles}${ext}`);
  const resolved = path.resolve(filePath);
  // The checker decides JS vs TS by extension; keep the file's own when it is one it knows.
  return /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i.test(resolved) ? resolved : resolved + ext;
}

function createOracle(filePath: string | undefined, source: string, parser: ParserName, withDom: boolean): TypeOracle | null {
  const proj = loadProject(withDom);
  if (!proj || !tsMorph) return null;
  const { Node, ts } = tsMorph;
  const sourceFile = proj.createSourceFile(virtualPath(filePath, parser), source, { overwrite: true });

  function nodeAt(start: number, end: number): import('ts-morph').Node | undefined {
    let node = sourceFile.getDescendantAtStartWithWidth(start, end - start);
    // Prefer the outermost expression with exactly this range (e.g. a call over its callee).
    while (node) {
      const parent = node.getParent();
      if (!parent || parent.getStart() !== start || parent.getEnd() !== end || Node.isExpressionStatement(parent)) break;
      node = parent;
    }
    return node;
  }

  function facts(type: import('ts-morph').Type): TypeFacts {
    const text = type.getText(undefined, ts.TypeFormatFlags.NoTruncation);
    const kind = kindOf(type);
    const result: TypeFacts = { kind, text, mayBeNaN: mayBeNaN(type) };
    if (kind === 'array') {
      const element = elementType(type);
      if (element) {
        result.element = { mayBeNaN: mayBeNaN(element), primitive: isPrimitive(element), text: element.getText() };
      } else {
        result.element = { mayBeNaN: true, primitive: false, text: 'unknown' };
      }
    }
    return result;
  }

  // In JavaScript nothing checks what callers pass: a parameter's type is declared only by JSDoc.
  const javascript = /\.(js|jsx|mjs|cjs)$/i.test(sourceFile.getFilePath());

  /**
   * Whether the type the checker gives `node` rests on a parameter whose type it guessed: in a
   * JavaScript file, from a default value (`exclude = []` is typed `any[]`, yet any caller may pass
   * a string) or, for a callback, from a collection whose type was itself guessed.
   */
  function restsOnGuessedParameter(node: import('ts-morph').Node, depth = 0): boolean {
    if (depth > 6) return true;
    const identifiers = Node.isIdentifier(node) ? [node] : node.getDescendantsOfKind(ts.SyntaxKind.Identifier);
    return identifiers.some((id) => (id.getSymbol()?.getDeclarations() ?? []).some((d) => declarationIsGuess(d, depth)));
  }

  function declarationIsGuess(declaration: import('ts-morph').Node, depth: number): boolean {
    if (Node.isBindingElement(declaration) && declaration.hasInitializer()) return true;
    const parameter = Node.isParameterDeclaration(declaration) ? declaration : declaration.getFirstAncestorByKind(ts.SyntaxKind.Parameter);
    if (parameter) {
      if (ts.getJSDocType(parameter.compilerNode)) return false;
      if (parameter.hasInitializer()) return true;
      // A callback's parameter is typed by the collection it is called on (`xs.filter((x) => …)`).
      const call = parameter.getParent()?.getParent();
      const callee = Node.isCallExpression(call) ? call.getExpression() : undefined;
      return Node.isPropertyAccessExpression(callee) && restsOnGuessedParameter(callee.getExpression(), depth + 1);
    }
    if (Node.isVariableDeclaration(declaration) && !ts.getJSDocType(declaration.compilerNode)) {
      const initializer = declaration.getInitializer();
      if (initializer) return restsOnGuessedParameter(initializer, depth + 1);
      const loop = declaration.getParent()?.getParent();
      if (Node.isForOfStatement(loop) || Node.isForInStatement(loop)) return restsOnGuessedParameter(loop.getExpression(), depth + 1);
    }
    return false;
  }

  return {
    factsAt(start, end) {
      try {
        const node = nodeAt(start, end);
        if (!node) return null;
        if (javascript && restsOnGuessedParameter(node)) return null;
        const result = facts(node.getType());
        if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) {
          const declarations = node.getSymbol()?.getDeclarations() ?? [];
          if (declarations.some((d) => Node.isGetAccessorDeclaration(d))) result.accessor = true;
          if (declarations.some((d) => Node.isSetAccessorDeclaration(d))) result.setter = true;
        }
        return result;
      } catch {
        return null;
      }
    },
  };
}

type MorphType = import('ts-morph').Type;

function isUnknownish(type: MorphType): boolean {
  return type.isAny() || type.isUnknown() || type.isTypeParameter() && !type.getConstraint();
}

function kindOf(type: MorphType): ValueKind {
  if (isUnknownish(type)) return 'unknown';
  const constraint = type.isTypeParameter() ? type.getConstraint() : undefined;
  if (constraint) return kindOf(constraint);
  const nonNullable = type.getNonNullableType();
  if (nonNullable !== type && !type.isNullable()) return kindOf(nonNullable);
  if (type.isUnion()) {
    const kinds = new Set(type.getUnionTypes().map(kindOf));
    return kinds.size === 1 ? [...kinds][0] : 'other';
  }
  if (type.isArray() || type.isReadonlyArray?.() || type.isTuple()) return 'array';
  if (type.isString() || type.isStringLiteral() || type.isTemplateLiteral?.()) return 'string';
  const symbolName = type.getSymbol()?.getName() ?? type.getAliasSymbol()?.getName();
  if (symbolName === 'Set' || symbolName === 'ReadonlySet') return 'set';
  if (symbolName === 'Map' || symbolName === 'ReadonlyMap') return 'map';
  if (symbolName && /^(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64|BigInt64|BigUint64)Array$/.test(symbolName)) {
    return 'typed-array';
  }
  if (symbolName === 'Array' || symbolName === 'ReadonlyArray') return 'array';
  return 'other';
}

function elementType(type: MorphType): MorphType | undefined {
  const constraint = type.isTypeParameter() ? type.getConstraint() : undefined;
  if (constraint) return elementType(constraint);
  if (type.isUnion()) {
    const parts = type.getUnionTypes().filter((t) => !t.isNullable() && !t.isUndefined() && !t.isNull());
    return parts.length === 1 ? elementType(parts[0]) : undefined;
  }
  if (type.isTuple()) {
    const elements = type.getTupleElements();
    // A tuple's elements may differ; answer only when they agree in the facts we use.
    return elements.length > 0 && elements.every((e) => e.getText() === elements[0].getText()) ? elements[0] : undefined;
  }
  return type.getArrayElementType() ?? type.getTypeArguments()[0];
}

/** `number` (not a literal) or anything that could hold one: NaN is possible. */
function mayBeNaN(type: MorphType): boolean {
  if (isUnknownish(type)) return true;
  if (type.isTypeParameter()) return mayBeNaN(type.getConstraint()!);
  if (type.isUnion()) return type.getUnionTypes().some(mayBeNaN);
  if (type.isIntersection()) return type.getIntersectionTypes().every(mayBeNaN);
  // A numeric enum type accepts any `number` (NaN included); a string enum does not.
  if (type.isEnumLiteral() || type.isEnum()) return type.isUnion() ? type.getUnionTypes().some(mayBeNaN) : !type.isStringLiteral();
  if (type.isNumberLiteral()) return false;
  if (type.isNumber()) return true;
  // Number objects compare by identity; every other object, string, boolean, bigint, null, undefined: no NaN.
  return false;
}

function isPrimitive(type: MorphType): boolean {
  if (isUnknownish(type)) return false;
  if (type.isUnion()) return type.getUnionTypes().every(isPrimitive);
  return type.isString() || type.isNumber() || type.isBoolean() || type.isStringLiteral() || type.isNumberLiteral()
    || type.isBooleanLiteral() || type.isEnumLiteral() || type.isNull() || type.isUndefined() || type.isBigInt?.() === true
    || type.isTemplateLiteral?.() === true;
}
