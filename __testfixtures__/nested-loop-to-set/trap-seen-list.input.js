// The list is handed to other code, spliced, reassigned, or pushed with side effects: a Set
// beside it could go stale (or run the side effect twice).
// @perfmod-check handedOut(g.array(g.key()))
export function handedOut(xs) {
  const seen = [];
  for (const x of xs) {
    if (!seen.includes(x)) {
      seen.push(x);
      log(seen);
    }
  }
  return seen.length;
}
function log(list) {
  if (list.length > 3) list.shift();
}

// @perfmod-check spliced(g.array(g.key()))
export function spliced(xs) {
  const seen = [];
  for (const x of xs) {
    if (!seen.includes(x)) seen.push(x);
    if (seen.length > 2) seen.splice(0, 1);
  }
  return seen;
}

// @perfmod-check sideEffects(g.array(g.key()))
export function sideEffects(xs) {
  const seen = [];
  let n = 0;
  for (const x of xs) {
    if (!seen.includes(x)) seen.push(x + n++);
  }
  return seen;
}

// A closure that outlives the call keeps using the list, which the caller also holds.
// @perfmod-check tracker(g.array(g.key()))
export function tracker(xs) {
  const seen = [];
  const add = (x) => {
    if (!seen.includes(x)) seen.push(x);
  };
  xs.forEach(add);
  return { seen, add };
}

// Only two items: a Set costs more than two scans of a short list.
// @perfmod-check twoFlags(g.array(g.key()))
export function twoFlags(flags) {
  const found = [];
  for (const f of ['a', 'b']) {
    if (!found.includes(f) && flags.includes(f)) found.push(f);
  }
  return found;
}
