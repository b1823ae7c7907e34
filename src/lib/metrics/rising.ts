/** The "rising" view: which entries gained the most citations, stars or likes over the last 30 or 90 days. */
import { growth, type HistoryFile, type Series } from './history.ts';
import type { HistoryKind } from './kinds.ts';
import type { Entry } from '../content/schema.ts';

/** An entry's series for one metric: one per paper, repository or Hub id that has history. */
function entrySeries(entry: Entry, history: HistoryFile, kind: HistoryKind): { id: string; series: Series }[] {
  const ids =
    kind === 'citations'
      ? entry.data.papers.flatMap((p) => (p.semanticScholar ? [p.semanticScholar] : []))
      : kind === 'stars'
        ? entry.data.github
        : entry.data.huggingface;
  const table = kind === 'citations' ? history.semanticScholar : kind === 'stars' ? history.github : history.huggingface;
  return ids.flatMap((id) => (table[id] ? [{ id, series: table[id] }] : []));
}

export interface EntryGrowth {
  entry: Entry;
  absolute: number;
  /** Over the starting total; undefined when that was 0. */
  relative: number | undefined;
  /** The shortest span among the entry's series: the growth covers at least this many days. */
  days: number;
  from: string;
  to: string;
}

/** An entry's growth over the window, summed over its ids; undefined while no id has two points. */
export function entryGrowth(entry: Entry, history: HistoryFile, kind: HistoryKind, days: number): EntryGrowth | undefined {
  const parts = entrySeries(entry, history, kind).flatMap(({ series }) => {
    const g = growth(series, days);
    return g ? [g] : [];
  });
  if (parts.length === 0) return undefined;
  const start = parts.reduce((sum, g) => sum + g.from[1], 0);
  const absolute = parts.reduce((sum, g) => sum + g.absolute, 0);
  return {
    entry,
    absolute,
    relative: start > 0 ? absolute / start : undefined,
    days: Math.min(...parts.map((g) => g.days)),
    from: parts.map((g) => g.from[0]).sort()[0]!,
    to: parts.map((g) => g.to[0]).sort().at(-1)!,
  };
}

/** Entries by absolute growth, most first (ties by relative growth); entries without history left out. */
export function rising(entries: readonly Entry[], history: HistoryFile, kind: HistoryKind, days: number, limit = 10): EntryGrowth[] {
  return entries
    .flatMap((entry) => {
      const g = entryGrowth(entry, history, kind, days);
      return g ? [g] : [];
    })
    .sort((a, b) => b.absolute - a.absolute || (b.relative ?? 0) - (a.relative ?? 0))
    .slice(0, limit);
}

/** The days the whole history spans: its first and last point over every series. */
export function historySpan(history: HistoryFile): { first: string; last: string; days: number } | undefined {
  const days = [history.github, history.huggingface, history.semanticScholar].flatMap((table) => Object.values(table).flatMap((s) => s.map(([d]) => d))).sort();
  if (days.length === 0) return undefined;
  const [first, last] = [days[0]!, days.at(-1)!];
  return { first, last, days: (Date.parse(last) - Date.parse(first)) / 86_400_000 };
}
