// Not one awaited call per statement, or Promise is someone else's.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

export async function promises(a: Promise<string>, b: Promise<string>) {
  const x = await a;
  const y = await b;
  return x + y;
}

export async function alreadyAll(api: Api) {
  const [a, b] = await Promise.all([api.getA(), api.getB()]);
  const c = await Promise.all([api.getC()]);
  return [a, b, c];
}

export async function shadowed(api: Api) {
  const Promise = { all: (xs: unknown[]) => xs };
  const a = await api.getA();
  const b = await api.getB();
  return [a, b, Promise];
}

export function notAsync(api: Api) {
  const run = async () => {
    const a = api.getA();
    const b = api.getB();
    return [await a, await b];
  };
  return run();
}

export async function nestedAwait(api: Api) {
  const a = await api.getA(await api.getB());
  const c = await api.getC();
  return [a, c];
}
