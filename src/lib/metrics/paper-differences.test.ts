import { expect, it } from 'vitest';
import { paperDifferences } from './paper-differences.ts';
import { testEntry } from '../../../test/entry-fixture.ts';

const MEDITRON = 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models';
const meditron = (paper: Record<string, unknown>) => testEntry('meditron-70b', { papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:1', ...paper }] });

it('finds nothing where title, authors and year agree, whatever the case, accents, punctuation and initials', () => {
  const entries = [meditron({ title: MEDITRON, authors: ['Zeming Chen', 'Alejandro Hernández Cano'], year: 2023 })];
  expect(paperDifferences(entries, { 'CorpusID:1': { citations: 1, title: 'Meditron-70B:  scaling medical pretraining for large language models.', authors: ['Z. Chen', 'Alejandro Hernandez Cano'], year: 2023 } })).toEqual([]);
});

it("names the entry's file and field and both values where they differ, as a finding to read", () => {
  const entries = [meditron({ title: MEDITRON, authors: ['Zeming Chen', 'Alejandro Hernández Cano'], year: 2023 })];
  const fetched = { 'CorpusID:1': { citations: 1, title: 'MEDITRON: Open Medical Foundation Models', authors: ['Zeming Chen', 'Angelika Romanou', 'Antoine Bonnet', 'Kyle Matoba'], year: 2024 } };
  expect(paperDifferences(entries, fetched)).toEqual([
    { file: 'content/llms/meditron-70b.md', field: 'papers.0.title', message: `Semantic Scholar's title is "MEDITRON: Open Medical Foundation Models", the entry's "${MEDITRON}" (CorpusID:1; a renamed or republished paper keeps the entry's if its page says so)` },
    { file: 'content/llms/meditron-70b.md', field: 'papers.0.authors', message: "Semantic Scholar's authors are Zeming Chen, Angelika Romanou, Antoine Bonnet … (4), the entry's Zeming Chen, Alejandro Hernández Cano (CorpusID:1; a renamed or republished paper keeps the entry's if its page says so)" },
    { file: 'content/llms/meditron-70b.md', field: 'papers.0.year', message: "Semantic Scholar's year is 2024, the entry's 2023 (CorpusID:1; a renamed or republished paper keeps the entry's if its page says so)" },
  ]);
});

it('compares only what both sides have: no curated title, no fetched record, no difference', () => {
  expect(paperDifferences([meditron({})], { 'CorpusID:1': { citations: 1, title: 'Anything' } })).toEqual([]);
  expect(paperDifferences([meditron({ title: MEDITRON })], {})).toEqual([]);
});
