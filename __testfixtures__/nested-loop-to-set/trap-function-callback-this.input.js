// Inside a `function` callback, `this` is the thisArg given to filter; before the loop it is the
// method's own `this`.
export class Filter {
  constructor(items) {
    this.items = items;
  }

  kept(xs, options) {
    return xs.filter(function (x) {
      return this.items.includes(x);
    }, options);
  }
}
