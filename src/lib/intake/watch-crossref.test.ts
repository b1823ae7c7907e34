import { describe, expect, it } from 'vitest';
import { crossrefDay, crossrefWork, parseCrossrefPage } from './watch-crossref.ts';

const record = (fields: Record<string, unknown> = {}) => ({
  DOI: '10.1038/S41591-026-00001-X',
  title: ['A foundation model for <i>chest</i> radiographs'],
  published: { 'date-parts': [[2026, 11, 28]] },
  'container-title': ['Nature Medicine'],
  ...fields,
});
const page = (items: unknown[], message: Record<string, unknown> = {}) => ({
  status: 'ok',
  'message-type': 'work-list',
  'message-version': '1.0.0',
  message: { facets: {}, 'next-cursor': 'DnF1ZXJ5', 'total-results': items.length, items, 'items-per-page': 100, ...message },
});

describe('crossrefWork', () => {
  it('reads a work as the watch keeps it: DOI lowercased, title and abstract as plain text, the journal, the affiliations', () => {
    const work = crossrefWork(
      record({
        abstract: '<jats:title>Abstract</jats:title><jats:p>A self-supervised model; weights at https://huggingface.co/lab/cxr-fm.</jats:p>',
        author: [{ given: 'A.', family: 'B', affiliation: [{ name: 'Lab Hospital' }, { name: 'Lab University' }] }, { given: 'C.', family: 'D', affiliation: [{ name: 'Lab Hospital' }] }],
      }),
    );
    expect(work).toMatchObject({
      source: 'crossref',
      title: 'A foundation model for chest radiographs',
      url: 'https://doi.org/10.1038/s41591-026-00001-x',
      date: '2026-11-28',
      doi: '10.1038/s41591-026-00001-x',
      journal: 'Nature Medicine',
      summary: 'Abstract A self-supervised model; weights at https://huggingface.co/lab/cxr-fm.',
      huggingface: ['lab/cxr-fm'],
      arxiv: [],
      affiliations: ['Lab Hospital', 'Lab University'],
    });
    expect(work).not.toHaveProperty('preprintMonth');
  });

  it("takes its preprints in each form Crossref writes them, and the earliest one's month", () => {
    const work = crossrefWork(
      record({
        relation: {
          'has-preprint': [
            { 'id-type': 'arxiv', id: '2509.01234v2', 'asserted-by': 'subject' },
            { 'id-type': 'arxiv', id: 'arXiv:2509.01234' },
            { 'id-type': 'doi', id: '10.48550/arXiv.2508.07777' },
            { 'id-type': 'doi', id: '10.1101/2025.06.30.25330000' },
            { 'id-type': 'doi', id: '10.21203/rs.3.rs-1234567/v1' },
            { 'id-type': 'arxiv', id: 'not an id' },
          ],
          'is-referenced-by': [{ 'id-type': 'doi', id: '10.1000/elsewhere' }],
        },
      }),
    );
    expect(work).toMatchObject({ arxiv: ['2509.01234', '2508.07777'], preprintDois: ['10.1101/2025.06.30.25330000', '10.21203/rs.3.rs-1234567/v1'], preprintMonth: '2025-06' });
  });

  it('cannot use a work without a DOI, a title or a month, nor with a DOI no entry could hold', () => {
    expect(crossrefWork(record({ DOI: undefined }))).toBeUndefined();
    expect(crossrefWork(record({ DOI: 'javascript:alert(1)' }))).toBeUndefined();
    expect(crossrefWork(record({ title: [] }))).toBeUndefined();
    expect(crossrefWork(record({ published: { 'date-parts': [[2026]] } }))).toBeUndefined();
    expect(crossrefWork('a string')).toBeUndefined();
    // The month alone is a date; `issued` stands in for a missing `published`.
    expect(crossrefWork(record({ published: undefined, issued: { 'date-parts': [[2026, 11]] } }))!.date).toBe('2026-11');
  });
});

it('reads partial dates, and refuses parts that are no date', () => {
  expect(crossrefDay({ 'date-parts': [[2026, 1, 5]] })).toBe('2026-01-05');
  expect(crossrefDay({ 'date-parts': [[2026, 1]] })).toBe('2026-01');
  expect(crossrefDay({ 'date-parts': [[2026, 13, 1]] })).toBeUndefined();
  expect(crossrefDay({ 'date-parts': [[null, null]] })).toBeUndefined();
  expect(crossrefDay({ 'date-parts': [['2026', '1']] })).toBeUndefined();
  expect(crossrefDay(undefined)).toBeUndefined();
});

describe('parseCrossrefPage', () => {
  it('gives the total, the next cursor and the works that name a model, counting the others', () => {
    const parsed = parseCrossrefPage(page([record(), record({ DOI: '10.1038/x2', title: ['Aspirin in older adults'] }), record({ DOI: undefined })], { 'total-results': 240 }));
    expect(parsed).toMatchObject({ total: 240, nextCursor: 'DnF1ZXJ5', unusable: 1, offTopic: 1 });
    expect(parsed.works.map((work) => work.doi)).toEqual(['10.1038/s41591-026-00001-x']);
    // A model word in the abstract is enough.
    expect(parseCrossrefPage(page([record({ title: ['Reading radiographs'], abstract: '<jats:p>A large language model reads them.</jats:p>' })])).works).toHaveLength(1);
  });

  it("words Crossref's refusal, and refuses what is not a page of the works asked", () => {
    const failure = { status: 'failed', 'message-type': 'validation-failure', message: [{ type: 'integer-not-valid', value: '5000', message: 'Integer specified as 5000 but must be a positive integer less than or equal to 1000.' }] };
    expect(() => parseCrossrefPage(failure)).toThrow('Crossref says: Integer specified as 5000 but must be a positive integer less than or equal to 1000.');
    expect(() => parseCrossrefPage({ status: 'failed' })).toThrow('Crossref says: status failed, without a message');
    expect(() => parseCrossrefPage(null)).toThrow("the answer is not Crossref's JSON");
    expect(() => parseCrossrefPage({ status: 'ok', 'message-type': 'work', message: record() })).toThrow('the answer is a work, not a work list');
    expect(() => parseCrossrefPage(page([], { 'total-results': -1 }))).toThrow('the work list has no total-results');
    expect(() => parseCrossrefPage(page(Array.from({ length: 101 }, () => record())))).toThrow('the page has 101 works, more than the 100 asked; not read');
  });

  it('sends back no cursor that is not one', () => {
    expect(parseCrossrefPage(page([], { 'next-cursor': 'x'.repeat(5000) })).nextCursor).toBeUndefined();
    expect(parseCrossrefPage(page([], { 'next-cursor': 42 })).nextCursor).toBeUndefined();
  });
});
