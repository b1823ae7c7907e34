/**
 * Browsing: which entries a filtered, sorted view shows, and how that view is written in the URL.
 * Pure, so the page script and the tests share it; the page only reads records and toggles elements.
 */
import { foldText } from '../content/slug.ts';
import { SLUG_PATTERN } from '../content/vocabulary.ts';

/** `result` orders by the chosen benchmark column (src/lib/views/result-columns.ts), so only with one. */
const SORTS = ['date', 'added', 'citations', 'stars', 'likes', 'downloads', 'result'] as const;
export type SortKey = (typeof SORTS)[number];
/** How a list shows its entries: cards, or one table row each. */
type ViewKind = 'cards' | 'table';

export interface FilterState {
  /** First and last month shown, YYYY-MM, inclusive. */
  from?: string;
  to?: string;
  /** Institute names; an entry matches if it or a parent of its institutes is any of them. */
  institutes: string[];
  /** Access levels (open-weights, gated, ...), modalities, specialties, tasks and licences or their kinds; an entry matches any one chosen. */
  access: string[];
  modalities: string[];
  specialties: string[];
  tasks: string[];
  licenses: string[];
  q: string;
  sort: SortKey;
  view: ViewKind;
  /** A benchmark result the table shows as a column, as benchmark.variant.metric. */
  result?: string;
}

/** What the page knows of one entry, read once from its element. */
export interface FilterRecord {
  slug: string;
  date: string;
  /** Canonical names of the entry's institutes and all their parents. */
  institutes: string[];
  /** Title, summary, Hub and GitHub ids and institute names (aliases included), folded by `foldText`. */
  text: string;
  /** YYYY-MM-DD the entry entered the list, where known. */
  added?: string;
  citations?: number;
  stars?: number;
  likes?: number;
  downloads?: number;
  access?: string;
  modalities: string[];
  specialties: string[];
  tasks: string[];
  /** The entry's licence and its kind (open, restricted), where known. */
  licenses: string[];
}

export const EMPTY_FILTER: FilterState = { institutes: [], access: [], modalities: [], specialties: [], tasks: [], licenses: [], q: '', sort: 'date', view: 'cards' };

/** The facets of a view and the query parameter each is written as, once per chosen value. */
export const FACET_PARAMS = { institutes: 'institute', access: 'access', modalities: 'modality', specialties: 'specialty', tasks: 'task', licenses: 'license' } as const;
type Facet = keyof typeof FACET_PARAMS;
const FACETS = Object.keys(FACET_PARAMS) as Facet[];
/** Facets whose choices show how many entries each would give: choosing one more of them widens the view. */
export const COUNTED_FACETS = ['institutes', 'specialties', 'tasks'] as const;
export type CountedFacet = (typeof COUNTED_FACETS)[number];


const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A benchmark result column as the URL writes it: medqa.us-4-option-test.accuracy (ids never hold a dot). */
export const resultColumnKey = (benchmark: string, variant: string, metric: string) => `${benchmark}.${variant}.${metric}`;

/** The benchmark a column key names, or undefined if the key is not three ids. */
export function columnBenchmark(key: string): string | undefined {
  const ids = key.split('.');
  return ids.length === 3 && ids.every((id) => SLUG_PATTERN.test(id)) ? ids[0] : undefined;
}
const YEAR = /^\d{4}$/;

/** Why the best-result sort cannot be had yet: the list offers benchmark columns and none is chosen, or it has no results at all. */
export const resultSortNeeds = (columnsOffered: boolean) =>
  columnsOffered ? 'choose a benchmark column first' : 'no entry of this list reports a benchmark result';

/** A link asked for the best-result sort but the view sorts otherwise (no column it offers): the page says so rather than ignoring it. */
export const resultSortUnmet = (params: URLSearchParams, sort: SortKey) => params.get('sort') === 'result' && sort !== 'result';

/** Reads a view from query parameters; anything malformed is ignored rather than failing the page. */
export function parseFilterState(params: URLSearchParams): FilterState {
  const month = (name: string) => {
    const value = params.get(name) ?? '';
    return MONTH.test(value) ? value : undefined;
  };
  const year = params.get('year') ?? '';
  const sort = params.get('sort') as SortKey;
  const result = params.get('result') ?? '';
  const all = (name: string) => [...new Set(params.getAll(name).filter(Boolean))];
  const state: FilterState = {
    ...EMPTY_FILTER,
    q: (params.get('q') ?? '').trim(),
    sort: SORTS.includes(sort) && (sort !== 'result' || columnBenchmark(result)) ? sort : 'date',
    view: params.get('view') === 'table' ? 'table' : 'cards',
    ...(columnBenchmark(result) ? { result } : {}),
  };
  for (const facet of FACETS) state[facet] = all(FACET_PARAMS[facet]);
  const from = YEAR.test(year) ? `${year}-01` : month('from');
  const to = YEAR.test(year) ? `${year}-12` : month('to');
  if (from) state.from = from;
  if (to) state.to = to;
  return state;
}

/** Writes a view as query parameters, leaving defaults out so the plain page has a plain URL. */
export function filterStateToParams(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.from && state.to && state.from.slice(0, 4) === state.to.slice(0, 4) && state.from.endsWith('-01') && state.to.endsWith('-12')) {
    params.set('year', state.from.slice(0, 4));
  } else {
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
  }
  for (const facet of FACETS) for (const value of state[facet]) params.append(FACET_PARAMS[facet], value);
  if (state.sort !== 'date') params.set('sort', state.sort);
  if (state.view !== 'cards') params.set('view', state.view);
  if (state.result) params.set('result', state.result);
  return params;
}

/** How many facet choices and date bounds a view has set (the text search aside). */
export const activeFilterCount = (state: FilterState) => (state.from || state.to ? 1 : 0) + FACETS.reduce((sum, facet) => sum + state[facet].length, 0);

export const isFiltered = (state: FilterState) => Boolean(state.q) || activeFilterCount(state) > 0;

/** Whether a record is in the view, leaving out one counted facet when its choices are being counted. */
function matchesExcept(record: FilterRecord, state: FilterState, words: string[], except?: CountedFacet): boolean {
  if (state.from && record.date < state.from) return false;
  if (state.to && record.date > state.to) return false;
  if (state.access.length && !(record.access && state.access.includes(record.access))) return false;
  for (const facet of ['modalities', 'licenses', ...COUNTED_FACETS] as const) {
    if (facet !== except && state[facet].length && !state[facet].some((value) => record[facet].includes(value))) return false;
  }
  return words.every((word) => record.text.includes(word));
}

const wordsOf = (q: string) => foldText(q).split(' ').filter(Boolean);

/** An entry's value in the chosen result column, and which way is better: what sort=result orders by. */
export interface ResultOrder {
  values: ReadonlyMap<string, number>;
  higherIsBetter: boolean;
}

/**
 * Best (highest, most recently added; lowest where lower is better) first, entries without a value last.
 * Ties compare equal, so a stable sort keeps the records' own order (newest first) among them.
 */
function compareBy(valueOf: (record: FilterRecord) => number | string | undefined, higherFirst = true): (a: FilterRecord, b: FilterRecord) => number {
  const sign = higherFirst ? 1 : -1;
  return (a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return sign * (typeof x === 'string' ? String(y).localeCompare(x) : (y as number) - x);
  };
}

/**
 * The records a view shows, in its order. `records` come in the plain page's order (newest first,
 * as the build wrote them), which is the date order and breaks ties of the other orders; sorting by a
 * result column needs its values (until they have loaded, the view keeps the date order).
 */
export function applyFilter(records: readonly FilterRecord[], state: FilterState, resultOrder?: ResultOrder): FilterRecord[] {
  const words = wordsOf(state.q);
  const kept = records.filter((record) => matchesExcept(record, state, words));
  const { sort } = state;
  if (sort === 'date') return kept;
  if (sort === 'result') return resultOrder ? kept.sort(compareBy((record) => resultOrder.values.get(record.slug), resultOrder.higherIsBetter)) : kept;
  return kept.sort(compareBy((record) => record[sort]));
}

/**
 * How many entries each choice of a counted facet (institutes, specialties, tasks) would show with the other
 * filters as they are: the counts beside its choices (choosing one more widens, never narrows, the view).
 */
export function facetCounts(records: readonly FilterRecord[], state: FilterState, facet: CountedFacet): Map<string, number> {
  const words = wordsOf(state.q);
  const counts = new Map<string, number>();
  for (const record of records) {
    if (!matchesExcept(record, state, words, facet)) continue;
    for (const value of record[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The filters of a view in words, for a table's caption or an export: "institute Google, 2024, search clinical". */
export function describeFilters(state: FilterState): string {
  const parts: string[] = [];
  if (state.q) parts.push(`search "${state.q}"`);
  // A result column is what the table shows, not which entries.
  const { result: _column, ...filters } = state;
  const params = filterStateToParams({ ...filters, q: '', sort: 'date', view: 'cards' });
  for (const [name, value] of params) parts.push(name === 'year' ? value : `${name} ${value}`);
  return parts.join(', ');
}
