/** The comparison being put together in this browser: up to four entries, remembered across pages. */
import { MAX_COMPARED } from '../lib/views/compare.ts';

const STORAGE_KEY = 'compare';

export function chosen(): string[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((slug): slug is string => typeof slug === 'string').slice(0, MAX_COMPARED) : [];
  } catch {
    return [];
  }
}

export const choose = (slugs: readonly string[]) => localStorage.setItem(STORAGE_KEY, JSON.stringify(slugs.slice(0, MAX_COMPARED)));

/** Adds an entry to the comparison, or takes it out if it is in; a full comparison takes no more. */
export function toggleChoice(slug: string): string[] {
  const slugs = chosen();
  const next = slugs.includes(slug) ? slugs.filter((other) => other !== slug) : slugs.length < MAX_COMPARED ? [...slugs, slug] : slugs;
  choose(next);
  return next;
}

export const compareUrl = (base: string, slugs: readonly string[]) => `${base}/compare/?ids=${slugs.map(encodeURIComponent).join(',')}`;
