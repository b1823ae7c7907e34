/** How an entry can be used, in words, for its page and its search record (not the page script: the schema brings zod). */
import { ACCESS_LABELS } from '../content/schema.ts';
import { formatMonth } from './format.ts';

/** "API only", or "API only, withdrawn Sep 2025" once it is no longer offered. */
export function accessText(access: keyof typeof ACCESS_LABELS, withdrawn?: string): string {
  return withdrawn ? `${ACCESS_LABELS[access]}, withdrawn ${formatMonth(withdrawn)}` : ACCESS_LABELS[access];
}
