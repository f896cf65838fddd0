// Inside a `function` callback, `this` is the thisArg given to forEach/filter; before the loop it
// is the method's own `this`.
export class Matcher {
  constructor() {
    this.field = 'id';
    this.first = 'a';
  }

  known(orders, users, options) {
    const out = [];
    orders.forEach(function (o) {
      out.push(users.map((u) => u[this.field]).includes(o.userId));
    }, options);
    return out;
  }

  allowed(xs, options) {
    return xs.filter(function (x) {
      return [this.first, 'b', 'c', 'd', 'e', 'f', 'g', 'h'].includes(x);
    }, options);
  }
}
