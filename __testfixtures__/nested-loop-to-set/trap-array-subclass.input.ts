// An Array subclass may define its own includes/indexOf/some (and map/filter on it build another
// instance of it): `Bag.from(xs)` is typed number[] by the checker, yet it is a Bag. Left alone.
class Bag<T> extends Array<T> {
  includes(x: T): boolean {
    return this.length > 0 && x === this[0];
  }
}

// @perfmod-check kept(g.array(g.int()), g.array(g.int()))
export function kept(xs: number[], ys: number[]): number[] {
  const bag = Bag.from(ys);
  return xs.filter((x) => bag.includes(x));
}

// @perfmod-check mapped(g.array(g.int()), g.array(g.int()))
export function mapped(xs: number[], ys: number[]): number[] {
  const bag = Bag.of(...ys).map((y) => y + 1);
  return xs.filter((x) => bag.includes(x));
}
