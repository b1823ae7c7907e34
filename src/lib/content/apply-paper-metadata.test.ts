import { describe, expect, it } from 'vitest';
import { applyPaperMetadata, paperMetadataFileSchema } from './apply-paper-metadata.ts';
import { parseEntryFile } from './entry-parse.ts';

const MEDITRON = 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models';
const FILE = `---
title: MEDITRON-70B
date: 2023-11
institutes: [EPFL]
papers:
  - url: https://arxiv.org/abs/2311.16079
    semanticScholar: CorpusID:265456229
  - url: https://example.org/second
    title: Kept Title
huggingface: [epfl-llm/meditron-70b]
results:
  - benchmark: medqa
    variant: us-4-option-test
    metric: accuracy
    value: 70.2
    model: MediTron-70B
    source: {url: https://example.org/t, locator: Table 1, reportedBy: first-party}
---
Notes stay *as written*.
`;
const entries = (text = FILE) => [{ file: 'content/llms/meditron-70b.md', text }];
const dataOf = (text: string) => {
  const parsed = parseEntryFile(new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.file.data;
};
const side = (records: Record<string, unknown>) => paperMetadataFileSchema.parse(records);
const read = { title: MEDITRON, authors: ['Zeming Chen', 'Alejandro Hernández Cano'], year: 2023, source: 'https://arxiv.org/abs/2311.16079' };

describe('applyPaperMetadata', () => {
  it("writes a paper's title, authors and year in the entry format's order, every other field and the notes kept", () => {
    const { texts, changes, unknownUrls } = applyPaperMetadata(entries(), side({ 'https://arxiv.org/abs/2311.16079v2': read }));
    expect(unknownUrls).toEqual([]);
    expect(changes).toEqual([{ file: 'content/llms/meditron-70b.md', field: 'papers.0', source: read.source, written: ['title', 'authors', 'year'], kept: [] }]);
    const text = texts.get('content/llms/meditron-70b.md')!;
    expect(text).toContain(`papers:\n  - url: https://arxiv.org/abs/2311.16079\n    title: "${MEDITRON}"\n    authors: [Zeming Chen, Alejandro Hernández Cano]\n    year: 2023\n    semanticScholar: CorpusID:265456229\n  - url: https://example.org/second\n    title: Kept Title\n`);
    expect(text.endsWith('---\nNotes stay *as written*.\n')).toBe(true);
    const before = dataOf(FILE);
    expect({ ...dataOf(text), papers: before.papers }).toEqual(before);
  });

  it('changes only the papers it fills: a number keeps the decimals it was written with, comments and quotes stay', () => {
    const written = FILE.replace('value: 70.2', 'value: 70.20 # Table 1, 5-shot').replace('title: MEDITRON-70B', 'title: "MEDITRON-70B"');
    const text = applyPaperMetadata(entries(written), side({ 'https://arxiv.org/abs/2311.16079': read })).texts.get('content/llms/meditron-70b.md')!;
    expect(text).toContain('    value: 70.20 # Table 1, 5-shot\n');
    expect(text.startsWith('---\ntitle: "MEDITRON-70B"\n')).toBe(true);
    const changed = text.split('\n').filter((line) => !written.split('\n').includes(line));
    expect(changed).toEqual([`    title: "${MEDITRON}"`, '    authors: [Zeming Chen, Alejandro Hernández Cano]', '    year: 2023']);
  });

  it('keeps a value the entry has and names both, unless told to overwrite', () => {
    const record = { title: 'Another Title', authors: ['Ann Author'], source: 'https://example.org/second' };
    const kept = applyPaperMetadata(entries(), side({ 'https://example.org/second': record }));
    expect(kept.changes).toEqual([
      { file: 'content/llms/meditron-70b.md', field: 'papers.1', source: record.source, written: ['authors'], kept: [{ field: 'title', entry: 'Kept Title', read: 'Another Title' }] },
    ]);
    expect(kept.texts.get('content/llms/meditron-70b.md')).toContain('    title: Kept Title\n    authors: [Ann Author]\n');
    const overwritten = applyPaperMetadata(entries(), side({ 'https://example.org/second': record }), { overwrite: true });
    expect(overwritten.texts.get('content/llms/meditron-70b.md')).toContain('    title: Another Title\n    authors: [Ann Author]\n');
  });

  it('writes nothing where the entry already says the same, and names the URLs no entry lists', () => {
    const { texts, changes, unknownUrls } = applyPaperMetadata(entries(), side({ 'https://example.org/second': { title: 'Kept Title', authors: ['Ann Author'], source: 'https://example.org/s' }, 'https://arxiv.org/abs/9999.99999': read }));
    expect(changes.map((change) => change.written)).toEqual([['authors']]);
    expect(texts.size).toBe(1);
    expect(unknownUrls).toEqual(['https://arxiv.org/abs/9999.99999']);
    expect(applyPaperMetadata(entries(), side({ 'https://example.org/second': { title: 'Kept Title', authors: ['Kept'], source: 'https://example.org/s' } }), {}).changes[0]!.written).toEqual(['authors']);
  });
});

it('checks the side file with messages that name the field and the fix', () => {
  const result = paperMetadataFileSchema.safeParse({ 'https://arxiv.org/abs/2311.16079': { title: MEDITRON, authors: 'Zeming Chen', year: 23, guess: true } });
  expect(result.success).toBe(false);
  expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
    'https://arxiv.org/abs/2311.16079.year: year must be a year from 1900 on, like year: 2024',
    'https://arxiv.org/abs/2311.16079.source: source must be a URL in quotes or plain, like https://arxiv.org/abs/2311.16079',
    'https://arxiv.org/abs/2311.16079: unknown field "guess" in a paper\'s metadata (allowed: title, authors, venue, year, source)',
  ]);
});
