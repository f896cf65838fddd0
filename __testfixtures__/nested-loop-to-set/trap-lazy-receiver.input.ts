// The outer `filter` is not Array#filter: this list runs the predicate later, when `run()` is
// called, after `allowed` has changed. A Set built before the statement would miss the change.
class DeferredList<T> {
  constructor(private readonly items: T[]) {}
  filter(predicate: (item: T) => boolean): { run(): T[] } {
    return { run: () => this.items.filter(predicate) };
  }
}

export function admitted(ids: number[], allowed: number[]): number[] {
  const pending = new DeferredList(ids).filter((id) => allowed.includes(id));
  allowed.push(ids.length);
  return pending.run();
}
