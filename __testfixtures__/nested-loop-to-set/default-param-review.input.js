// A default value types a parameter only when the caller leaves it out: in JavaScript any caller
// may pass a string or an array holding NaN instead. Review, the Array assumption stated; NaN is left out of the Set.
// @perfmod-check common(g.array(g.str()), g.array(g.str()))
// @perfmod-check common(g.array(g.int()), g.array(g.int()))
export function common(wanted = ['a', 'b'], known = ['c', 'd']) {
  const out = [];
  for (const w of wanted) {
    for (const k of known) {
      if (w === k) {
        out.push(w);
        break;
      }
    }
  }
  return out;
}

// @perfmod-check without(g.array(g.key()), g.array(g.key()))
export function without(items, exclude = []) {
  return items.filter((x) => !exclude.includes(x));
}
