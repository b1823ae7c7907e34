/**
 * The entries the build's entries pass (a child process) has read and validated (src/integrations/entries.ts), handed to
 * the content config's loaders (src/content.config.ts), and the citations it made for the data files,
 * handed to the entry pages (src/page-data/open-data.ts). Astro evaluates the content config and the
 * pages in module graphs of their own, where this module is another instance: the hand-over goes through globalThis.
 */
import type { Entry } from '../lib/content/schema.ts';
import type { Citation } from '../lib/views/citation.ts';

/** The entries, or the error that stops the build (the validator's words for every entry refused). */
export interface BuildEntries {
  entries: Entry[];
  problems: Error | null;
}

/** The entries' citations as `[slug, citation]` pairs, in the pass's staging folder: what the entry pages would otherwise make again (2 s at 10,000 entries). */
export const CITATIONS_FILE = 'citations.json';

const KEY = Symbol.for('medical-foundation-models:build-entries');
const CITATIONS = Symbol.for('medical-foundation-models:build-citations');
interface Holder {
  [KEY]?: Promise<BuildEntries>;
  [CITATIONS]?: ReadonlyMap<string, Citation>;
}

export function handToTheLoaders(entries: Promise<BuildEntries>) {
  (globalThis as Holder)[KEY] = entries;
}

/** On `astro build`, the entries pass's entries; elsewhere undefined (the loaders read the files themselves). */
export const entriesFromTheBuild = (): Promise<BuildEntries> | undefined => (globalThis as Holder)[KEY];

export function handToThePages(citations: ReadonlyMap<string, Citation>) {
  (globalThis as Holder)[CITATIONS] = citations;
}

/** On `astro build`, each entry's citation by slug as the data files hold them; elsewhere undefined (the pages make them). */
export const citationsFromTheBuild = (): ReadonlyMap<string, Citation> | undefined => (globalThis as Holder)[CITATIONS];
