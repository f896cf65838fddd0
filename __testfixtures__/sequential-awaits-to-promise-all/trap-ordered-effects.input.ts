// (TypeScript) Rate limiting, ordered sends and logs, locks, transactions, retries: order is the point.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function rateLimited(api: any, ids: any) {
  const a = await api.getA(ids[0]);
  await sleep(100);
  const b = await api.getB(ids[1]);
  await delay(50);
  const c = await api.getC(ids[2]);
  await new Promise<void>((resolve) => setTimeout(resolve, 10));
  const d = await api.getD(ids[3]);
  return [a, b, c, d];
}

export async function ordered(mailer: any, logger: any, stream: any, queue: any) {
  await mailer.sendWelcome();
  await mailer.sendReceipt();
  await logger.info('one');
  await logger.info('two');
  await stream.appendLine('a');
  await stream.appendLine('b');
  await queue.enqueue(1);
  await queue.enqueue(2);
}

export async function locked(mutex: any, cache: any) {
  await mutex.acquire();
  const a = await cache.get('a');
  const b = await cache.get('b');
  await mutex.release();
  return [a, b];
}

export async function transaction(db: any) {
  await db.begin();
  const user = await db.getUser(1);
  const prefs = await db.getPrefs(1);
  await db.commit();
  return [user, prefs];
}

export async function inTransaction(knex: any) {
  return knex.transaction(async (trx: any) => {
    const a = await trx.select('a');
    const b = await trx.select('b');
    return [a, b];
  });
}

export async function retried(api: any) {
  const a = await retry(() => api.getA());
  const b = await retry(() => api.getB());
  return [a, b];
}

async function delay(ms: any) {
  await sleep(ms);
}

async function retry(fn: any) {
  try {
    return await fn();
  } catch {
    return fn();
  }
}

export async function requests(url: any) {
  const created = await fetch(`${url}/items`, { method: 'POST', body: '{}' });
  const list = await fetch(`${url}/items`);
  const removed = await fetch(`${url}/items/1`, { method: verbFor('remove') });
  return [created, list, removed];
}

function verbFor(action: string) {
  return action === 'remove' ? 'DELETE' : 'GET';
}

export async function server(app: any, url: any) {
  await app.listen(3000);
  const res = await fetch(url);
  return res;
}
