/**
 * How fresh the list is, for the home page: the day an entry was last added, and how many entries the
 * 30 days up to that day brought. Counted back from the last addition, not from the build, so the same
 * content always says the same thing.
 */
import type { AddedDates } from './added-dates.ts';

const DAY_MS = 86_400_000;
export const FRESH_DAYS = 30;

export interface Freshness {
  /** YYYY-MM-DD of the newest addition. */
  lastUpdated: string;
  /** Entries added in the FRESH_DAYS days up to and including lastUpdated. */
  addedRecently: number;
}

export function freshness(added: AddedDates, slugs: readonly string[]): Freshness | undefined {
  const days = slugs.map((slug) => added[slug]).filter((day): day is string => Boolean(day));
  if (!days.length) return undefined;
  const lastUpdated = days.reduce((newest, day) => (day > newest ? day : newest));
  const since = new Date(Date.parse(`${lastUpdated}T00:00:00Z`) - (FRESH_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  return { lastUpdated, addedRecently: days.filter((day) => day >= since).length };
}
