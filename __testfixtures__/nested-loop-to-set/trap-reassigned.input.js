// `allowed` is replaced inside the loop.
export function walk(steps, allowed) {
  const taken = [];
  for (const step of steps) {
    if (allowed.includes(step)) {
      taken.push(step);
      allowed = allowed.filter((s) => s !== step);
    }
  }
  return taken;
}
