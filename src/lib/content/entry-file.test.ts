import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { serializeEntry, writeEntryFile } from './entry-file.ts';
import { parseEntryFile } from './entry-parse.ts';
import { createEntrySchema } from './schema.ts';

const data = {
  title: 'MEDITRON-70B',
  summary: 'Scaling Medical Pretraining: for Large Language Models',
  date: '2023-11',
  institutes: ['EPFL', 'University of {Bari, Rome}'],
  papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:265456229' }],
  huggingface: ['epfl-llm/meditron-70b'],
  github: [],
  links: [{ label: 'Blog', url: 'https://example.org/post' }],
};

it('writes front matter in the contract order, short lists on one line, empty lists left out', () => {
  expect(serializeEntry(data)).toBe(`---
title: MEDITRON-70B
summary: "Scaling Medical Pretraining: for Large Language Models"
date: 2023-11
institutes: [EPFL, "University of {Bari, Rome}"]
papers:
  - url: https://arxiv.org/abs/2311.16079
    semanticScholar: CorpusID:265456229
huggingface: [epfl-llm/meditron-70b]
links:
  - {label: Blog, url: https://example.org/post}
---
`);
});

it('reads back to the same data with the entry parser, body included', () => {
  const parsed = parseEntryFile(new TextEncoder().encode(serializeEntry(data, 'Some *notes*.')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { github: _emptyList, ...withoutEmptyLists } = data;
  expect(parsed.file.data).toEqual(withoutEmptyLists);
  expect(parsed.file.body.trim()).toBe('Some *notes*.');
});

it('never overwrites a different file unless forced, and reports a rewrite of the same text as unchanged', async () => {
  const path = join(await mkdtemp(join(tmpdir(), 'entry-')), 'llms', 'x.md');
  expect(await writeEntryFile(path, 'one')).toBe('created');
  expect(await writeEntryFile(path, 'one')).toBe('unchanged');
  await writeFile(path, 'edited by hand');
  expect(await writeEntryFile(path, 'one')).toBe('kept');
  expect(await readFile(path, 'utf8')).toBe('edited by hand');
  expect(await writeEntryFile(path, 'one', { force: true })).toBe('overwritten');
  expect(await readFile(path, 'utf8')).toBe('one');
});

it('writes every field of the entry format, none dropped', () => {
  const fields = Object.keys(createEntrySchema().shape);
  const sample = Object.fromEntries(fields.map((field) => [field, 'x']));
  const text = serializeEntry(sample as unknown as Parameters<typeof serializeEntry>[0]);
  expect(fields.filter((field) => !text.includes(`\n${field}: `))).toEqual([]);
});
