// TypeScript loops with loop-carried state through a closure and a counter in the arguments.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

export async function counted(api: Api, ids: number[]) {
  let calls = 0;
  const tracked = async (id: number) => {
    calls++;
    return api.get(id, calls);
  };
  const out: string[] = [];
  for (const id of ids) out.push(await tracked(id));
  return out;
}

export async function indexed(api: Api, ids: number[]) {
  const res: string[] = [];
  let n = 0;
  for (let i = 0; i < ids.length; i++) res[i] = await api.get(ids[i], n++);
  return res;
}
