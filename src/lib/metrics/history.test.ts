import { expect, it } from 'vitest';
import { appendPoint, growth, historyFileSchema, serializeHistory, thin, type Point } from './history.ts';

/** One point a day from `start` for `count` days, values from `value` up by `step`. */
function daily(start: string, count: number, value = 100, step = 1): Point[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => [new Date(t0 + i * 86_400_000).toISOString().slice(0, 10), value + i * step]);
}

it('keeps one point a day: a second refresh on the same day replaces the first', () => {
  const once = appendPoint([['2026-11-20', 5]], '2026-11-25', 7);
  expect(once).toEqual([['2026-11-20', 5], ['2026-11-25', 7]]);
  expect(appendPoint(once, '2026-11-25', 9)).toEqual([['2026-11-20', 5], ['2026-11-25', 9]]);
});

it('thins old points: daily for 90 days, weekly to two years, monthly before', () => {
  const today = '2026-11-25';
  const series = daily('2023-11-25', 1097); // three years of daily points, up to today
  const thinned = thin(series, today);
  const age = ([day]: Point) => (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  expect(thinned.filter((p) => age(p) < 90)).toHaveLength(90);
  const weekly = thinned.filter((p) => age(p) >= 90 && age(p) < 730);
  expect(weekly.length).toBeGreaterThanOrEqual(91);
  expect(weekly.length).toBeLessThanOrEqual(93);
  const monthly = thinned.filter((p) => age(p) >= 730);
  expect(monthly.length).toBeGreaterThanOrEqual(12);
  expect(monthly.length).toBeLessThanOrEqual(14);
  expect(thinned.length).toBeLessThan(200);
  expect(thinned.at(-1)).toEqual(series.at(-1)); // the newest point always stays
  expect(thin(thinned, today)).toEqual(thinned); // thinning twice changes nothing
});

it('measures growth over a window, or over the history there is, and says how many days it covers', () => {
  const series = daily('2026-08-01', 117, 1000, 10); // to 2026-11-25
  expect(growth(series, 30)).toMatchObject({ absolute: 300, days: 30, from: ['2026-10-26', 1860], to: ['2026-11-25', 2160] });
  expect(growth(series, 30)!.relative).toBeCloseTo(300 / 1860);
  const short = daily('2026-11-15', 11, 0, 4);
  expect(growth(short, 90)).toMatchObject({ absolute: 40, days: 10, relative: undefined });
  expect(growth([['2026-11-25', 3]], 30)).toBeUndefined();
});

it('writes one line per id, and reads it back', () => {
  const file = historyFileSchema.parse({ github: { 'b/b': [['2026-11-25', 2]], 'a/a': [['2026-11-24', 1], ['2026-11-25', 3]] } });
  const text = serializeHistory(file);
  expect(text).toBe(`{
  "github": {
    "a/a": [["2026-11-24",1],["2026-11-25",3]],
    "b/b": [["2026-11-25",2]]
  },
  "huggingface": {},
  "semanticScholar": {}
}
`);
  expect(historyFileSchema.parse(JSON.parse(text))).toEqual(file);
});
