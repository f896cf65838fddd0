interface Entity {
  id: string;
}

// A class method and a generic helper over `T extends Entity`.
export class Catalog<P extends Entity> {
  constructor(private readonly label: string) {}

  resolve(ids: string[], products: P[]): (P | undefined)[] {
    const found: (P | undefined)[] = [];
    const productById = new Map<(typeof products)[number]['id'], (typeof products)[number]>();
    for (const p of products) if (!productById.has(p.id)) productById.set(p.id, p);
    for (const id of ids) {
      found.push(productById.get(id));
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
  const rightById = new Map<(typeof right)[number]['id'], (typeof right)[number]>();
  for (const r of right) if (!rightById.has(r.id)) rightById.set(r.id, r);
  return left.map((l) => [l, rightById.get(l.id)]);
}
