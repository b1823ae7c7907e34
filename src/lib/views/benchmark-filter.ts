/**
 * The filters of a benchmark page (access, year, size, first- or third-party, flagged results hidden):
 * which result rows a view keeps and how the view is written in the URL, like the list's filters. Pure,
 * so the page script and the tests share it; without the script every row is shown.
 */
export const SIZE_BUCKETS = { small: 'under 10B', medium: '10B to 100B', large: 'over 100B', unknown: 'size not known' } as const;
export type SizeBucket = keyof typeof SIZE_BUCKETS;
const PARTIES = ['first-party', 'third-party'] as const;

/** A parameter count's bucket: the size filter's choices. */
export function sizeBucket(count: number | undefined): SizeBucket {
  if (count === undefined) return 'unknown';
  return count < 10e9 ? 'small' : count <= 100e9 ? 'medium' : 'large';
}

export interface BenchmarkFilterState {
  /** Access levels; a row matches any one chosen. */
  access: string[];
  /** The year the number was reported. */
  year?: string;
  size?: SizeBucket;
  party?: (typeof PARTIES)[number];
  hideFlagged: boolean;
}

/** What the page knows of one result row, read from its data attributes. */
export interface BenchmarkFilterRecord {
  access?: string;
  year: string;
  size: SizeBucket;
  party: string;
  flagged: boolean;
}

const YEAR = /^\d{4}$/;

/** Reads a view from query parameters; anything malformed is ignored. */
export function parseBenchmarkFilter(params: URLSearchParams): BenchmarkFilterState {
  const year = params.get('year') ?? '';
  const size = params.get('size') ?? '';
  const party = params.get('party') ?? '';
  return {
    access: [...new Set(params.getAll('access').filter(Boolean))],
    ...(YEAR.test(year) ? { year } : {}),
    ...(size in SIZE_BUCKETS ? { size: size as SizeBucket } : {}),
    ...((PARTIES as readonly string[]).includes(party) ? { party: party as BenchmarkFilterState['party'] } : {}),
    hideFlagged: params.get('flagged') === 'hide',
  };
}

/** Writes a view as query parameters, the defaults left out. */
export function benchmarkFilterToParams(state: BenchmarkFilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const access of state.access) params.append('access', access);
  if (state.year) params.set('year', state.year);
  if (state.size) params.set('size', state.size);
  if (state.party) params.set('party', state.party);
  if (state.hideFlagged) params.set('flagged', 'hide');
  return params;
}

export const rowMatches = (row: BenchmarkFilterRecord, state: BenchmarkFilterState) =>
  (!state.access.length || (row.access !== undefined && state.access.includes(row.access))) &&
  (!state.year || row.year === state.year) &&
  (!state.size || row.size === state.size) &&
  (!state.party || row.party === state.party) &&
  !(state.hideFlagged && row.flagged);

/**
 * Rows best first as their headline is chosen: the best unflagged one leads, flagged ones come after the
 * rest. Used by the build and, on the rows a filter leaves, by the benchmark page's script.
 */
export function headlineFirst<T extends { value: number; flagged: boolean }>(rows: readonly T[], higherIsBetter: boolean): T[] {
  const sign = higherIsBetter ? -1 : 1;
  return [...rows].sort((a, b) => Number(a.flagged) - Number(b.flagged) || sign * (a.value - b.value));
}
