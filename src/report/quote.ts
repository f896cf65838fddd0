/**
 * File names in `path:line:col` locations, quoted as the diff headers quote them (jsdiff, like git,
 * writes a name with a control character, a double quote or a backslash in double quotes with C
 * escapes: `"a\nb.js"`), so one record stays on one line and the name can be read back. Names with
 * spaces are quoted too, where the colon-separated form would otherwise be hard to read.
 */
const NEEDS_QUOTES_IN_LOCATION = /[\x00-\x1f\x7f"\\ ]/;

function cQuote(name: string): string {
  const escaped = name.replace(/[\x00-\x1f\x7f"\\]/g, (c) => {
    switch (c) {
      case '\n': return '\\n';
      case '\t': return '\\t';
      case '\r': return '\\r';
      case '"': return '\\"';
      case '\\': return '\\\\';
      default: return `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
    }
  });
  return `"${escaped}"`;
}

/** For `path:line:col` locations. */
export function quoteForLocation(name: string): string {
  return NEEDS_QUOTES_IN_LOCATION.test(name) ? cQuote(name) : name;
}
