// Class methods in JavaScript: fields read by independent methods, a static helper, an arrow field.
class Report {
  constructor(api) {
    this.api = api;
  }

  async totals(id) {
    const sales = await this.api.getSales(id);
    const refunds = await this.api.getRefunds(id);
    return { sales, refunds };
  }

  static async both(api, id) {
    const a = await api.getSales(id);
    const b = await api.getRefunds(id);
    return [a, b];
  }

  summary = async (id) => {
    const head = await this.api.getHead(id);
    const tail = await this.api.getTail(id);
    return `${head}…${tail}`;
  };
}

// @perfmod-check report(g.service(['getSales', 'getRefunds', 'getHead', 'getTail']), g.int())
export async function report(api, id) {
  const r = new Report(api);
  return [await r.totals(id), await Report.both(api, id), await r.summary(id)];
}
