/** Small helpers for charts drawn at build time: scales and round tick values. */

/** Maps [d0, d1] onto [r0, r1] linearly. */
export const linear = (d0: number, d1: number, r0: number, r1: number) => (value: number) =>
  d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);

/** Round ticks from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

/** Powers of ten covering [min, max], for a log axis: 1, 10, 100, ... */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(Math.max(1, min))); p <= Math.ceil(Math.log10(Math.max(1, max))); p++) ticks.push(10 ** p);
  return ticks;
}
