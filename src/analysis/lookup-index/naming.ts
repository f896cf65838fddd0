/**
 * The one naming scheme for indexes: names made of the code's own words, in the casing of the
 * collection they index.
 *
 *   retiredSkus.includes(sku)            -> retiredSkuSet
 *   customers.find(c => c.id === id)     -> customerById
 *   RETIRED_SKUS.includes(sku)           -> RETIRED_SKU_SET
 *   metadata.grant_types.includes(t)     -> grantTypeSet
 *   users.map(u => u.id).includes(id)    -> userIdSet
 *   Object.keys(schema).includes(k)      -> schemaKeySet
 *   ['a', 'b', …].includes(status)       -> statusSet (a literal is named after what is looked up)
 *
 * On a collision the name grows a word of context (`nodePropertySet`) before it gets a number.
 */
import type { Collection, JSCodeshift } from 'jscodeshift';
import { staticPropertyName, unwrap, type AnyNode, type NodePath } from '../ast';
import { callbackShape } from '../functions';
import { describe } from '../mutation';
import { freshName, releaseName } from '../naming';

/** What the index maps to, which gives the name's ending. */
export type IndexRole =
  | 'set'            // presence: retiredSkuSet, userIdSet
  | 'byKey'          // first element per key: customerById
  | 'lastByKey'      // last element per key: lastReadingBySensor
  | 'indexByKey'     // position of the first element per key: customerIndexById
  | 'lastIndexByKey' // position of the last one: lastCustomerIndexById
  | 'groupsByKey'    // all elements per key: ordersByUserId
  | 'countByKey'     // how many per key: orderCountByUserId
  | 'position';      // position of a value (indexOf): skuPosition

export interface NameParts {
  /** The indexed collection expression. */
  collection: AnyNode;
  role: IndexRole;
  /** Property path from an element to its key (`['id']`); empty for the element itself. */
  keyPath?: readonly string[];
  /** The looked-up value (names an index of a literal). */
  value?: AnyNode;
}

type Style = 'constant' | 'camel';

interface Stem {
  /** Words of the plural (as written) and the singular stem. */
  plural: string[];
  singular: string[];
  style: Style;
  /** Words of the context (the object a property belongs to), for collisions. */
  context: string[];
}

const IRREGULAR: Record<string, string> = {
  children: 'child', people: 'person', men: 'man', women: 'woman', indices: 'index', vertices: 'vertex', matrices: 'matrix',
  data: 'data', series: 'series', species: 'species', news: 'news', status: 'status', alias: 'alias', analysis: 'analysis',
};

/** The singular of one lower-case English word (good enough for names; never wrong in a harmful way). */
export function singularWord(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 2) return w;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(statuse|aliase|classe|addresse|buse|processe|accesse)s$/.test(w)) return w.slice(0, -2);
  if (/(x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(ss|ous|is|ics|ness)$/.test(w) || /(stat|bon|camp|vir|corp|cens|foc|radi|gen|plex|b|oct|cact|syllab|nex|onomastic)us$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Splits an identifier into lower-case words: `retiredSkus` -> [retired, skus]; `HTTP_METHODS` -> [http, methods]. */
export function wordsOf(name: string): string[] {
  return (name.replace(/^[_$]+/, '').match(/[A-Z]+(?![a-z])s?|[A-Z]?[a-z0-9]+|[0-9]+/g) ?? [])
    .map((w) => (/^[A-Z]+s$/.test(w) ? `${w.slice(0, -1)}s` : w).toLowerCase());
}

function styleOf(name: string): Style {
  return /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(name) && /[A-Z]{2}|_/.test(name) ? 'constant' : 'camel';
}

function singularOf(words: string[]): string[] {
  return words.length === 0 ? words : [...words.slice(0, -1), singularWord(words[words.length - 1])];
}

function stemFromName(name: string, context: string[] = []): Stem {
  const words = wordsOf(name);
  return { plural: words, singular: singularOf(words), style: styleOf(name), context };
}

function lastKeyWords(keyPath: readonly string[] | undefined): string[] {
  if (!keyPath || keyPath.length === 0) return [];
  return wordsOf(keyPath[keyPath.length - 1]);
}

/** The words of the collection expression. */
function collectionStem(collection: AnyNode, value: AnyNode | undefined): Stem {
  const node = unwrap(collection);
  if (node?.type === 'Identifier') return stemFromName(node.name);
  if (node?.type === 'MemberExpression' && !node.computed) {
    const name = staticPropertyName(node);
    const object = unwrap(node.object);
    const context = object?.type === 'ThisExpression' ? [] : wordsOf(describe(object).split('.').pop() ?? '');
    if (name) return stemFromName(name, context.map(singularWord));
  }
  if (node?.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    const reader = describe(callee);
    const arg = node.arguments[0];
    const readerWord: Record<string, string> = { 'Object.keys': 'key', 'Object.values': 'value', 'Object.entries': 'entry' };
    if (readerWord[reader] && arg) {
      const inner = collectionStem(arg, undefined);
      const words = [...inner.plural, readerWord[reader]];
      return { plural: [...inner.plural, `${readerWord[reader]}s`], singular: words, style: inner.style, context: [] };
    }
    if (callee?.type === 'MemberExpression') {
      const method = staticPropertyName(callee);
      const inner = collectionStem(callee.object, undefined);
      if (method === 'map') {
        const body = arg ? callbackShape(arg)?.body : null;
        const field = body && unwrap(body).type === 'MemberExpression' ? staticPropertyName(unwrap(body)) : null;
        if (field) {
          const words = [...inner.singular, ...wordsOf(field)];
          return { plural: words, singular: singularOf(words), style: inner.style, context: [] };
        }
      }
      return inner;
    }
  }
  if (node?.type === 'ArrayExpression') {
    // A literal has no name of its own: it is named after what is looked up in it.
    const v = value ? unwrap(value) : null;
    const valueName = v?.type === 'Identifier' ? v.name : v?.type === 'MemberExpression' ? staticPropertyName(v) : null;
    if (valueName && wordsOf(valueName).join('').length >= 3) return stemFromName(valueName);
    return { plural: ['known', 'values'], singular: ['known', 'value'], style: 'camel', context: [] };
  }
  return { plural: ['items'], singular: ['item'], style: 'camel', context: [] };
}

function join(words: string[], style: Style): string {
  const clean = words.filter(Boolean);
  if (style === 'constant') return clean.map((w) => w.toUpperCase()).join('_');
  const text = clean.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  return /^[A-Za-z_$]/.test(text) ? text : `_${text}`;
}

function wordsFor(stem: Stem, role: IndexRole, key: string[]): string[] {
  const s = stem.singular;
  switch (role) {
    case 'set': return [...s, ...key, 'set'];
    case 'byKey': return key.length ? [...s, 'by', ...key] : [...s, 'by', 'value'];
    case 'lastByKey': return ['last', ...s, 'by', ...(key.length ? key : ['value'])];
    case 'indexByKey': return [...s, 'index', 'by', ...(key.length ? key : ['value'])];
    case 'lastIndexByKey': return ['last', ...s, 'index', 'by', ...(key.length ? key : ['value'])];
    case 'groupsByKey': return key.length ? [...stem.plural, 'by', ...key] : [...s, 'groups'];
    case 'countByKey': return key.length ? [...s, 'count', 'by', ...key] : [...s, 'counts'];
    case 'position': return [...s, 'position'];
  }
}

/** Names for an index, best first: the plain one, then with a word of context. */
export function indexNameCandidates(parts: NameParts): string[] {
  const stem = collectionStem(parts.collection, parts.value);
  const key = lastKeyWords(parts.keyPath);
  const plain = join(wordsFor(stem, parts.role, key), stem.style);
  const out = [plain];
  if (stem.context.length > 0) {
    const withContext = { ...stem, singular: [...stem.context, ...stem.singular], plural: [...stem.context, ...stem.plural] };
    out.push(join(wordsFor(withContext, parts.role, key), stem.style));
  }
  return out;
}

/**
 * A collision-free name for an index inserted at `at`: the first candidate nobody uses, or the
 * first one with a number when all are taken.
 */
export function freshIndexName(j: JSCodeshift, at: Collection | NodePath, parts: NameParts): string {
  const candidates = indexNameCandidates(parts);
  for (const candidate of candidates) {
    const name = freshName(j, at, candidate);
    if (name === candidate) return name;
    releaseName(at, name);
  }
  return freshName(j, at, candidates[0]);
}
