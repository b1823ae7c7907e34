import { expect, it } from 'vitest';
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
