import type { Rng } from './program-rng';

/**
 * Template-based generator of small, realistic modules in the shapes `nested-loop-to-set` and
 * `array-lookup-to-map` rewrite, combined at random: a loop over `a` (statement loop, Array
 * callback, or nested in a second loop) that searches a collection (`b`, a copy, a literal, a
 * module constant, `this.items`, an alias...) in one of many lookup forms, with optional
 * statements around it that change the collection, its keys, or the control flow. Every module
 * exports `run(a, b, o)`, whose result carries a log of side effects.
 */

export type ElementKind = 'prim' | 'record';
/** What the declared types allow (TypeScript); `any` in JavaScript. */
export type Domain = 'any' | 'number' | 'string' | 'string|number';

export interface InputModel {
  /** Elements of `a` (the loop) and of `b` (the searched collection). */
  outer: ElementKind;
  inner: ElementKind;
  outerDomain: Domain;
  innerDomain: Domain;
  /** The searched collection may hold objects of `a` (so writing `x.id` can change its keys). */
  mayShare: boolean;
  /** TypeScript records declare `id?:` (it may be missing). */
  optionalId?: boolean;
}

export interface GeneratedProgram {
  lang: 'js' | 'ts';
  source: string;
  /** The choices made, for reports (`loop=filter lookup=some-key decl=param ...`). */
  shape: string;
  inputs: InputModel;
  /**
   * Assumptions that the program's own text breaks (a mutating helper called in the loop, a NaN
   * in a literal...): a `review` mismatch whose assumptions match one of these is explained.
   */
  brokenAssumptions: RegExp[];
}

type Position = 'before' | 'inside-before' | 'inside-after' | 'after' | 'between' | 'between-calls';

const STATEMENT_LOOPS = ['for-of', 'for-index', 'while', 'for-in'] as const;
const CALLBACK_LOOPS = ['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'reduce', 'flatMap'] as const;
type LoopKind = (typeof STATEMENT_LOOPS)[number] | (typeof CALLBACK_LOOPS)[number];

const DECLS = ['param', 'param', 'literal', 'copy', 'let', 'module', 'this', 'alias'] as const;
type Decl = (typeof DECLS)[number];

interface Ctx {
  rng: Rng;
  ts: boolean;
  inputs: InputModel;
  decl: Decl;
  /** The searched collection as written in the lookup. */
  coll: string;
  /** The name that mutations write to (for an alias sometimes the other name). */
  target: string;
  /** The loop item and the looked-up value (`x`, `x.id`, or the outer item in a nested loop). */
  item: string;
  value: string;
  loop: LoopKind;
  isCallback: boolean;
  async: boolean;
  usesFlag: boolean;
  /** A second lookup in the same loop body (both transforms may fire on one loop). */
  second: string | null;
  /** The looked-up value is first stored in `const key = …` in the loop body. */
  keyVar: string | null;
  /** The statement loop carries the label `outer` (an inner loop may `continue outer`). */
  labelled: boolean;
  /** The loop around the loop, if any. */
  nested: 'rounds' | 'for-of' | 'forEach' | null;
  helpers: Map<string, string>;
  preamble: string[];
  broken: RegExp[];
  labels: string[];
  classMembers: string[];
}

// ---------------------------------------------------------------------------------------------
// Entry point

export function generateProgram(rng: Rng): GeneratedProgram {
  const ts = rng.chance(0.3);
  const inner: ElementKind = rng.chance(0.5) ? 'prim' : 'record';
  const outer: ElementKind = rng.chance(0.5) ? 'prim' : 'record';
  const domain = (): Domain => (ts ? rng.pick(['number', 'string', 'string|number'] as const) : 'any');
  const innerDomain = domain();
  // A key looked up in `b` comes from `a`: in TypeScript both sides share the key type.
  const inputs: InputModel = {
    outer, inner, innerDomain, outerDomain: ts ? innerDomain : 'any',
    mayShare: outer === 'record' && inner === 'record' && rng.chance(0.5),
  };
  // JavaScript with JSDoc types: the checker trusts them, so the inputs must respect them too.
  const jsdoc = !ts && rng.chance(0.2) ? rng.pick(['number', 'string', 'string|number'] as const) : null;
  if (jsdoc) inputs.innerDomain = jsdoc;
  if (ts && rng.chance(0.2)) inputs.optionalId = true;
  const decl = rng.pick(DECLS);
  const loop: LoopKind = rng.chance(0.45) ? rng.pick(STATEMENT_LOOPS) : rng.pick(CALLBACK_LOOPS);
  const ctx: Ctx = {
    rng, ts, inputs, decl, coll: 'b', target: 'b', item: 'x', value: 'x', loop,
    isCallback: (CALLBACK_LOOPS as readonly string[]).includes(loop),
    async: false, usesFlag: false, nested: null, keyVar: null, labelled: false, second: null,
    helpers: new Map(), preamble: [], broken: [], labels: [`lang=${ts ? 'ts' : 'js'}`, `inner=${inner}`, `outer=${outer}`, `decl=${decl}`, `loop=${loop}`],
    classMembers: [],
  };
  if (loop === 'for-in') {
    // `for (const x in o)`: the items are o's keys (strings).
    inputs.outer = 'prim';
    inputs.outerDomain = ts ? 'string' : 'any';
  }
  if (jsdoc) ctx.labels.push(`jsdoc=${jsdoc}`);
  if (inputs.optionalId) ctx.labels.push('optional-id');
  declareCollection(ctx);
  return render(ctx);
}

// ---------------------------------------------------------------------------------------------
// The collection

function literalElement(ctx: Ctx): string {
  const prims = ctx.ts && ctx.inputs.innerDomain !== 'any' ? primPoolFor(ctx.inputs.innerDomain) : ['0', '1', '2', '3', "'a'", "'b'", "'1'", "'c'"];
  const withOdd = ctx.rng.chance(0.05) && ctx.inputs.innerDomain !== 'string' ? ['NaN', '-0'] : [];
  const key = ctx.rng.pick([...prims, ...withOdd]);
  if (key === 'NaN') ctx.broken.push(/NaN/);
  return ctx.inputs.inner === 'prim' ? key : `{ id: ${key}, active: ${ctx.rng.chance(0.7)} }`;
}

function primPoolFor(domain: Domain): string[] {
  if (domain === 'number') return ['0', '1', '2', '3', '4'];
  if (domain === 'string') return ["'a'", "'b'", "'c'", "'1'", "''"];
  return ['0', '1', '2', "'a'", "'b'", "'1'"];
}

function literalArray(ctx: Ctx): string {
  const size = ctx.rng.chance(0.15) ? 1 + ctx.rng.int(5) : 8 + ctx.rng.int(4);
  return `[${Array.from({ length: size }, () => literalElement(ctx)).join(', ')}]`;
}

function declareCollection(ctx: Ctx): void {
  const { rng } = ctx;
  switch (ctx.decl) {
    case 'param':
      break;
    case 'literal':
      ctx.coll = ctx.target = 'list';
      ctx.preamble.push(`const list = ${literalArray(ctx)};`);
      break;
    case 'copy': {
      ctx.coll = ctx.target = 'list';
      const copy = rng.pick(['[...b]', 'b.slice()', 'Array.from(b)', 'b.concat([])', 'b.filter((e) => e !== undefined)']);
      ctx.preamble.push(`const list = ${copy};`);
      break;
    }
    case 'let':
      ctx.coll = ctx.target = 'list';
      ctx.preamble.push(`let list = ${rng.pick(['b.slice()', 'b', '[...b]'])};`);
      break;
    case 'module':
      ctx.coll = ctx.target = 'ITEMS';
      ctx.helpers.set('ITEMS', `const ITEMS${ctx.ts ? `: ${elementType(ctx, 'inner')}[]` : ''} = ${literalArray(ctx)};`);
      break;
    case 'this':
      ctx.coll = ctx.target = 'this.items';
      break;
    case 'alias':
      ctx.coll = 'c';
      ctx.target = rng.chance(0.5) ? 'b' : 'c';
      ctx.preamble.push('const c = b;');
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// Lookups

interface Lookup {
  /** An expression (`b.includes(x)`), or statements that leave their answer in `found`. */
  expr?: string;
  statements?: string[];
  /** Statements that act on a match themselves (`out.push(x); break;`): usable only as a whole body. */
  acting?: string[];
  bool: boolean;
}

function callback(ctx: Ctx, param: string, body: string, effects = ''): string {
  const style = ctx.rng.int(effects ? 2 : 5);
  const typed = ctx.ts ? `(${param}: ${elementType(ctx, 'inner')})` : `(${param})`;
  if (effects || style === 1) return `${typed} => { ${effects}return ${body}; }`;
  if (style === 0) return `${typed} => ${body}`;
  if (style === 2) return `function ${typed} { return ${body}; }`;
  if (style === 3 && !ctx.ts) return `${param} => ${body}`;
  return `${typed} => ${body}`;
}

/** `y === v`, `v === y.id`, rarely `==`, with optional extra conjuncts. */
function equality(ctx: Ctx, y: string, allowConjuncts: boolean): string {
  const { rng } = ctx;
  const left = ctx.inputs.inner === 'record' ? `${y}.id` : y;
  const op = rng.chance(0.04) ? '==' : '===';
  let test = rng.chance(0.5) ? `${left} ${op} ${ctx.value}` : `${ctx.value} ${op} ${left}`;
  if (allowConjuncts && rng.chance(0.25)) {
    const conjunct = conjunctFor(ctx, y);
    if (conjunct) test = rng.chance(0.5) ? `${test} && ${conjunct}` : `${conjunct} && ${test}`;
  }
  return test;
}

function conjunctFor(ctx: Ctx, y: string): string | null {
  const options: string[] = [];
  if (ctx.inputs.inner === 'record') options.push(`${y}.active`, `${y}.id !== 2`);
  if (ctx.inputs.inner === 'record' && ctx.inputs.outer === 'record') options.push(`${y}.active === ${ctx.item}.active`);
  options.push('flag', '(count++, true)');
  const pick = ctx.rng.pick(options);
  if (pick === 'flag') ctx.usesFlag = true;
  ctx.labels.push(`conjunct=${pick}`);
  return pick;
}

function makeLookup(ctx: Ctx): Lookup {
  const { rng } = ctx;
  const B = ctx.coll;
  const v = ctx.value;
  const record = ctx.inputs.inner === 'record';
  const forms = record
    ? ['some-key', 'some-destructured', 'map-includes', 'map-indexof', 'find', 'findIndex', 'findLast', 'findLastIndex',
      'filter', 'filter-length', 'includes-object', 'inner-loop', 'inner-loop', 'inner-loop']
    : ['includes', 'includes', 'indexof-cmp', 'indexof-cmp', 'indexof-number', 'some', 'find', 'findIndex', 'filter-length',
      'object-keys', 'inner-loop', 'inner-loop', 'inner-loop', 'odd-call'];
  const form = rng.pick(forms);
  ctx.labels.push(`lookup=${form}`);
  const predicateEffects = rng.chance(0.05) ? "log.push('p'); " : '';
  if (predicateEffects) ctx.labels.push('predicate-effects');
  const pred = (): string => callback(ctx, 'y', equality(ctx, 'y', true), predicateEffects);
  switch (form) {
    case 'includes':
      return { expr: `${B}.includes(${v})`, bool: true };
    case 'includes-object':
      return { expr: `${B}.includes(${ctx.item})`, bool: true };
    case 'indexof-cmp':
      return {
        expr: rng.pick([`${B}.indexOf(${v}) !== -1`, `-1 !== ${B}.indexOf(${v})`, `${B}.indexOf(${v}) >= 0`, `${B}.indexOf(${v}) > -1`,
          `${B}.indexOf(${v}) === -1`, `${B}.indexOf(${v}) < 0`, `${B}.indexOf(${v}) != -1`, `0 <= ${B}.indexOf(${v})`]),
        bool: true,
      };
    case 'indexof-number':
      return { expr: `${B}.indexOf(${v})`, bool: false };
    case 'some':
      return { expr: `${B}.some(${pred()})`, bool: true };
    case 'some-key':
      return { expr: `${B}.some(${pred()})`, bool: true };
    case 'some-destructured':
      return { expr: `${B}.some(({ id }${ctx.ts ? `: ${elementType(ctx, 'inner')}` : ''}) => id === ${v})`, bool: true };
    case 'map-includes':
      return { expr: `${B}.map((y${ctx.ts ? `: ${elementType(ctx, 'inner')}` : ''}) => y.id).includes(${v})`, bool: true };
    case 'map-indexof':
      return { expr: `${B}.map((y${ctx.ts ? `: ${elementType(ctx, 'inner')}` : ''}) => y.id).indexOf(${v}) !== -1`, bool: true };
    case 'find': case 'findIndex': case 'findLast': case 'findLastIndex': case 'filter':
      return { expr: `${B}.${form}(${pred()})`, bool: false };
    case 'filter-length':
      return { expr: `${B}.filter(${pred()}).length`, bool: false };
    case 'object-keys':
      return { expr: `Object.${rng.pick(['keys', 'values'])}(o).includes(${v})`, bool: true };
    case 'odd-call':
      // Shapes that must stay as they are: a start position, optional call, a value with effects.
      return {
        expr: rng.pick([`${B}.includes(${v}, 1)`, `${B}.indexOf(${v}, 1) !== -1`, `${B}?.includes(${v})`, `${B}.includes(tap(${v}, log))`,
          `${B}.includes((count++, ${v}))`]),
        bool: true,
      };
    default:
      return innerLoop(ctx);
  }
}

/** A loop over the collection with an equality test: flag + break, push + break, or no break. */
function innerLoop(ctx: Ctx): Lookup {
  const { rng } = ctx;
  const B = ctx.coll;
  const indexed = rng.chance(0.25);
  const y = indexed ? `${B}[j]` : 'y';
  const head = indexed ? `for (let j = 0; j < ${B}.length; j++)` : `for (const y of ${B})`;
  const test = equality(ctx, y, false);
  const styles = ['flag-break', 'flag-break', 'push-break', 'push-break', 'no-break', 'push-inner'];
  if (!ctx.isCallback) styles.push('continue-outer');
  const style = rng.pick(styles);
  ctx.labels.push(`scan-loop=${style}${indexed ? '-indexed' : ''}`);
  if (style === 'flag-break' || ctx.isCallback && ctx.loop !== 'forEach') {
    return { statements: ['let found = false;', `${head} {`, `  if (${test}) {`, '    found = true;', '    break;', '  }', '}'], bool: true };
  }
  const act = style === 'push-inner' ? `out.push(${y});` : `out.push(${ctx.item});`;
  if (style === 'continue-outer') ctx.labelled = true;
  const exit = style === 'no-break' ? [] : style === 'continue-outer' ? ['    continue outer;'] : ['    break;'];
  return {
    acting: [`${head} {`, `  if (${test}) {`, `    ${act}`, ...exit, '  }', '}', ...(style === 'continue-outer' ? ['count++;'] : [])],
    bool: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Hazards: statements around the lookup

interface Hazard {
  name: string;
  positions: readonly Position[];
  applies(ctx: Ctx): boolean;
  lines(ctx: Ctx, position: Position): string[];
}

const ANYWHERE: readonly Position[] = ['before', 'inside-before', 'inside-after', 'after', 'between', 'between-calls'];
const INSIDE: readonly Position[] = ['inside-before', 'inside-after', 'between'];

function pushValue(ctx: Ctx): string {
  if (ctx.inputs.inner === 'prim') return ctx.value;
  return ctx.inputs.outer === 'record' ? ctx.item : `{ id: ${ctx.value}, active: true }`;
}

/** The collection as seen from the exported function (between two calls of the core). */
function outsideName(ctx: Ctx): string {
  return ctx.decl === 'module' ? 'ITEMS' : ctx.decl === 'this' ? 'holder.items' : 'b';
}

function targetAt(ctx: Ctx, position: Position): string {
  return position === 'between-calls' ? outsideName(ctx) : ctx.target;
}

function valueAt(ctx: Ctx, position: Position): string {
  if (position !== 'inside-before' && position !== 'inside-after') {
    return ctx.inputs.inner === 'prim' ? "'z'" : "{ id: 'z', active: true }";
  }
  return pushValue(ctx);
}

const HAZARDS: Hazard[] = [
  { name: 'push', positions: ANYWHERE, applies: () => true, lines: (c, p) => [`${targetAt(c, p)}.push(${valueAt(c, p)});`] },
  { name: 'index-assign', positions: ANYWHERE, applies: () => true, lines: (c, p) => [`${targetAt(c, p)}[0] = ${valueAt(c, p)};`] },
  { name: 'length-zero', positions: ANYWHERE, applies: () => true, lines: (c, p) => [`${targetAt(c, p)}.length = 0;`] },
  { name: 'reverse', positions: ANYWHERE, applies: () => true, lines: (c, p) => [`${targetAt(c, p)}.reverse();`] },
  { name: 'splice', positions: ANYWHERE, applies: () => true, lines: (c, p) => [`${targetAt(c, p)}.splice(0, 1);`] },
  {
    name: 'key-write', positions: ANYWHERE, applies: (c) => c.inputs.inner === 'record',
    lines: (c, p) => {
      const t = targetAt(c, p);
      return [`if (${t}.length > 0 && ${t}[0]) ${t}[0].id = ${c.ts && c.inputs.innerDomain === 'number' ? '9' : "'z'"};`];
    },
  },
  {
    name: 'item-key-write', positions: ['inside-before', 'inside-after'], applies: (c) => c.inputs.outer === 'record' && c.item === 'x',
    lines: (c) => [`if (x) x.id = ${c.ts && c.inputs.outerDomain === 'number' ? '9' : "'z'"};`],
  },
  {
    name: 'reassign', positions: ANYWHERE, applies: (c) => c.decl === 'param' || c.decl === 'let' || c.decl === 'this',
    lines: (c, p) => {
      const t = p === 'between-calls' ? outsideName(c) : c.coll;
      if (p === 'between-calls' && c.decl !== 'this') return [];
      return [c.rng.chance(0.5) ? `${t} = ${t}.slice(1);` : `${t} = [${valueAt(c, p)}];`];
    },
  },
  {
    name: 'closure-mutate', positions: ['before', 'inside-before', 'inside-after', 'after', 'between'], applies: () => true,
    lines: (c, p) => {
      const any = c.ts ? ': any' : '';
      if (!c.preamble.some((l) => l.startsWith('const remember'))) c.preamble.push(`const remember = (v${any}) => { ${c.target}.push(v); };`);
      if (p !== 'before' && p !== 'after') c.broken.push(/remember|do not (modify|change)/);
      return [`remember(${valueAt(c, p)});`];
    },
  },
  {
    name: 'closure-pure', positions: ['inside-before', 'inside-after', 'between'], applies: () => true,
    lines: (c, p) => {
      const any = c.ts ? ': any' : '';
      if (!c.preamble.some((l) => l.startsWith('const note'))) c.preamble.push(`const note = (v${any}) => { log.push(v); };`);
      return [`note(${p === 'between' ? "'r'" : c.value});`];
    },
  },
  {
    name: 'pass-mutating', positions: ANYWHERE, applies: () => true,
    lines: (c, p) => {
      c.helpers.set('touch', `function touch(arr${c.ts ? ': any[]' : ''}) {\n  if (arr.length > 1) arr.pop();\n}`);
      if (p !== 'before' && p !== 'after') c.broken.push(/touch|do not (modify|change)/);
      return [`touch(${targetAt(c, p)});`];
    },
  },
  {
    name: 'pass-pure', positions: ANYWHERE, applies: () => true,
    lines: (c, p) => {
      c.helpers.set('inspect', `function inspect(arr${c.ts ? ': any[]' : ''}, log${c.ts ? ': unknown[]' : ''}) {\n  log.push(arr.length);\n}`);
      return [`inspect(${targetAt(c, p)}, log);`];
    },
  },
  { name: 'json', positions: INSIDE, applies: () => true, lines: (c) => [`log.push(JSON.stringify(${c.coll}).length);`] },
  {
    name: 'await', positions: ['before', 'inside-before', 'inside-after', 'after', 'between'], applies: () => true,
    lines: (c) => {
      c.async = true;
      return [c.rng.chance(0.5) ? 'await null;' : 'await Promise.resolve();'];
    },
  },
  { name: 'skip-item', positions: ['inside-before', 'inside-after'], applies: () => true, lines: (c) => [earlyExit(c, 'skip')] },
  { name: 'stop', positions: ['inside-before', 'inside-after'], applies: (c) => !c.isCallback, lines: (c) => [earlyExit(c, 'stop')] },
  { name: 'early-return', positions: ['inside-before', 'inside-after'], applies: (c) => !c.isCallback, lines: () => ['if (out.length > 2) return { out, count, early: true };'] },
  {
    name: 'guard', positions: ['before', 'inside-before', 'between'], applies: () => true,
    lines: (c, p) => {
      if (p === 'before') return [`if (!${c.coll}) return { out, count };`];
      if (p === 'between') return [`if (!${c.coll}) continue;`];
      return [c.isCallback ? `if (!${c.coll}) ${callbackDefault(c)}` : `if (!${c.coll}) continue;`];
    },
  },
  { name: 'log', positions: INSIDE, applies: () => true, lines: (c, p) => [`log.push(${p === 'between' ? "'r'" : 'String(x)'});`] },
  { name: 'counter', positions: INSIDE, applies: () => true, lines: () => ['count++;'] },
  { name: 'flag-toggle', positions: INSIDE, applies: (c) => c.usesFlag, lines: () => ['flag = !flag;'] },
];

function earlyExit(ctx: Ctx, kind: 'skip' | 'stop'): string {
  const cond = ctx.inputs.outer === 'record' && ctx.loop !== 'for-in' ? 'x && x.active' : "String(x) === '1'";
  if (ctx.isCallback) return `if (${cond}) ${callbackDefault(ctx)}`;
  return `if (${cond}) ${kind === 'skip' ? 'continue' : 'break'};`;
}

function callbackDefault(ctx: Ctx): string {
  switch (ctx.loop) {
    case 'map': return 'return null;';
    case 'flatMap': return 'return [];';
    case 'reduce': return 'return acc;';
    case 'forEach': return 'return;';
    default: return 'return false;';
  }
}

function chooseHazards(ctx: Ctx, twice: boolean): Map<Position, string[]> {
  const placed = new Map<Position, string[]>();
  const count = ctx.rng.pick([0, 0, 1, 1, 1, 2, 3]);
  for (let i = 0; i < count; i++) {
    const hazard = ctx.rng.pick(HAZARDS);
    if (!hazard.applies(ctx)) continue;
    const positions = hazard.positions.filter((p) => (p !== 'between' || ctx.nested !== null) && (p !== 'between-calls' || twice)
      // `await` only where the async function's own body is (not inside a callback).
      && (hazard.name !== 'await' || (p.startsWith('inside') ? !ctx.isCallback && ctx.nested !== 'forEach' : p !== 'between' || ctx.nested !== 'forEach')));
    if (positions.length === 0) continue;
    const position = ctx.rng.pick(positions);
    const lines = hazard.lines(ctx, position);
    if (lines.length === 0) continue;
    ctx.labels.push(`hazard=${hazard.name}@${position}`);
    placed.set(position, [...(placed.get(position) ?? []), ...lines]);
  }
  return placed;
}

// ---------------------------------------------------------------------------------------------
// Rendering

function elementType(ctx: Ctx, side: 'inner' | 'outer'): string {
  const kind = side === 'inner' ? ctx.inputs.inner : ctx.inputs.outer;
  const domain = side === 'inner' ? ctx.inputs.innerDomain : ctx.inputs.outerDomain;
  const key = domain === 'string|number' ? 'string | number' : domain === 'any' ? 'any' : domain;
  if (kind === 'record') return side === 'inner' ? 'Item' : 'Entry';
  return domain === 'string|number' ? '(string | number)' : key;
}

function arrayType(ctx: Ctx, side: 'inner' | 'outer'): string {
  const element = elementType(ctx, side);
  if (side === 'inner' && ctx.rng.chance(0.2)) return ctx.rng.chance(0.5) ? `readonly ${element}[]` : `ReadonlyArray<${element}>`;
  return `${element}[]`;
}

function indent(lines: string[], by = '  '): string[] {
  return lines.map((l) => (l === '' ? l : by + l));
}

/** The statement(s) of one loop over `a` whose body holds the lookup. */
function renderLoop(ctx: Ctx, lookup: Lookup, hazards: Map<Position, string[]>, asStatement: 'const' | 'push' | 'return'): string[] {
  const before = hazards.get('inside-before') ?? [];
  const after = hazards.get('inside-after') ?? [];
  const { rng } = ctx;
  const itemType = ctx.ts ? `: ${elementType(ctx, 'outer')}` : '';

  const keyLine = ctx.keyVar ? [ctx.keyVar] : [];
  if (!ctx.isCallback) {
    const body = [...keyLine, ...before, ...statementBody(ctx, lookup), ...after];
    const label = ctx.labelled ? 'outer: ' : '';
    switch (ctx.loop) {
      case 'for-of': return [`${label}for (const x of a) {`, ...indent(body), '}'];
      case 'for-index': return [`${label}for (let i = 0; i < a.length; i++) {`, '  const x = a[i];', ...indent(body), '}'];
      case 'while': return ['let i = 0;', `${label}while (i < a.length) {`, '  const x = a[i];', '  i++;', ...indent(body), '}'];
      default: return [`${label}for (const x in o) {`, ...indent(body), '}'];
    }
  }

  const params = ctx.loop === 'reduce' ? `(acc${ctx.ts ? ': any' : ''}, x${itemType})` : `(x${itemType})`;
  const fnStyle = rng.chance(0.2) ? 'function' : 'arrow';
  const open = (inner: string[]): string[] => fnStyle === 'function'
    ? [`function ${params} {`, ...indent(inner), '}']
    : [`${params} => {`, ...indent(inner), '}'];
  const init = ctx.loop === 'reduce' ? (lookup.bool ? ', 0' : ', []') : '';
  let call: string[];
  if (ctx.loop === 'forEach') {
    call = wrapCall('a.forEach(', open([...keyLine, ...before, ...statementBody(ctx, lookup), ...after]), ')');
    return [...call.slice(0, -1), `${call[call.length - 1]};`];
  }
  const guarded = rng.chance(0.15);
  if (guarded) ctx.labels.push('guarded');
  const guardText = ctx.inputs.outer === 'record' ? 'x && x.active' : 'x !== 2';
  const answer = (raw: string): string => {
    const expr = guarded ? `${guardText} && ${parenthesize(raw)}` : raw;
    switch (ctx.loop) {
      case 'flatMap': return `(${expr}) ? [x] : []`;
      case 'reduce': return lookup.bool ? `acc + ((${expr}) ? 1 : 0)` : '(acc.push(EXPR), acc)'.replace('EXPR', expr);
      default: return expr;
    }
  };
  if (lookup.expr && before.length === 0 && after.length === 0 && !ctx.keyVar && fnStyle === 'arrow' && rng.chance(0.6)) {
    call = [`a.${ctx.loop}(${params} => ${answer(lookup.expr)}${init})`];
  } else {
    const inner = [...keyLine, ...before];
    if (lookup.statements) inner.push(...lookup.statements);
    const expr = lookup.expr ?? 'found';
    if (after.length > 0) inner.push(`const r = ${answer(expr)};`, ...after, 'return r;');
    else inner.push(`return ${answer(expr)};`);
    call = wrapCall(`a.${ctx.loop}(`, open(inner), `${init})`);
  }
  const [prefix, suffix] = asStatement === 'const' ? ['const res = ', ';']
    : asStatement === 'return' ? ['return { res: ', ', out, count };'] : ['out.push(', ');'];
  return wrapCall(prefix, call, suffix);
}

function wrapCall(head: string, fn: string[], tail: string): string[] {
  if (fn.length === 1) return [`${head}${fn[0]}${tail}`];
  return [`${head}${fn[0]}`, ...fn.slice(1, -1), `${fn[fn.length - 1]}${tail}`];
}

/** The body of a statement loop (or forEach): consume the lookup. */
function statementBody(ctx: Ctx, lookup: Lookup): string[] {
  if (lookup.acting) return lookup.acting;
  const lines = [...(lookup.statements ?? [])];
  const expr = lookup.expr ?? 'found';
  const canReturn = !ctx.isCallback && ctx.nested !== 'forEach';
  const use = ctx.rng.pick(['push', 'push', 'if-push', 'if-count', 'hit', 'guarded', 'try', 'hit-mutated', ...(canReturn ? ['return'] : [])]);
  ctx.labels.push(`use=${use}`);
  if (ctx.second) lines.push(`out.push(${ctx.second});`);
  const guard = ctx.inputs.outer === 'record' && ctx.loop !== 'for-in' ? `${ctx.item} && ${ctx.item}.active` : `${ctx.item} !== 2`;
  switch (use) {
    case 'return': lines.push(`if (String(${ctx.item}) === '2') return { out, count, hit: ${expr} };`, `out.push(${expr});`); break;
    case 'push': lines.push(`out.push(${expr});`); break;
    case 'if-push': lines.push(`if (${expr}) out.push(${ctx.item});`); break;
    case 'if-count': lines.push(`if (${expr}) {`, '  count++;', '}'); break;
    // The lookup runs only for some items (maybe none): work moved before the loop must not throw.
    case 'guarded': lines.push(`if (${guard} && ${parenthesize(expr)}) out.push(${ctx.item});`); break;
    // A throw inside the loop is caught per item; one moved before the loop would not be.
    case 'try': lines.push('try {', `  out.push(${expr});`, '} catch (error) {', "  out.push('caught');", '}'); break;
    // The caller changes what the lookup returned: a group array, or the found element's key.
    case 'hit-mutated': lines.push(`const hit = ${expr};`, "if (Array.isArray(hit)) hit.push('m');",
      `else if (hit && typeof hit === 'object') hit.id = ${ctx.ts && ctx.inputs.innerDomain === 'number' ? '7' : "'m'"};`, 'out.push(hit);'); break;
    default: lines.push(`const hit = ${expr};`, 'out.push(hit);');
  }
  return lines;
}

function parenthesize(expr: string): string {
  return hasTopLevelOperator(expr) ? `(${expr})` : expr;
}

function render(ctx: Ctx): GeneratedProgram {
  const { rng } = ctx;
  // Nested: a second loop around the loop; the looked-up value may come from its item.
  const nestedKind = rng.chance(0.2) ? rng.pick(['rounds', 'for-of', 'forEach'] as const) : null;
  ctx.nested = nestedKind;
  if (nestedKind) {
    ctx.labels.push(`nested=${nestedKind}`);
    if (nestedKind !== 'rounds' && ctx.loop !== 'for-in' && rng.chance(0.4)) {
      ctx.item = 'z';
      ctx.labels.push('value-from-outer');
    }
  }
  ctx.value = ctx.inputs.outer === 'record' && ctx.loop !== 'for-in' ? `${ctx.item}.id` : ctx.item;
  if (ctx.item === 'x' && ctx.loop !== 'forEach' && rng.chance(0.15)) {
    ctx.keyVar = `const key = ${ctx.value};`;
    ctx.value = 'key';
    ctx.labels.push('key-variable');
  }
  const twice = rng.chance(0.25);
  if (twice) ctx.labels.push('called-twice');
  const lookup = makeLookup(ctx);
  if (!lookup.acting && rng.chance(0.2)) {
    const other = makeLookup(ctx);
    if (other.expr) ctx.second = other.expr;
  }
  if (lookup.expr && rng.chance(0.2)) {
    lookup.expr = `!${hasTopLevelOperator(lookup.expr) ? `(${lookup.expr})` : lookup.expr}`;
    lookup.bool = true;
    ctx.labels.push('negated');
  }
  const hazards = chooseHazards(ctx, twice);
  if (ctx.usesFlag) {
    ctx.preamble.push('let flag = true;');
    if (rng.chance(0.5)) {
      const at = rng.pick(['inside-before', 'inside-after'] as const);
      hazards.set(at, [...(hazards.get(at) ?? []), 'flag = !flag;']);
      ctx.labels.push(`hazard=flag-toggle@${at}`);
    }
  }

  const wrapped = nestedKind !== null || rng.chance(0.1);
  const loopLines = renderLoop(ctx, lookup, hazards, wrapped ? 'push' : rng.chance(0.7) || hazards.has('after') ? 'const' : 'return');
  let loopBlock: string[] = loopLines;
  const between = hazards.get('between') ?? [];
  if (nestedKind === 'rounds') loopBlock = ['for (let r = 0; r < 2; r++) {', ...indent([...between, ...loopLines]), '}'];
  else if (nestedKind === 'for-of') loopBlock = ['for (const z of a) {', ...indent([...between, ...loopLines]), '}'];
  else if (nestedKind === 'forEach') {
    const fixed = between.map((l) => l.replace(/continue;$/, 'return;'));
    loopBlock = [`a.forEach((z${ctx.ts ? `: ${elementType(ctx, 'outer')}` : ''}) => {`, ...indent([...fixed, ...loopLines]), '});'];
  } else if (wrapped) loopBlock = ['if (a.length > 0) {', ...indent(loopLines), '}'];

  const producesRes = loopLines.some((l) => l.startsWith('const res ='));
  const returnsDirectly = loopLines.some((l) => l.startsWith('return { res:'));
  const t = (type: string): string => (ctx.ts ? `: ${type}` : '');
  const body = [
    `let count = 0;`,
    `const out${t('any[]')} = [];`,
    ...ctx.preamble,
    ...(hazards.get('before') ?? []),
    ...loopBlock,
    ...(returnsDirectly ? [] : [...(hazards.get('after') ?? []), `return { ${producesRes ? 'res, ' : ''}out, count };`]),
  ];

  const A = ctx.ts ? `a: ${arrayType(ctx, 'outer')}` : 'a';
  const defaultB = ctx.decl === 'param' && rng.chance(0.1) ? ' = []' : '';
  if (defaultB) ctx.labels.push('default-param');
  const Bp = `${ctx.ts ? `b: ${arrayType(ctx, 'inner')}` : 'b'}${defaultB}`;
  const O = ctx.ts ? 'o: Record<string, number>' : 'o';
  const L = ctx.ts ? 'log: unknown[]' : 'log';
  const asyncKw = ctx.async ? 'async ' : '';
  const awaitKw = ctx.async ? 'await ' : '';
  const lines: string[] = [];
  if (ctx.ts && (ctx.inputs.inner === 'record' || ctx.inputs.outer === 'record')) {
    const key = (d: Domain): string => (d === 'string|number' ? 'string | number' : d);
    const id = ctx.inputs.optionalId ? 'id?' : 'id';
    if (ctx.inputs.inner === 'record') lines.push(`interface Item {\n  ${id}: ${key(ctx.inputs.innerDomain)};\n  active: boolean;\n}`, '');
    if (ctx.inputs.outer === 'record') lines.push(`interface Entry {\n  ${id}: ${key(ctx.inputs.outerDomain)};\n  active: boolean;\n}`, '');
  }
  if (ctx.helpers.has('ITEMS')) lines.push(ctx.helpers.get('ITEMS')!, '');
  for (const [name, text] of ctx.helpers) if (name !== 'ITEMS') lines.push(text, '');
  if (lookup.expr?.includes('tap(')) lines.push(`function tap(v${t('any')}, log${t('unknown[]')}) {\n  log.push('tap');\n  return v;\n}`, '');
  const betweenCalls = hazards.get('between-calls') ?? [];
  if (ctx.decl === 'this') {
    lines.push('class Holder {');
    if (ctx.ts) lines.push(`  items: ${arrayType(ctx, 'inner')};`, '');
    lines.push(`  constructor(items${t(arrayType(ctx, 'inner'))}) {`, '    this.items = items;', '  }', '');
    lines.push(`  ${asyncKw}scan(${A}, ${O}, ${L}) {`, ...indent(body, '    '), '  }', '}', '');
    lines.push(`export ${asyncKw}function run(${A}, ${Bp}, ${O}) {`, `  const log${t('unknown[]')} = [];`, '  const holder = new Holder(b);');
    if (twice) lines.push(`  const first = ${awaitKw}holder.scan(a, o, log);`, ...indent(betweenCalls), `  const second = ${awaitKw}holder.scan(a, o, log);`, '  return { first, second, log };');
    else lines.push(`  const result = ${awaitKw}holder.scan(a, o, log);`, '  return { result, log };');
    lines.push('}');
  } else {
    if (!ctx.ts && ctx.inputs.innerDomain !== 'any') lines.push(jsdocFor(ctx));
    lines.push(`${asyncKw}function scan(${A}, ${Bp}, ${O}, ${L}) {`, ...indent(body), '}', '');
    lines.push(`export ${asyncKw}function run(${A}, ${Bp}, ${O}) {`, `  const log${t('unknown[]')} = [];`);
    if (twice) lines.push(`  const first = ${awaitKw}scan(a, b, o, log);`, ...indent(betweenCalls), `  const second = ${awaitKw}scan(a, b, o, log);`, '  return { first, second, log };');
    else lines.push(`  const result = ${awaitKw}scan(a, b, o, log);`, '  return { result, log };');
    lines.push('}');
  }
  return {
    lang: ctx.ts ? 'ts' : 'js',
    source: `${lines.join('\n')}\n`,
    shape: ctx.labels.join(' '),
    inputs: ctx.inputs,
    brokenAssumptions: ctx.broken,
  };
}

/** Whether `!` needs parentheses around the expression (an operator outside any bracket). */
function hasTopLevelOperator(expr: string): boolean {
  let depth = 0;
  for (const ch of expr) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ' ' && depth === 0) return true;
  }
  return false;
}

/** `/** @param {string[]} b *\/` for JavaScript with JSDoc types. */
function jsdocFor(ctx: Ctx): string {
  const key = ctx.inputs.innerDomain === 'string|number' ? '(string|number)' : ctx.inputs.innerDomain;
  const element = ctx.inputs.inner === 'record' ? `{ id: ${key === '(string|number)' ? 'string|number' : key}, active: boolean }` : key;
  return `/**\n * @param {any[]} a\n * @param {Array<${element}>} b\n * @param {Record<string, number>} o\n * @param {unknown[]} log\n */`;
}
