/**
 * The entries the build's entries pass (a child process) has read and validated (src/integrations/entries.ts), handed to
 * the content config's loaders (src/content.config.ts). Astro evaluates the content config in a module
 * graph of its own, where this module is another instance: the hand-over goes through globalThis.
 */
import type { Entry } from '../lib/content/schema.ts';

/** The entries, or the error that stops the build (the validator's words for every entry refused). */
export interface BuildEntries {
  entries: Entry[];
  problems: Error | null;
}

const KEY = Symbol.for('medical-foundation-models:build-entries');
interface Holder {
  [KEY]?: Promise<BuildEntries>;
}

export function handToTheLoaders(entries: Promise<BuildEntries>) {
  (globalThis as Holder)[KEY] = entries;
}

/** On `astro build`, the entries pass's entries; elsewhere undefined (the loaders read the files themselves). */
export const entriesFromTheBuild = (): Promise<BuildEntries> | undefined => (globalThis as Holder)[KEY];
