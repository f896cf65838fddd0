// A Set of the keys of a module constant's elements is built before the loop, not at module
// level: the module hands its elements out (itemAt), and a caller may change an element's id
// between two calls of known().
// @perfmod-check known(g.array(g.record({ id: g.oneof(g.str(), g.constant('b'), g.constant('f')) })))
interface Item {
  id: string;
}

const ITEMS: Item[] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }, { id: 'f' }, { id: 'g' }, { id: 'h' }];

export function itemAt(i: number): Item | undefined {
  return ITEMS[i];
}

export function known(xs: Item[]): Item[] {
  return xs.filter((x) => ITEMS.some((y) => y.id === x.id));
}
