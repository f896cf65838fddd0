interface Entity {
  id: string;
}

// A class method and a generic helper over `T extends Entity`.
export class Catalog<P extends Entity> {
  constructor(private readonly label: string) {}

  resolve(ids: string[], products: P[]): (P | undefined)[] {
    const found: (P | undefined)[] = [];
    for (const id of ids) {
      found.push(products.find((p) => p.id === id));
    }
    return found;
  }
}

// @perfmod-check resolveAll(g.array(g.str()), g.array(g.record({ id: g.str(), price: g.int() })))
export function resolveAll(ids: string[], products: Entity[]) {
  return new Catalog('main').resolve(ids, products);
}

// @perfmod-check joinBy(g.array(g.record({ id: g.str() })), g.array(g.record({ id: g.str() })))
export function joinBy<T extends Entity, U extends Entity>(left: T[], right: Array<U>): [T, U | undefined][] {
  return left.map((l) => [l, right.find((r) => r.id === l.id)]);
}
