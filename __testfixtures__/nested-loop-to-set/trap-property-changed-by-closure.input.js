// Found by the program fuzzer: a local arrow function changes `this.items` and the loop calls it;
// a Set built before the loop would miss the pushed values.
// @perfmod-check seen(g.array(g.key()), g.array(g.key()))
class Seen {
  constructor(items) {
    this.items = items;
  }

  check(xs) {
    const remember = (v) => {
      this.items.push(v);
    };
    const out = [];
    let i = 0;
    while (i < xs.length) {
      const x = xs[i];
      i++;
      remember(x);
      out.push(this.items.indexOf(x) !== -1);
    }
    return out;
  }
}

export function seen(xs, items) {
  return new Seen(items).check(xs);
}
