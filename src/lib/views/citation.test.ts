import { Cite } from '@citation-js/core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { citation, cslItem, formattedReference } from './citation.ts';
import { toOpenEntry, type OpenDataContext } from './open-data.ts';
import { createInstituteIndex } from '../content/institutes.ts';
import { instituteRegistrySchema } from '../content/schema.ts';
import { metricsFileSchema } from '../metrics/metrics.ts';
import { testEntry } from '../../../test/entry-fixture.ts';

const context: OpenDataContext = {
  metrics: metricsFileSchema.parse({}),
  institutes: createInstituteIndex(instituteRegistrySchema.parse([{ name: 'EPFL' }, { name: 'Université catholique de Louvain' }])),
  added: {},
  pageUrl: (slug) => `https://example.org/entries/${slug}/`,
};
const MEDITRON_TITLE = 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models';
const meditronPaper = { url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:265456229', title: MEDITRON_TITLE, authors: ['Zeming Chen', 'Alejandro Hernández Cano', 'Ludwig van Beethoven'] };
const open = (slug: string, fields: Record<string, unknown>, section?: Parameters<typeof testEntry>[2], ctx = context) =>
  toOpenEntry(testEntry(slug, { institutes: ['EPFL'], date: '2023-11', ...fields }, section), ctx);

/** The one record of a BibTeX text, read by a BibTeX parser that must find no error. */
function readBibtex(text: string) {
  const library = parseBibtex(text);
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

/** The one record of a RIS text as CSL, read back by citation-js's RIS reader. */
const readRis = (text: string) => new Cite(text).data as Record<string, unknown>[];

describe("an entry with its paper's title and authors", () => {
  const meditron = open('meditron-70b', { title: 'MEDITRON-70B', summary: 'Open medical LLMs from EPFL', papers: [meditronPaper] });

  it('cites the paper under its own title and authors, a preprint on arXiv as the usual arXiv reference', () => {
    expect(cslItem(meditron)).toEqual({
      id: 'meditron-70b',
      type: 'article',
      title: MEDITRON_TITLE,
      author: [{ given: 'Zeming', family: 'Chen' }, { given: 'Alejandro Hernández', family: 'Cano' }, { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' }],
      issued: { 'date-parts': [[2023, 11]] },
      'container-title': 'arXiv preprint arXiv:2311.16079',
      publisher: 'arXiv',
      number: 'arXiv:2311.16079',
      URL: 'https://arxiv.org/abs/2311.16079',
    });
  });

  it('writes BibTeX, RIS and a reference that read back to the same title and authors, keyed by the slug', () => {
    const { bibtex, ris, csl } = citation(meditron);
    const reference = formattedReference(csl);
    const record = readBibtex(bibtex);
    expect(record).toMatchObject({ type: 'article', key: 'meditron-70b' });
    expect(record.fields.title).toBe(MEDITRON_TITLE);
    // The parser gives accents as combining characters (from {\'a}): compared as composed.
    expect(JSON.parse(JSON.stringify(record.fields.author).normalize('NFC'))).toEqual([
      { firstName: 'Zeming', lastName: 'Chen' },
      { firstName: 'Alejandro Hernández', lastName: 'Cano' },
      { firstName: 'Ludwig', prefix: 'van', lastName: 'Beethoven' },
    ]);
    expect(record.fields.journal).toBe('arXiv preprint arXiv:2311.16079');
    const [fromRis] = readRis(ris);
    expect(fromRis).toMatchObject({ title: MEDITRON_TITLE, author: [{ given: 'Zeming', family: 'Chen' }, { given: 'Alejandro Hernández', family: 'Cano' }, { family: 'Beethoven' }] });
    expect(reference).toBe('Chen, Z., Cano, A. H., & van Beethoven, L. (2023). MEDITRON-70B: Scaling Medical Pretraining for Large Language Models (arXiv:2311.16079). arXiv. https://arxiv.org/abs/2311.16079');
    for (const text of [bibtex, ris, reference]) expect(text).not.toContain('Open medical LLMs');
  });

  it('makes conference papers @inproceedings and journal papers @article, with the venue, year and DOI the entry gives', () => {
    const acl = open('clinical-lm', { papers: [{ url: 'https://aclanthology.org/2020.clinicalnlp-1.17/', title: 'Pretrained Language Models for Biomedical and Clinical Tasks', authors: ['Patrick Lewis'], venue: 'Proceedings of the 3rd Clinical Natural Language Processing Workshop', year: 2020 }] });
    expect(readBibtex(citation(acl).bibtex)).toMatchObject({ type: 'inproceedings', fields: { booktitle: 'Proceedings of the 3rd Clinical Natural Language Processing Workshop', year: '2020' } });
    const journal = open('biogpt', { papers: [{ url: 'https://doi.org/10.1093/bib/bbac409', title: 'BioGPT', authors: ['Renqian Luo'], venue: 'Briefings in Bioinformatics', year: 2022 }] });
    expect(readBibtex(citation(journal).bibtex)).toMatchObject({ type: 'article', fields: { journal: 'Briefings in Bioinformatics', doi: '10.1093/bib/bbac409', year: '2022' } });
    expect(readRis(citation(journal).ris)[0]).toMatchObject({ type: 'article-journal', 'container-title': 'Briefings in Bioinformatics' });
  });

  it("falls back to Semantic Scholar's title and authors where the entry has neither", () => {
    const fetched: OpenDataContext = {
      ...context,
      metrics: metricsFileSchema.parse({
        semanticScholar: { 'CorpusID:265456229': { citations: 1, title: MEDITRON_TITLE, authors: ['Zeming Chen'], venue: 'arXiv.org', year: 2023, fetchedAt: '2026-11-20T06:00:00.000Z' } },
      }),
    };
    const item = cslItem(open('meditron-70b', { title: 'MEDITRON-70B', papers: [{ url: meditronPaper.url, semanticScholar: meditronPaper.semanticScholar }] }, 'llms', fetched));
    expect(item).toMatchObject({ title: MEDITRON_TITLE, author: [{ given: 'Zeming', family: 'Chen' }], 'container-title': 'arXiv.org', issued: { 'date-parts': [[2023]] } });
  });
});

describe('an entry without its paper\'s title and authors', () => {
  it('is a @misc about the model, under its name, never a title made from its summary', () => {
    const item = open('meditron-70b', { title: 'MEDITRON-70B', summary: 'Scaling Medical Pretraining for Large Language Models', papers: [{ url: meditronPaper.url }] });
    const { csl, bibtex, ris } = citation(item);
    const reference = formattedReference(csl);
    expect(csl).toEqual({
      id: 'meditron-70b',
      type: 'software',
      title: 'MEDITRON-70B',
      author: [{ literal: 'EPFL' }],
      issued: { 'date-parts': [[2023, 11]] },
      URL: 'https://arxiv.org/abs/2311.16079',
      note: 'model; listed at https://example.org/entries/meditron-70b/',
    });
    const record = readBibtex(bibtex);
    expect(record).toMatchObject({ type: 'misc', key: 'meditron-70b', fields: { title: 'MEDITRON-70B', howpublished: 'https://arxiv.org/abs/2311.16079' } });
    for (const text of [bibtex, ris, reference]) expect(text).not.toContain('Scaling Medical');
  });

  it('is a @misc without the word model for a survey or an article, and without a URL when there is none', () => {
    const csl = cslItem(open('a-survey', { title: 'A survey' }, 'surveys'));
    expect(csl).toEqual({ id: 'a-survey', type: 'document', title: 'A survey', author: [{ literal: 'EPFL' }], issued: { 'date-parts': [[2023, 11]] }, note: 'listed at https://example.org/entries/a-survey/' });
    expect(readBibtex(citation(open('a-survey', { title: 'A survey' }, 'surveys')).bibtex).type).toBe('misc');
  });
});

describe('hostile text', () => {
  const HOSTILE_TITLE = 'R&D_{model} 100% "quoted" \\input{/etc/passwd} $x^2$ #1 ~ok}';
  const hostile = open('tricky', {
    title: 'Tricky',
    institutes: ['Université catholique de Louvain'],
    papers: [{ url: 'https://doi.org/10.1000/x', title: HOSTILE_TITLE, authors: ['Ann {Braces}', 'Bob Back\\slash'], venue: 'Journal of 100% & Co' }],
  });
  const withNewlines = { ...hostile, papers: [{ ...hostile.papers[0]!, title: 'First line\nTY  - JOUR\nER  - \r\nlast' }] };

  it('escapes braces, %, backslashes and TeX specials in BibTeX: a parser reads the same title back', () => {
    const record = readBibtex(citation(hostile).bibtex);
    expect(record.fields.title).toBe(HOSTILE_TITLE);
    expect(record.fields.journal).toBe('Journal of 100% & Co');
    expect(Object.keys(record.fields).sort()).toEqual(['author', 'doi', 'howpublished', 'journal', 'month', 'title', 'url', 'year'].sort());
  });

  it('keeps a line break out of every format: RIS gets no forged record or field, BibTeX no broken one', () => {
    const { ris, bibtex, csl } = citation(withNewlines);
    const reference = formattedReference(csl);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(readRis(ris)).toHaveLength(1);
    expect(readRis(ris)[0]!.title).toBe('First line TY - JOUR ER - last');
    expect(readBibtex(bibtex).fields.title).toBe('First line TY - JOUR ER - last');
    expect(reference).not.toContain('\n');
  });

  it('writes CSL-JSON that parses back to the record', () => {
    const { csl } = citation(hostile);
    expect(JSON.parse(JSON.stringify([csl]))).toEqual([csl]);
    expect(csl.title).toBe(HOSTILE_TITLE);
  });

  it('keeps a URL that would close its braces inside the BibTeX field (percent-encoded)', () => {
    // The schema refuses such a URL; the records are safe without that, as the open data may be built from anything.
    const breakout = { ...open('breakout', { title: 'Breakout', papers: [{ url: 'https://example.org/a' }] }), url: 'https://example.org/a} , note = {pwned' };
    const record = readBibtex(citation(breakout).bibtex);
    expect(record.fields.url).toBe('https://example.org/a%7D%20,%20note%20=%20%7Bpwned');
    expect(Object.keys(record.fields)).not.toContain('pwned');
  });
});
