// Trap: `title.includes(word)` is a substring test on a string. A Set of characters would
// change the meaning, so perfmod must leave this file exactly as it is.

/**
 * @param {string[]} titles
 * @param {string[]} words
 */
export function titlesMatchingAnyWord(titles, words) {
  return titles.filter((title) => words.some((word) => title.toLowerCase().includes(word.toLowerCase())));
}

/** @param {string} query */
export function hasWildcard(query) {
  const specials = '*?';
  return [...query].some((ch) => specials.includes(ch));
}
