/**
 * File names as git prints them: a name with a control character (a newline, a tab), a double
 * quote or a backslash is written in double quotes with C escapes (`"a\nb.js"`), so one record
 * stays on one line and the name can be read back. `path:line:col` locations also quote names with
 * spaces, where the colon-separated form would otherwise be ambiguous to a reader.
 */
const NEEDS_GIT_QUOTES = /[\x00-\x1f\x7f"\\]/;
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

/** For diff headers (`--- a/name`): quoted only where git quotes. */
export function quoteForDiff(name: string): string {
  return NEEDS_GIT_QUOTES.test(name) ? cQuote(name) : name;
}

/** For `path:line:col` locations. */
export function quoteForLocation(name: string): string {
  return NEEDS_QUOTES_IN_LOCATION.test(name) ? cQuote(name) : name;
}
