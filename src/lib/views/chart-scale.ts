/**
 * Small helpers for charts drawn at build time: scales and round tick values. They take any number
 * (Infinity, NaN, 1e308, negatives, tiny spans) and still give a short finite tick list and finite
 * coordinates, so no entry or metric can make a chart loop or draw NaN.
 */

/** The largest value an axis reaches: above it a tick list of round steps would leave the finite numbers. */
const AXIS_CEILING = 1e15;
/** The smallest top of a value axis: below it steps become too small to print apart. */
const AXIS_FLOOR = 1e-9;

/** A value clamped into [floor, AXIS_CEILING]; NaN counts as the floor. */
const onAxis = (value: number, floor: number) => (Number.isNaN(value) ? floor : Math.min(AXIS_CEILING, Math.max(floor, value)));

/**
 * Maps [d0, d1] onto [r0, r1] linearly. A value outside the domain stays at the range's nearer end and
 * NaN or an infinite domain at its middle, so a point never leaves its chart's box.
 */
export function linear(d0: number, d1: number, r0: number, r1: number) {
  const [low, high] = r0 < r1 ? [r0, r1] : [r1, r0];
  const span = d1 - d0;
  return (value: number) => {
    const share = span === 0 || !Number.isFinite(span) ? 0.5 : (value - d0) / span;
    return Math.min(high, Math.max(low, r0 + (Number.isNaN(share) ? 0.5 : share) * (r1 - r0)));
  };
}

/** Round ticks from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten, at most `count` + 1 of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const top = onAxis(max, AXIS_FLOOR);
  const rough = top / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  // Counted, not stepped up to the top: a step too small to change a large number cannot loop.
  const steps = Math.ceil(top / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Powers of ten covering [min, max], for a log axis: 1, 10, 100, ... up to 10^15, at least one. */
export function logTicks(min: number, max: number): number[] {
  const first = Math.floor(Math.log10(onAxis(min, 1)));
  const last = Math.max(first, Math.ceil(Math.log10(onAxis(max, 1))));
  return Array.from({ length: last - first + 1 }, (_, i) => 10 ** (first + i));
}

/** The box of a benchmark page's charts: both kinds alike, so they line up one above the other. */
export const RESULT_CHART_BOX = { width: 640, height: 260, left: 48, right: 16, top: 12, bottom: 36 } as const;

/** A value axis from 0 to round ticks over the highest value, and its scale in the box (up is more). */
export function valueAxis(highest: number, box: { height: number; top: number; bottom: number } = RESULT_CHART_BOX) {
  const ticks = niceTicks(highest);
  return { ticks, y: linear(0, ticks.at(-1)!, box.height - box.bottom, box.top) };
}
