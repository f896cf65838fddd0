// A const built by + from strings, a template literal, String(), .join() or JSON.stringify() is a
// string: includes/indexOf there are substring tests, and a Set of its characters would answer
// another question. Left alone with and without types (--no-types is never bolder than types).
const START = 'A';
const DIGITS = 'Z_0' + '9';
const LABEL = START + DIGITS;
const TITLE = `${START}-${DIGITS}`;
const CODES = String(DIGITS);
const JOINED = ['ab', 'cd', 'ef', 'gh', 'ij', 'kl'].join('');
const JSON_TEXT = JSON.stringify({ a: 1, bb: 2, ccc: 3 });

// @perfmod-check pick(g.array(g.oneof(g.str(), g.constant('A'), g.constant('Z_0'), g.constant('YZ'), g.constant(''), g.constant('9'))))
export function pick(parts) {
  return parts.filter((p) => LABEL.includes(p) || TITLE.includes(p) || CODES.indexOf(p) !== -1 || JOINED.includes(p) || JSON_TEXT.includes(p));
}
