import jscodeshift from 'jscodeshift';
import { makeParser } from '../src/engine/parse';
import { referencesDom } from '../src/analysis/types/dom-globals';
import { applyTransform } from '../src/engine/registry';

// The DOM's declarations are loaded only for files that use the DOM (they cost more than all the
// ECMAScript libraries together); any file that might is given them.
const parse = (source: string, parser: 'babel' | 'ts' = 'babel') => jscodeshift.withParser(makeParser(parser) as never)(source);

describe('which files need the DOM declarations', () => {
  test.each([
    ['a DOM global read', 'const links = document.querySelectorAll("a");\n', true],
    ['window', 'export const w = window.innerWidth;\n', true],
    ['a JSDoc DOM type', '/** @param {HTMLElement[]} els */\nexport function f(els) { return els; }\n', true],
    ['a TS annotation naming a DOM type', 'export function f(e: Element) { return e; }\n', true],
    ['console and timers only', 'setTimeout(() => console.log("x"), 1);\nexport const a = [1, 2];\n', false],
    ['a local binding named like a DOM global', 'export function f(name, length) { return name + length; }\n', false],
    ['a property named like a DOM global', 'export const o = { document: 1 }; o.document;\n', false],
    ['an imported type named like a DOM type', "import { Document } from 'mongoose';\n/** @param {Document} d */\nexport function f(d) { return d; }\n", false],
  ])('%s', (_, source, expected) => {
    expect(referencesDom(parse(source, /: Element/.test(source) ? 'ts' : 'babel'), source)).toBe(expected);
  });

  test('a DOM string is still known as a string: location.search.includes(…) in a loop is not rewritten', () => {
    const source = 'export function f(keys) {\n  return keys.filter((k) => location.search.includes(k));\n}\n';
    const out = applyTransform('all', source, { filePath: 'page.js' });
    expect(out.changed).toBe(false);
  }, 60_000);
});
