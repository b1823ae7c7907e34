import { expect, it } from 'vitest';
import { parseEntryFile } from '../content/entry-parse.ts';
import { draftEntries } from './watch-drafts.ts';
import type { WatchCandidate } from './watch.ts';

const candidate = (title: string, fields: Partial<WatchCandidate> = {}): WatchCandidate => ({
  title,
  url: 'https://arxiv.org/abs/2611.00001',
  source: 'arxiv',
  date: '2026-11-28',
  ids: { huggingface: ['lab/Rad-7B'], arxiv: '2611.00001', github: ['lab/rad'] },
  score: 12,
  why: 'paper and weights (+15)',
  section: 'vision',
  affiliations: ['Lab Hospital', 'Lab University'],
  ...fields,
});

it('drafts the top candidates with what the sources said, institutes suggested in a comment only, under slugs no entry has', () => {
  const drafts = draftEntries([candidate('Rad: Radiology'), candidate('Rad: Radiology', { doi: '10.1000/x', journal: 'Nature Medicine', affiliations: [], section: 'llms' }), candidate('Third')], 2, 'content', [{ slug: 'rad-radiology', frontMatter: {} }]);
  expect(drafts.map((draft) => draft.path)).toEqual(['content/vision/rad-radiology-2.md', 'content/llms/rad-radiology-3.md']);
  expect(drafts[0]!.text).toBe(`---
# Drafted by npm run discover from https://arxiv.org/abs/2611.00001 (paper and weights (+15)); read the sources before keeping it.
# Institutes suggested by the authors' affiliations (check them against content/institutes.yaml): Lab Hospital; Lab University
title: "Rad: Radiology"
date: 2026-11
papers:
  - url: https://arxiv.org/abs/2611.00001
    semanticScholar: ARXIV:2611.00001
huggingface: [lab/Rad-7B]
github: [lab/rad]
---
`);
  expect(drafts[1]!.text).toContain('  - url: https://doi.org/10.1000/x\n');
  expect(drafts[1]!.text).toContain('\nvenue: Nature Medicine\n');
  // The comment is no data: the front matter reads as the fields alone, institutes missing.
  const parsed = parseEntryFile(new TextEncoder().encode(drafts[0]!.text));
  expect(parsed.ok && Object.keys(parsed.file.data as object)).toEqual(['title', 'date', 'papers', 'huggingface', 'github']);
});

it('never drafts a file Windows cannot hold, such as con.md for the Hub model evil/con', () => {
  const hub = { source: 'huggingface' as const, url: 'https://huggingface.co/evil/con', ids: { huggingface: ['evil/con'], arxiv: null, github: [] } };
  const drafts = draftEntries([candidate('con', hub), candidate('LPT1', hub), candidate('nul')], 3, 'content', [{ slug: 'con-1', frontMatter: {} }]);
  expect(drafts.map((draft) => draft.path)).toEqual(['content/vision/con-1-2.md', 'content/vision/lpt1-1.md', 'content/vision/nul-1.md']);
});

it('titles and names a model with its year when a listed entry of another year has its name', () => {
  const known = [{ slug: 'medx', frontMatter: { title: 'MedX', date: '2024-03' } }];
  const drafts = draftEntries([candidate('MedX'), candidate('MedX', { date: '2024-11-02', section: 'llms' })], 2, 'content', known);
  expect(drafts.map((draft) => draft.path)).toEqual(['content/vision/medx-2026.md', 'content/llms/medx-2.md']);
  expect(drafts[0]!.text).toContain('\ntitle: MedX (2026)\n');
  expect(drafts[1]!.text).toContain('\ntitle: MedX\n');
});
