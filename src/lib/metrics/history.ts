/**
 * The metrics history: for every id, a series of [day, value] points, at most one a day. Each refresh
 * appends what it fetched, then old points are thinned so the file stays small: every day of the
 * last 90 days, one point a week (the week's last) up to two years back, one a month before that.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export type Point = [day: string, value: number];
export type Series = Point[];

const pointSchema = z.tuple([z.iso.date(), z.number().int().nonnegative()]);
const tableSchema = z.record(z.string(), z.array(pointSchema)).default({});
export const historyFileSchema = z.object({ github: tableSchema, huggingface: tableSchema, semanticScholar: tableSchema });
export type HistoryFile = z.output<typeof historyFileSchema>;

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const DAILY_DAYS = 90;
const WEEKLY_DAYS = 730;

/** Adds today's value; a second refresh on one day replaces that day's point. */
export function appendPoint(series: readonly Point[], day: string, value: number): Series {
  const kept = series.filter(([d]) => d !== day);
  return [...kept, [day, value] as Point].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Keeps every point of the last 90 days, the last point of each week up to two years, of each month before. */
export function thin(series: readonly Point[], today: string): Series {
  const now = dayNumber(today);
  const bucketOf = ([day]: Point) => {
    const age = now - dayNumber(day);
    if (age < DAILY_DAYS) return `d${day}`;
    if (age < WEEKLY_DAYS) return `w${Math.floor((dayNumber(day) + 3) / 7)}`; // weeks from Monday
    return `m${day.slice(0, 7)}`;
  };
  const last = new Map<string, Point>();
  for (const point of series) last.set(bucketOf(point), point); // series is oldest first: the later point wins
  return [...last.values()].sort(([a], [b]) => (a < b ? -1 : 1));
}

export interface Growth {
  absolute: number;
  /** Growth over the starting value; undefined when that was 0. */
  relative: number | undefined;
  from: Point;
  to: Point;
  /** Days between the two points: less than asked for while the history is short. */
  days: number;
}

/**
 * Growth over the last `days`: from the latest point at or before the window's start (or, when the
 * history is shorter, its first point) to the newest point. Undefined with fewer than two points.
 */
export function growth(series: readonly Point[], days: number): Growth | undefined {
  if (series.length < 2) return undefined;
  const to = series.at(-1)!;
  const start = dayNumber(to[0]) - days;
  const from = [...series].reverse().find(([day]) => dayNumber(day) <= start) ?? series[0]!;
  if (from === to) return undefined;
  return {
    absolute: to[1] - from[1],
    relative: from[1] > 0 ? (to[1] - from[1]) / from[1] : undefined,
    from,
    to,
    days: dayNumber(to[0]) - dayNumber(from[0]),
  };
}

/** The history file beside a metrics file: content/metrics.json -> content/metrics-history.json. */
export const historyPathFor = (metricsPath: string) => join(dirname(metricsPath), 'metrics-history.json');

export async function readHistoryFile(path: string): Promise<HistoryFile> {
  try {
    return historyFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return historyFileSchema.parse({});
    throw new Error(`${path} is not a valid metrics history (${(error as Error).message.split('\n')[0]}); restore it from git`, { cause: error });
  }
}

/** Sorted ids, one series per line: small, and a refresh changes one line per id it fetched. */
export function serializeHistory(file: HistoryFile): string {
  const table = (rows: Record<string, Series>) => {
    const lines = Object.keys(rows)
      .sort()
      .map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(rows[id])}`);
    return lines.length ? `{\n${lines.join(',\n')}\n  }` : '{}';
  };
  return `{\n  "github": ${table(file.github)},\n  "huggingface": ${table(file.huggingface)},\n  "semanticScholar": ${table(file.semanticScholar)}\n}\n`;
}
