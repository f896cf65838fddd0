// Order through shared objects: methods of one class sharing a field, one object handed to two calls.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

class Page {
  private title = '';
  constructor(private api: Api) {}

  private async loadTitle(id: number) {
    this.title = await this.api.getTitle(id);
    return this.title.length;
  }

  private async heading() {
    return `# ${this.title}`;
  }

  async render(id: number) {
    const length = await this.loadTitle(id);
    const heading = await this.heading();
    return `${heading} (${length})`;
  }
}

// @perfmod-check page(g.service(['getTitle']), g.int())
export async function page(api: Api, id: number) {
  return new Page(api).render(id);
}

async function fillUser(ctx: { user?: string; greeting?: string }, api: Api) {
  ctx.user = await api.getUser(1);
}

async function fillGreeting(ctx: { user?: string; greeting?: string }) {
  ctx.greeting = `hello ${ctx.user}`;
}

// @perfmod-check context(g.service(['getUser']))
export async function context(api: Api) {
  const ctx: { user?: string; greeting?: string } = {};
  await fillUser(ctx, api);
  await fillGreeting(ctx);
  return ctx;
}
