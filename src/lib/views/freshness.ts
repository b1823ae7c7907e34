/**
 * How fresh the list is, for the home page: the day an entry was last added, and how many entries the
 * 30 days up to that day brought. Counted back from the last addition, not from the build, so the same
 * content always says the same thing. The earliest day is the list's first import, which brought
 * everything the list started with: its entries are where the list began, not additions.
 */
import type { AddedDates } from './added-dates.ts';

const DAY_MS = 86_400_000;
export const FRESH_DAYS = 30;

export interface Freshness {
  /** YYYY-MM-DD of the list's first import (the earliest added date). */
  imported: string;
  /** YYYY-MM-DD of the newest addition after the import; undefined when nothing was added since. */
  lastAdded: string | undefined;
  /** Entries added after the import in the FRESH_DAYS days up to and including lastAdded. */
  addedRecently: number;
}

export function freshness(added: AddedDates, slugs: readonly string[]): Freshness | undefined {
  const days = slugs.map((slug) => added[slug]).filter((day): day is string => Boolean(day)).sort();
  const imported = days[0];
  if (!imported) return undefined;
  const additions = days.filter((day) => day > imported);
  const lastAdded = additions.at(-1);
  if (!lastAdded) return { imported, lastAdded, addedRecently: 0 };
  const since = new Date(Date.parse(`${lastAdded}T00:00:00Z`) - (FRESH_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  return { imported, lastAdded, addedRecently: additions.filter((day) => day >= since).length };
}
