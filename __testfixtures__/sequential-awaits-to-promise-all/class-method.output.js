// Class methods in JavaScript: fields read by independent methods, a static helper, an arrow field.
class Report {
  constructor(api) {
    this.api = api;
  }

  async totals(id) {
    const [sales, refunds] = await Promise.all([this.api.getSales(id), this.api.getRefunds(id)]);
    return { sales, refunds };
  }

  static async both(api, id) {
    const [a, b] = await Promise.all([api.getSales(id), api.getRefunds(id)]);
    return [a, b];
  }

  summary = async (id) => {
    const [head, tail] = await Promise.all([this.api.getHead(id), this.api.getTail(id)]);
    return `${head}…${tail}`;
  };
}

// @perfmod-check report(g.service(['getSales', 'getRefunds', 'getHead', 'getTail']), g.int())
export async function report(api, id) {
  const r = new Report(api);
  return await Promise.all([r.totals(id), Report.both(api, id), r.summary(id)]);
}
