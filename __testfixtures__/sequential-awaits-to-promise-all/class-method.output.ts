// A class method awaiting two services held in fields.
interface Api { [method: string]: (...args: unknown[]) => Promise<string> }

class Dashboard {
  constructor(private users: Api, private stats: Api) {}

  async load(id: number) {
    const [user, stats] = await Promise.all([this.users.getUser(id), this.stats.getStats(id)]);
    return `${user} / ${stats}`;
  }
}

// @perfmod-check dashboard(g.service(['getUser']), g.service(['getStats']), g.int())
export async function dashboard(users: Api, stats: Api, id: number) {
  return new Dashboard(users, stats).load(id);
}
