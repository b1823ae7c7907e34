import { readdir } from 'node:fs/promises';
import { parse as parseName } from '@citation-js/name';
import { describe, expect, it } from 'vitest';
import { apaReference } from './apa-reference.ts';
import { citeprocReference, cslItem } from './citation.ts';
import type { CslItem, CslName } from './csl-item.ts';
import { entryPageUrl, readDataFilesInput } from './data-files.ts';
import { toOpenEntry } from './open-data.ts';
import { readEntries } from '../content/content-files.ts';

/** A small seeded generator, so a failure names a record that comes back. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  // Mostly what real records hold, a trap now and then.
  const pickOf = <T>([plain, traps]: readonly [readonly T[], readonly T[]]) => (chance(0.15) ? pick(traps) : pick(plain));
  return { pick, pickOf, chance, count: (max: number) => 1 + Math.floor(next() * max) };
}

/** Words real records hold, and traps. */
type Pool = readonly [readonly string[], readonly string[]];
const GIVEN: Pool = [['Ann', 'Zeming', 'Jean-Pierre', 'Ümit', 'Li', 'Ann B.', 'Øyvind', 'José María', 'Joseph J. Y.', 'Micah J.'], ['J.R.R.', 'Anne-marie', 'AB', 'Marco AF', 'Jr.', 'de la', 'X', 'D.', 'Baichuan-M3', 'LASA', '王']];
const FAMILY: Pool = [['Chen', 'van Beethoven', 'Aznar-López', 'Wang', 'de Souza', 'Zhou', 'Müller', 'Team', 'Sung'], ['O’Neil', "D'Angelo", 'King, Jr.', '王', 'XinKai']];
const LITERAL: Pool = [['EPFL', 'Paige', 'Microsoft Research', "Brigham and Women's Hospital", 'Peking University', 'NIH', 'MIT CSAIL'], ['A & B Lab', "'quoted' Lab", 'Google "Health"', 'Zhejiang Anzhen’er AI']];
const TITLE_WORDS: Pool = [['A', 'model', 'for', 'Medicine:', "it's", 'LLMs', 'Does', 'it?', 'co-pilot', '3D', 'and', 'the', 'AI-based', 'Clinical', 'Large'], ['it’s', "models'", "'single'", 'work.', '<i>x</i>', 'MedS$^3$', 'e-health', '(v2)', 'x/y', 'Llama-3[8B]', 'ends:', 'wow!', 'models’']];
const VENUE_WORDS: Pool = [['npj', 'Digital', 'Medicine', 'the', 'lancet', 'of', 'and', 'Journal', 'IEEE', 'transactions', 'on', 'medical', 'imaging:', 'AI-based', 'iOS', 'mRNA', 'Nature', 'ACL', '2024', 'Findings', 'for', 'NeurIPS', 'in', 'with', 'a', 'Radiology', 'AI', '(MIDL', '2026),', 'PMLR', '315', 'Track', '(ICLR'], ['Of', 'e-health', 'according', 'to', 'as', 'x/y', '(MICCAI)', 'Bioinformatics.', '(of', 'and,', 'track),', 'IJCAI-25),', 'Survey.', 'x:y', '(a)', 'c']];
const TYPES: CslItem['type'][] = ['article', 'article-journal', 'paper-conference', 'software', 'document'];

function generated(seed: number): CslItem {
  const r = random(seed);
  const type = r.pick(TYPES);
  const literal = type === 'software' || (type === 'document' && r.chance(0.5));
  const authorCount = r.chance(0.1) ? 18 + r.count(6) : r.count(4);
  const author = Array.from({ length: authorCount }, () => (literal ? { literal: r.pickOf(LITERAL) } : (parseName(`${r.pickOf(GIVEN)} ${r.pickOf(FAMILY)}`) as CslName)));
  const title = Array.from({ length: r.count(6) }, () => r.pickOf(TITLE_WORDS)).join(' ');
  const venue = Array.from({ length: r.count(5) }, () => r.pickOf(VENUE_WORDS)).join(' ');
  const month = r.chance(0.5) ? r.count(12) : undefined;
  return {
    id: `g${seed}`,
    type,
    title,
    author,
    issued: { 'date-parts': [month ? [2020 + r.count(6), month] : [2020 + r.count(6)]] },
    ...(type === 'article' ? { publisher: 'arXiv', number: `arXiv:2401.${String(seed).padStart(5, '0')}` } : {}),
    ...(type === 'article-journal' || type === 'paper-conference' ? { 'container-title': venue } : {}),
    ...(r.chance(0.3) ? { DOI: `10.1038/s${seed}` } : {}),
    ...(r.chance(0.8) ? { URL: `https://example.org/${seed}` } : {}),
  };
}

describe('apaReference writes what citeproc writes', () => {
  it('on every entry of the list, and answers for nearly all of them', async () => {
    const read = await readEntries('content');
    const input = await readDataFilesInput('content', read, { site: 'https://example.org', base: '' });
    const pageUrl = entryPageUrl('', 'https://example.org');
    let answered = 0;
    for (const entry of input.entries) {
      const csl = cslItem(toOpenEntry(entry, { metrics: input.metrics, institutes: input.institutes, added: input.added, pageUrl }));
      const fast = apaReference(csl);
      if (fast === undefined) continue;
      expect(fast, entry.slug).toBe(citeprocReference(csl));
      answered++;
    }
    // Most of them (about nine in ten today): the rest are what citeproc alone is trusted with.
    expect(answered / input.entries.length).toBeGreaterThan(0.75);
    expect((await readdir('content/llms')).length).toBeGreaterThan(50);
  }, 60_000);

  it('on 3,000 generated records with hostile names, titles and venues, or leaves them to citeproc', () => {
    let answered = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const csl = generated(seed);
      const fast = apaReference(csl);
      if (fast === undefined) continue;
      expect(fast, JSON.stringify(csl)).toBe(citeprocReference(csl));
      answered++;
    }
    // Plain records are most of them: the generator is not all traps.
    expect(answered).toBeGreaterThan(1000);
  }, 120_000);
});
