/** Statistics of the benchmark: median and nearest-rank percentile (a dozen lines; no library needed). */

const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile: the smallest sample that at least p % of the samples do not exceed. */
export const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
export const summary = (xs, unit = 'ms', extra = {}) => ({
  median: median(xs),
  p95: percentile(xs, 95),
  n: xs.length,
  unit,
  ...extra,
});
