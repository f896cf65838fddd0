// Found by the program fuzzer: `this.items` is handed to other code inside the loop, which may
// change it (here it drops the last element); a Set built before the loop would go stale.
// @perfmod-check count(g.array(g.key()), g.array(g.key()))
function trim(list) {
  if (list.length > 1) list.pop();
}

class Allowed {
  constructor(items) {
    this.items = items;
  }

  count(xs) {
    let n = 0;
    for (const x of xs) {
      trim(this.items);
      if (this.items.includes(x)) n++;
    }
    return n;
  }
}

export function count(xs, items) {
  return new Allowed(items).count(xs);
}
