// The receivers are strings (a join result, a template, a literal): substring search, not membership.
export function mentioned(words, parts) {
  const sentence = parts.join(' ');
  return words.filter((word) => sentence.includes(word));
}

export function inPath(segments, dir, file) {
  const full = `${dir}/${file}`;
  return segments.filter((segment) => full.indexOf(segment) !== -1);
}

export function vowels(chars) {
  return chars.filter((c) => 'aeiouAEIOU'.includes(c));
}
