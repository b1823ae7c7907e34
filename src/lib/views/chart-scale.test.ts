import { describe, expect, it } from 'vitest';
import { linear, logTicks, niceTicks, valueAxis } from './chart-scale.ts';

it('maps a domain onto a range', () => {
  const x = linear(0, 10, 100, 300);
  expect([x(0), x(5), x(10)]).toEqual([100, 200, 300]);
  expect(linear(3, 3, 0, 10)(3)).toBe(5);
});

it('picks round ticks that cover the maximum', () => {
  expect(niceTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
  expect(niceTicks(33)).toEqual([0, 10, 20, 30, 40]);
  expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
  expect(niceTicks(0)).toEqual([0, 1]);
});

it('picks powers of ten for a log axis', () => {
  expect(logTicks(12, 5000)).toEqual([10, 100, 1000, 10000]);
  expect(logTicks(0, 1)).toEqual([1]);
});

it('puts a results chart’s values from 0 at the bottom of its box to the last round tick at the top', () => {
  const { ticks, y } = valueAxis(86.5, { height: 260, top: 12, bottom: 36 });
  expect(ticks).toEqual([0, 20, 40, 60, 80, 100]);
  expect([y(0), y(100), y(50)]).toEqual([224, 12, 118]);
});

describe('on any number, a short finite tick list at once', () => {
  const HOSTILE = [Infinity, -Infinity, NaN, 1e308, 1.7976931348623157e308, Number.MIN_VALUE, 1e-300, -5, -1e308, 0];
  const bounded = (ticks: number[]) => {
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThanOrEqual(16);
    for (const tick of ticks) expect(Number.isFinite(tick)).toBe(true);
    expect(new Set(ticks).size).toBe(ticks.length);
  };

  it('niceTicks and logTicks', () => {
    const started = performance.now();
    for (const max of HOSTILE) bounded(niceTicks(max));
    for (const min of HOSTILE) for (const max of HOSTILE) bounded(logTicks(min, max));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('keeps the axis of a huge value within 10^15 and of a tiny one above 10^-9', () => {
    expect(niceTicks(Infinity)).toEqual([0, 2e14, 4e14, 6e14, 8e14, 1e15]);
    expect(logTicks(1e9, Infinity).at(-1)).toBe(1e15);
    expect(niceTicks(1e-300)).toEqual([0, 2e-10, 4e-10, 6e-10, 8e-10, 1e-9]);
  });

  it('never maps a value outside the range, nor to NaN', () => {
    const y = linear(0, 100, 224, 12);
    expect([y(Infinity), y(-Infinity), y(1e308), y(-5), y(NaN)]).toEqual([12, 224, 12, 224, 118]);
    expect([linear(-Infinity, Infinity, 0, 10)(3), linear(-1e308, 1e308, 0, 10)(3), linear(NaN, 1, 0, 10)(3)]).toEqual([5, 5, 5]);
    for (const highest of [Infinity, NaN, 1e308, -1]) {
      const { ticks, y: scale } = valueAxis(highest);
      for (const tick of ticks) expect(Number.isFinite(scale(tick))).toBe(true);
    }
  });
});
