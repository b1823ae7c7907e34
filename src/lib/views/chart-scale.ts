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

/** The box of a benchmark page's charts: both kinds alike, so they line up one above the other. */
export const RESULT_CHART_BOX = { width: 640, height: 260, left: 48, right: 16, top: 12, bottom: 36 } as const;

/** A value axis from 0 to round ticks over the highest value, and its scale in the box (up is more). */
export function valueAxis(highest: number, box: { height: number; top: number; bottom: number } = RESULT_CHART_BOX) {
  const ticks = niceTicks(highest);
  return { ticks, y: linear(0, ticks.at(-1)!, box.height - box.bottom, box.top) };
}
