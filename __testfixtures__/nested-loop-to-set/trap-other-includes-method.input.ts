// `includes` here is a method of a user class, not Array.prototype.includes.
class Range {
  constructor(readonly low: number, readonly high: number) {}
  includes(value: number): boolean {
    return value >= this.low && value <= this.high;
  }
}

export function inRange(values: number[], low: number, high: number): number[] {
  const range = new Range(low, high);
  return values.filter((value) => range.includes(value));
}
