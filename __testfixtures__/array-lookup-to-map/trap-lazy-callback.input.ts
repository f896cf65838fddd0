// The "loop" is a method of something that is not an Array: its callback may run later, after
// `users` changed, so an index built now could be stale.
export class EventStream<T> {
  private handlers: ((value: T) => void)[] = [];
  forEach(handler: (value: T) => void): void {
    this.handlers.push(handler);
  }
  emit(value: T): void {
    for (const h of this.handlers) h(value);
  }
}

export function watch(ids: EventStream<string>, users: { id: string }[], seen: unknown[]) {
  ids.forEach((id) => seen.push(users.find((u) => u.id === id)));
}
