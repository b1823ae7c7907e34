import { describe, expect, it } from 'vitest';
import { citationCoverage, missingPaperMetadata, paperKind } from './paper-metadata.ts';
import { createEntrySchema } from './schema.ts';

describe('paperKind', () => {
  it('keeps a kind as written', () => {
    expect(paperKind({ url: 'https://arxiv.org/abs/2311.16079', kind: 'inproceedings' })).toBe('inproceedings');
  });

  it('derives it from where the paper is: a preprint server, the ACL Anthology, a DOI or a venue, else misc', () => {
    expect(paperKind({ url: 'https://arxiv.org/abs/2311.16079' })).toBe('preprint');
    expect(paperKind({ url: 'https://www.medrxiv.org/content/10.1101/2024.01.01.123v1' })).toBe('preprint');
    expect(paperKind({ url: 'https://arxiv.org/abs/2311.16079', venue: 'Nature Medicine' })).toBe('article');
    expect(paperKind({ url: 'https://aclanthology.org/2020.clinicalnlp-1.17/' })).toBe('inproceedings');
    expect(paperKind({ url: 'https://example.org/p', semanticScholar: 'ACL:2020.clinicalnlp-1.17' })).toBe('inproceedings');
    expect(paperKind({ url: 'https://doi.org/10.1093/bib/bbac409' })).toBe('article');
    expect(paperKind({ url: 'https://www.nature.com/articles/s41746-022-00742-2', semanticScholar: 'DOI:10.1038/s41746-022-00742-2' })).toBe('article');
    expect(paperKind({ url: 'https://huggingface.co/blog/qvac/medpsy' })).toBe('misc');
  });
});

it('names the citation fields a paper lacks', () => {
  expect(missingPaperMetadata({})).toEqual(['title', 'authors']);
  expect(missingPaperMetadata({ title: 'T', authors: [] })).toEqual(['authors']);
  expect(missingPaperMetadata({ title: 'T', authors: ['Zeming Chen'] })).toEqual([]);
});

it('reads the fields in an entry, one author written alone as a list', () => {
  const data = createEntrySchema().parse({
    title: 'MEDITRON-70B', date: '2023-11', institutes: ['EPFL'],
    papers: [{ url: 'https://arxiv.org/abs/2311.16079', title: ' MEDITRON-70B: Scaling Medical Pretraining for Large Language Models ', authors: 'Zeming Chen', year: 2023, kind: 'preprint' }],
  });
  expect(data.papers[0]).toEqual({ url: 'https://arxiv.org/abs/2311.16079', title: 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models', authors: ['Zeming Chen'], year: 2023, kind: 'preprint' });
});

it("counts the entries whose main paper is on arXiv, behind a DOI or in the ACL Anthology, and those of them that give its title and authors", () => {
  const withPaper = (paper: Record<string, unknown>) => ({ data: { papers: [{ url: 'https://example.org/p', ...paper }] } });
  expect(citationCoverage([
    withPaper({ url: 'https://arxiv.org/abs/2311.16079', title: 'T', authors: ['A B'] }),
    withPaper({ url: 'https://doi.org/10.1093/bib/bbac409', title: 'T' }),
    withPaper({ semanticScholar: 'ACL:2020.clinicalnlp-1.17' }),
    withPaper({ url: 'https://huggingface.co/blog/x', title: 'T', authors: ['A B'] }),
    { data: { papers: [] } },
  ])).toEqual({ citable: 3, complete: 1 });
});
