/**
 * Two models of one name: a 2026 model may share its name with a 2024 entry, and they are two entries. The
 * later one is told apart by its year in the title ("MedX (2026)", and so in its slug, medx-2026); validate
 * refuses two entries whose titles are the same name; and the duplicate checks (the importer's and the
 * weekly watch's) take a matching name for the same model only when the years agree.
 */
import { foldText } from './slug.ts';

/** The year that tells a model from an earlier one of its name, as a title ends with it: "MedX (2026)". */
const YEAR_SUFFIX = / ?\((\d{4})\)$/;

const wordsOf = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A title's words folded and run together: "Med-PaLM 2" and "MedPaLM 2" are one title, "MedX (2026)" and "MedX" two. */
export const titleKey = (title: string) => wordsOf(title).join('');

/** A title without its year ("MedX (2026)" → MedX, 2026), to compare names. */
export function nameAndYear(title: string): { name: string; year?: number } {
  const year = YEAR_SUFFIX.exec(title)?.[1];
  return year ? { name: title.replace(YEAR_SUFFIX, ''), year: Number(year) } : { name: title };
}

/** The year of an entry's date (2024, "2024-05"), if it has one. */
export function yearOf(date: unknown): number | undefined {
  const year = typeof date === 'number' ? date : typeof date === 'string' ? Number(/^(\d{4})/.exec(date)?.[1]) : undefined;
  return year !== undefined && Number.isInteger(year) ? year : undefined;
}

/** The title with the year of `date` in place of any it has: "MedX (2026)". */
export const withYear = (title: string, date: unknown) => {
  const year = yearOf(date);
  return year === undefined ? title : `${nameAndYear(title).name} (${year})`;
};

/**
 * A namer of titles for new entries beside `known` ones (and each other): a title whose name an entry of
 * another year already has gets its own year ("MedX (2026)"); any other title is kept. Of one name in one
 * year there is one model, which the duplicate check has skipped before it gets here.
 */
export function titleNamer(known: Iterable<{ title: string; date?: unknown }>): (title: string, date?: unknown) => string {
  const yearsByName = new Map<string, Set<number | undefined>>();
  const add = (title: string, date: unknown) => {
    const { name, year = yearOf(date) } = nameAndYear(title);
    const key = titleKey(name);
    const years = yearsByName.get(key) ?? new Set();
    years.add(year);
    yearsByName.set(key, years);
  };
  for (const { title, date } of known) add(title, date);
  return (title, date) => {
    const year = yearOf(date);
    const taken = yearsByName.get(titleKey(nameAndYear(title).name));
    const named = taken && year !== undefined && !taken.has(year) && nameAndYear(title).year === undefined ? withYear(title, year) : title;
    add(named, date);
    return named;
  };
}
