/**
 * Side-by-side comparison: entries from the open data (as in /data/entries.json), one row per fact and per
 * reported benchmark, variant and metric, every value written out ("unknown" or "not reported" where there
 * is none) and each row marked when the entries differ. The numbers (citations, stars...) have a row only
 * where some of the entries has one, each with the day it is as of; those not fetched yet are named in a
 * note that says when the refresh runs. Bundled into the compare page's script: types only from the
 * open-data module.
 */
import { licenseLabel } from '../content/license-names.ts';
import { githubUrl, huggingfaceUrl } from '../content/urls.ts';
import { SECTION_INFO } from '../content/labels.ts';
import { ACCESS_LABELS, SPECIALTY_LABELS } from '../content/vocabulary.ts';
import { METRICS_REFRESH_WHEN } from '../metrics/schedule.ts';
import { entryCount, formatCount, formatDay } from './format.ts';
import type { OpenEntry } from './open-data.ts';
import { flagText, formatResultValue, settingText, type ValueDecimals } from './results.ts';
import type { BenchmarkLookup, Result } from '../content/benchmarks.ts';

/** At most this many entries side by side: more columns than a screen holds compare nothing. */
export const MAX_COMPARED = 4;

/**
 * The comparison reads the open data split by slug into this many files (/data/compare/<n>.json), so
 * comparing four entries fetches four small files, not the whole list (10 MB at 10,000 entries).
 */
export const COMPARE_FILES = 64;

/** Which of those files holds an entry: a hash of its slug (FNV-1a), the same on the build and in the browser. */
export function compareFileOf(slug: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % COMPARE_FILES;
}

/**
 * What "Add an entry by its title" offers: each entry's slug and title, newest first, in one small file
 * (/data/compare/titles.json) rather than the list pages' browse indexes (about 40 KB gzip today, megabytes
 * at 10,000 entries).
 */
export type CompareTitles = [slug: string, title: string][];

export const compareTitles = (entries: readonly { slug: string; data: { title: string } }[]): CompareTitles => entries.map(({ slug, data }) => [slug, data.title]);

/** A value the comparison shows as a link: a paper, a Hub model, a repository. */
export interface CompareLink {
  text: string;
  href: string;
}

export interface CompareRow {
  label: string;
  values: string[];
  /** Where the values are addresses: each entry's as links, in the order of `values`. */
  links?: CompareLink[][];
  /** The entries do not all have the same value. */
  differs: boolean;
}

const UNKNOWN = 'unknown';
const NOT_REPORTED = 'not reported';
const list = (values: readonly string[]) => (values.length ? values.join(', ') : UNKNOWN);

const FACTS: readonly [string, (entry: OpenEntry) => string][] = [
  ['Published', (e) => e.date],
  ['Section', (e) => SECTION_INFO[e.section].title],
  ['Institutes', (e) => list(e.institutes)],
  ['Specialties', (e) => list((e.specialties ?? []).map((specialty) => SPECIALTY_LABELS[specialty]))],
  ['Access', (e) => (e.access ? ACCESS_LABELS[e.access] : UNKNOWN)],
  ['Base model', (e) => e.baseModel ?? UNKNOWN],
  ['Parameters', (e) => e.parameters ?? UNKNOWN],
  ['Modalities', (e) => list(e.modalities)],
  ['Licence', (e) => (e.license ? licenseLabel(e.license) : UNKNOWN)],
  ['Peer-reviewed at', (e) => e.venue ?? UNKNOWN],
];

/** The facts that are addresses: written as links, "unknown" where an entry has none. */
const LINK_FACTS: readonly [string, (entry: OpenEntry) => CompareLink[]][] = [
  ['Papers', (e) => e.papers.map((p) => ({ text: p.url, href: p.url }))],
  ['Hugging Face', (e) => e.huggingface.map((h) => ({ text: h.id, href: huggingfaceUrl(h.id) }))],
  ['GitHub', (e) => e.github.map((g) => ({ text: g.repo, href: githubUrl(g.repo) }))],
];

/** A row of the comparison: marked where the entries' values differ. */
const compareRow = (label: string, values: string[]): CompareRow => ({ label, values, differs: new Set(values).size > 1 });

/** The oldest of some fetch times. */
const oldest = (times: readonly (string | undefined)[]) => times.filter((time) => time !== undefined).sort()[0];

/** Each number: its row's label, the words of the note, the entry's value and fetch time, and whether the refresh has anything to fetch it from. */
const NUMBERS: readonly { label: string; words: string; value: (e: OpenEntry) => number | undefined; fetchedAt: (e: OpenEntry) => string | undefined; fetchable: (e: OpenEntry) => boolean }[] = [
  { label: 'Citations', words: 'citations', value: (e) => e.citations, fetchedAt: (e) => oldest(e.papers.map((p) => p.citationsFetchedAt)), fetchable: (e) => e.papers.some((p) => p.semanticScholar) },
  { label: 'GitHub stars', words: 'GitHub stars', value: (e) => e.stars, fetchedAt: (e) => oldest(e.github.map((g) => g.starsFetchedAt)), fetchable: (e) => e.github.length > 0 },
  { label: 'Hugging Face likes', words: 'Hugging Face likes', value: (e) => e.likes, fetchedAt: (e) => oldest(e.huggingface.map((h) => h.likesFetchedAt)), fetchable: (e) => e.huggingface.length > 0 },
  { label: 'Downloads (30 days)', words: 'downloads', value: (e) => e.downloads, fetchedAt: (e) => oldest(e.huggingface.map((h) => h.likesFetchedAt)), fetchable: (e) => e.huggingface.length > 0 },
];

/** A number with the day it is as of: "1.2k as of Nov 20, 2026". */
function numberText(number: (typeof NUMBERS)[number], entry: OpenEntry): string {
  const value = number.value(entry);
  if (value === undefined) return UNKNOWN;
  const fetchedAt = number.fetchedAt(entry);
  return fetchedAt ? `${formatCount(value)} as of ${formatDay(fetchedAt)}` : formatCount(value);
}

/**
 * What the comparison cannot show yet: the numbers none of the entries has although the refresh could
 * fetch them (before the first refresh, all of them), and when it runs.
 */
export function unfetchedNumbersNote(entries: readonly OpenEntry[]): string | undefined {
  const pending = NUMBERS.filter((number) => entries.every((entry) => number.value(entry) === undefined) && entries.some(number.fetchable));
  if (!pending.length) return undefined;
  return `No ${new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(pending.map((number) => number.words))} fetched for these entries yet: the metrics refresh runs ${METRICS_REFRESH_WHEN}.`;
}

type OpenResult = NonNullable<OpenEntry['results']>[number];
const resultKey = ({ benchmark, variant, metric }: Pick<OpenResult, 'benchmark' | 'variant' | 'metric'>) => `${benchmark}.${variant}.${metric}`;

/** What the compare files say of each benchmark, variant and metric their entries report: its name, and its metric's one number format. */
export type ResultNames = Record<string, { label: string; unit: string; decimals: number }>;

/** The names of the results some entries report, from the registry and the list's number formats (results.ts's `valueDecimals`). */
export function resultNames(entries: readonly OpenEntry[], benchmarks: BenchmarkLookup, decimals: ValueDecimals): ResultNames {
  const names: ResultNames = {};
  for (const result of entries.flatMap((entry) => entry.results ?? [])) {
    const benchmark = benchmarks.get(result.benchmark);
    const variant = benchmark?.variants.find((v) => v.id === result.variant);
    const metric = benchmark?.metrics.find((m) => m.id === result.metric);
    if (!benchmark || !variant || !metric) continue;
    names[resultKey(result)] = { label: `${benchmark.name} · ${variant.name} · ${metric.name}`, unit: metric.unit, decimals: decimals.get(`${result.benchmark}.${result.metric}`) ?? 0 };
  }
  return names;
}

const resultText = (result: OpenResult, names: ResultNames) => {
  const name = names[resultKey(result)];
  const value = name ? formatResultValue(result.value, name, name.decimals) : String(result.value);
  const flags = (result as { flags?: string[] }).flags ?? [];
  const notes = [result.model, settingText(result.setting as Result['setting']), flags.length ? `flagged: ${flagText(flags)}` : ''].filter(Boolean);
  return `${value} (${notes.join('; ')})`;
};

/**
 * Every result of every compared entry, one row per benchmark, variant and metric: lined up where entries
 * share one (those rows first), each entry's numbers with their checkpoint, setting and flags, "not
 * reported" where it has none.
 */
function resultRows(entries: readonly OpenEntry[], names: ResultNames): CompareRow[] {
  const reporters = new Map<string, number>();
  for (const entry of entries) for (const key of new Set((entry.results ?? []).map(resultKey))) reporters.set(key, (reporters.get(key) ?? 0) + 1);
  return [...reporters.entries()]
    .sort(([a, m], [b, n]) => Number(n > 1) - Number(m > 1) || a.localeCompare(b))
    .map(([key]) =>
      compareRow(names[key]?.label ?? key.replaceAll('.', ' · '), entries.map((entry) => (entry.results ?? []).filter((result) => resultKey(result) === key).map((result) => resultText(result, names)).join(' · ') || NOT_REPORTED)),
    );
}

export function compareRows(entries: readonly OpenEntry[], names: ResultNames = {}): CompareRow[] {
  const numbers = NUMBERS.filter((number) => entries.some((entry) => number.value(entry) !== undefined));
  return [
    ...FACTS.map(([label, valueOf]) => compareRow(label, entries.map(valueOf))),
    ...LINK_FACTS.map(([label, linksOf]) => {
      const links = entries.map(linksOf);
      return { ...compareRow(label, links.map((entryLinks) => list(entryLinks.map((link) => link.text)))), links };
    }),
    ...numbers.map((number) => compareRow(number.label, entries.map((entry) => numberText(number, entry)))),
    ...resultRows(entries, names),
  ];
}

/**
 * What the compare tray and toggles say of a choice of `count` entries: how many are chosen, the link's
 * words once there are two to compare, and, once the comparison is full, why no more can be added (every
 * disabled "Add" says so).
 */
export function compareChoiceText(count: number): { chosen: string; go?: string; full?: string } {
  return {
    chosen: count === 1 ? `1 of ${MAX_COMPARED} chosen; choose one more to compare.` : `${count} of ${MAX_COMPARED} chosen to compare.`,
    ...(count >= 2 ? { go: `Compare ${entryCount(count)}` } : {}),
    ...(count >= MAX_COMPARED ? { full: `The comparison is full (${count} of ${MAX_COMPARED}): remove one to add another.` } : {}),
  };
}

/** The slugs a compare link names: its ids, each once, at most MAX_COMPARED. */
export function comparedSlugs(search: string): string[] {
  const ids = (new URLSearchParams(search).get('ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}
