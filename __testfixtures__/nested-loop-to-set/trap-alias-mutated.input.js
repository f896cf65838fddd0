// The scanned array grows inside the loop through another name: a Set built before it goes stale.
export function firstSeen(xs) {
  const seen = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const log = seen;
  return xs.filter((x) => {
    const was = seen.includes(x);
    log.push(x);
    return was;
  });
}

export function firstSeenInState(xs) {
  const seen = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const state = { seen };
  return xs.filter((x) => {
    const was = seen.indexOf(x) !== -1;
    state.seen.push(x);
    return was;
  });
}
