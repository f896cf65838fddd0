// The loop suspends (yield, await, for await, async callbacks): other code runs meanwhile and may
// change the scanned array, which a Set built before the loop would not see.
export function* matching(xs, ys) {
  for (const x of xs) {
    if (ys.includes(x)) yield x;
  }
}

export function drain(xs, ys) {
  const out = [];
  for (const v of matching(xs, ys)) {
    out.push(v);
    ys.length = 0;
  }
  return out;
}

export async function matchingLater(xs, ys) {
  const out = [];
  for (const x of xs) {
    await null;
    if (ys.includes(x)) out.push(x);
  }
  return out;
}

export async function matchingInCallbacks(xs, ys) {
  const out = [];
  xs.forEach(async (x) => {
    await null;
    if (ys.includes(x)) out.push(x);
  });
  ys.length = 0;
  await null;
  await null;
  return out;
}

export async function matchingStream(stream, ys) {
  const out = [];
  for await (const x of stream) if (ys.includes(x)) out.push(x);
  return out;
}
