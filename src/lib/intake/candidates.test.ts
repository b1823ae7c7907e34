import { describe, expect, it } from 'vitest';
import { candidateReport, pickCandidates } from './candidates.ts';
import type { ImportedData, ImportedEntry } from './readme-import.ts';

const entry = (line: number, data: Partial<ImportedData> & { title: string }): ImportedEntry => ({
  section: 'llms',
  slug: 'unused',
  line,
  data: { institutes: [], papers: [], huggingface: [], github: [], links: [], ...data },
});

const known = [
  {
    file: 'content/llms/medalpaca.md',
    slug: 'medalpaca',
    frontMatter: { title: 'MedAlpaca', papers: [{ url: 'https://arxiv.org/abs/2304.08247' }], github: ['kbressem/medAlpaca'] },
  },
  { file: 'content/llms/internist-ai.md', slug: 'internist-ai', frontMatter: { title: 'Internist.ai', papers: [{ url: 'https://doi.org/10.1093/jamia/ocae120' }] } },
  { file: 'content/vision/gatortron.md', slug: 'gatortron', frontMatter: { title: 'GatorTron', summary: 'A large language model for electronic health records' } },
  // Not valid yet (no date, a bare string where a list belongs): still there.
  { file: 'content/llms/openbiollm.md', slug: 'openbiollm', frontMatter: { title: 'OpenBioLLM', huggingface: 'aaditya/Llama3-OpenBioLLM-70B' } },
];

describe('pickCandidates', () => {
  it('skips what the content has: the same arXiv id, DOI, Hub id or repository, or a near-identical title', () => {
    const { fresh, duplicates } = pickCandidates(
      [
        entry(1, { title: 'MEDALPACA', papers: [{ url: 'https://arxiv.org/pdf/2304.08247v2.pdf' }] }),
        entry(2, { title: 'Internist 7b', papers: [{ url: 'https://academic.oup.com/doi/10.1093/jamia/ocae120/' }] }),
        entry(3, { title: 'OpenBioLLM-70b', huggingface: ['AADITYA/llama3-openbiollm-70b'] }),
        entry(4, { title: 'medAlpaca code', github: ['KBRESSEM/medalpaca'] }),
        entry(5, { title: 'Gatortron', summary: 'A Large Language Model for Electronic Health Records.' }),
        entry(6, { title: 'Med-PaLM 2', papers: [{ url: 'https://arxiv.org/abs/2305.09617' }] }),
      ],
      known,
      'content',
    );
    expect(duplicates.map(({ entry: e, reason }) => `${e.line}: ${reason}`)).toEqual([
      '1: same arXiv id as content/llms/medalpaca.md',
      '2: same DOI as content/llms/internist-ai.md',
      '3: same Hugging Face id as content/llms/openbiollm.md',
      '4: same GitHub repository as content/llms/medalpaca.md',
      '5: near-identical title to content/vision/gatortron.md',
    ]);
    expect(fresh.map((c) => c.path)).toEqual(['content/llms/med-palm-2.md']);
  });

  it('compares candidates with each other too, and names files no entry uses', () => {
    const { fresh, duplicates } = pickCandidates(
      [
        entry(10, { title: 'MedAlpaca', papers: [{ url: 'https://a.org/other-medalpaca' }] }),
        entry(11, { title: 'Med-Gemini', papers: [{ url: 'https://arxiv.org/abs/2404.18416' }] }),
        entry(12, { title: 'MedGemini', papers: [{ url: 'https://b.org/x' }] }),
      ],
      known.slice(1),
      'out',
    );
    expect(fresh.map((c) => [c.path, c.entry.slug])).toEqual([
      ['out/llms/medalpaca.md', 'medalpaca'],
      ['out/llms/med-gemini.md', 'med-gemini'],
    ]);
    expect(duplicates.map((d) => d.reason)).toEqual(['near-identical title to out/llms/med-gemini.md']);
    expect(pickCandidates([entry(1, { title: 'MedAlpaca' })], [{ ...known[0]!, frontMatter: {} }], 'out').fresh[0]!.path).toBe('out/llms/medalpaca-2.md');
  });

  it('takes a model of a listed name from another year for a new entry, titled and named with its year; of the same year for the entry', () => {
    const listed = [{ file: 'content/llms/medx.md', slug: 'medx', frontMatter: { title: 'MedX', summary: 'A clinical model', date: '2024-03' } }];
    const { fresh, duplicates } = pickCandidates(
      [
        entry(1, { title: 'MedX', summary: 'A clinical reasoning model trained with RL', date: '2026-05' }),
        // Name and description alike: the same model, dated otherwise by another list.
        entry(4, { title: 'MedX', summary: 'A clinical model', date: 2025 }),
        entry(2, { title: 'Med-X', date: 2024 }),
        entry(3, { title: 'MedX', date: '2026-07', papers: [{ url: 'https://arxiv.org/abs/2607.00001' }] }),
      ],
      listed,
      'content',
    );
    expect(fresh.map(({ path, entry: e }) => [path, e.slug, e.data.title])).toEqual([['content/llms/medx-2026.md', 'medx-2026', 'MedX (2026)']]);
    expect(duplicates.map(({ entry: e, reason }) => `${e.line}: ${reason}`)).toEqual([
      '4: near-identical title to content/llms/medx.md',
      '2: near-identical title to content/llms/medx.md',
      // The new 2026 model is on the list now, under its year.
      '3: near-identical title to content/llms/medx-2026.md',
    ]);
  });
});

describe('candidateReport', () => {
  it('counts rows, candidates, duplicates and unread rows, and names what is left to fill in', () => {
    const picked = pickCandidates(
      [entry(3, { title: 'A', date: 2024 }), entry(4, { title: 'B', date: '2024-05', institutes: ['EPFL'] }), entry(5, { title: 'MedAlpaca' })],
      known,
      'out',
    );
    const warnings = [
      { line: 9, row: 'C', field: 'date', message: '"soon" is not a month; row skipped', kind: 'skipped' as const },
      { line: 11, row: 'MedQA', field: '(row)', message: 'under the heading "Datasets": datasets, benchmarks and challenges are not entries', kind: 'not-entry' as const },
    ];
    expect(candidateReport({ ...picked, source: 'list.md', out: 'out', rows: 4, warnings })).toEqual([
      'skipped MedAlpaca (line 5): near-identical title to content/llms/medalpaca.md',
      'could not read list.md:9 (C): date: "soon" is not a month; row skipped',
      'not an entry: list.md:11 (MedQA): under the heading "Datasets": datasets, benchmarks and challenges are not entries',
      'list.md: 4 rows read: 2 candidates written into out/, 1 duplicates skipped, 1 not entries (datasets, benchmarks, announcements, sentences), 1 could not be read',
      'the source did not give an institute (1), the month (1); npm run validate -- --content out names each file and field',
    ]);
  });
});
