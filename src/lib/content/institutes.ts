/** Looks institutes up by name or alias and walks their parents (a parent takes in its children). */
import { distance } from 'fastest-levenshtein';
import { foldInstituteName, type Institute, type InstituteLookup } from './schema.ts';

export interface InstituteIndex extends InstituteLookup {
  readonly all: readonly Institute[];
  /** The registry entry for a name or alias, folding case and spacing. */
  resolve(nameOrAlias: string): Institute | undefined;
  /** The institute and every parent above it, nearest first. */
  lineage(nameOrAlias: string): Institute[];
  /** Canonical names of some institutes and of all their parents, each once. */
  withParents(namesOrAliases: readonly string[]): string[];
}

export function createInstituteIndex(registry: readonly Institute[]): InstituteIndex {
  const byKey = new Map<string, Institute>();
  const byName = new Map<string, Institute>();
  for (const institute of registry) {
    byName.set(institute.name, institute);
    for (const name of [institute.name, ...institute.aliases]) byKey.set(foldInstituteName(name), institute);
  }
  // Every card and page resolves its institutes: remember each spelling's answer (folding is costly).
  const resolved = new Map<string, Institute | undefined>();
  const resolve = (nameOrAlias: string) => {
    if (!resolved.has(nameOrAlias)) resolved.set(nameOrAlias, byKey.get(foldInstituteName(nameOrAlias)));
    return resolved.get(nameOrAlias);
  };

  return {
    all: registry,
    resolve,
    has: (nameOrAlias) => resolve(nameOrAlias) !== undefined,
    suggest(nameOrAlias) {
      const wanted = foldInstituteName(nameOrAlias);
      const scored = [...byKey.entries()]
        .map(([key, institute]) => {
          // A name that contains the other ("Oxford" in "University of Oxford") is a strong hint.
          const contains = key.includes(wanted) || wanted.includes(key);
          return { institute, score: contains ? 0 : distance(key, wanted) / Math.max(key.length, wanted.length) };
        })
        .filter(({ score }) => score <= 0.4)
        .sort((a, b) => a.score - b.score);
      return [...new Set(scored.map(({ institute }) => institute.name))].slice(0, 3);
    },
    lineage(nameOrAlias) {
      const chain: Institute[] = [];
      for (let at = resolve(nameOrAlias); at && !chain.includes(at); at = at.parent ? byName.get(at.parent) : undefined) {
        chain.push(at);
      }
      return chain;
    },
    withParents(namesOrAliases) {
      return [...new Set(namesOrAliases.flatMap((name) => this.lineage(name).map((institute) => institute.name)))];
    },
  };
}

/** Punctuation, accents and a leading "The" do not tell two institutes apart. */
const looseKey = (name: string) =>
  foldInstituteName(name).normalize('NFKD').replace(/\p{M}/gu, '').replace(/^the /, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Below this share of differing characters, two long names are taken for one institute written twice. */
const SIMILAR_NAMES = 0.1;
const SIMILAR_MIN_LENGTH = 12;

/**
 * Pairs of registry institutes whose names or aliases read alike ("University of California San Diego"
 * and "University of California, San Diego"): most likely one institute entered twice.
 */
export function similarInstitutes(registry: readonly Institute[]): { institute: string; other: string; names: [string, string] }[] {
  const keyed = registry.flatMap((institute) => [institute.name, ...institute.aliases].map((name) => ({ institute, name, key: looseKey(name) })));
  const found = new Map<string, { institute: string; other: string; names: [string, string] }>();
  keyed.forEach((a, i) => {
    for (const b of keyed.slice(i + 1)) {
      if (a.institute === b.institute) continue;
      const longest = Math.max(a.key.length, b.key.length);
      const alike = a.key === b.key || (Math.min(a.key.length, b.key.length) >= SIMILAR_MIN_LENGTH && distance(a.key, b.key) / longest <= SIMILAR_NAMES);
      const pair = `${a.institute.name}\u0000${b.institute.name}`;
      if (alike && !found.has(pair)) found.set(pair, { institute: b.institute.name, other: a.institute.name, names: [b.name, a.name] });
    }
  });
  return [...found.values()];
}
