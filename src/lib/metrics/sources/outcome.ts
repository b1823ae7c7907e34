/** What asking a service about one id gave. */
export type FetchOutcome<T> =
  /** leftOut: what of the answer was not kept, for the report (a card's results beyond the cap, ...). */
  | { kind: 'fetched'; value: T; renamedTo?: string; leftOut?: string }
  | { kind: 'notFound' }
  | { kind: 'failed'; reason: string };

export type Progress = (done: number, total: number) => void;

/** Splits ids into batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
