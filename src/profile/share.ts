/** Below this share of all samples a candidate is cold when a profile is given (`--min-share`). */
export const DEFAULT_MIN_SHARE = 0.01;

/** `0.2%`, `12%`, `0.05%`: a share written for people. */
export function percent(share: number): string {
  const p = share * 100;
  if (p === 0) return '0%';
  const digits = p >= 10 ? 0 : p >= 1 ? 1 : p >= 0.1 ? 1 : 2;
  return `${Number(p.toFixed(digits))}%`;
}

export function coldReason(share: number, minShare: number): string {
  return `cold: ${percent(share)} of samples, below ${percent(minShare)}`;
}
