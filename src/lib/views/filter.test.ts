import { describe, expect, it } from 'vitest';
import {
  applyFilter,
  describeFilters,
  EMPTY_FILTER,
  filterStateToParams,
  facetCounts,
  isFiltered,
  parseFilterState,
  resultSortNeeds,
  resultSortUnmet,
  type FilterRecord,
  type FilterState,
} from './filter.ts';
import { foldText } from '../content/slug.ts';

const record = (
  slug: string,
  date: string,
  institutes: string[],
  extra: Partial<Pick<FilterRecord, 'citations' | 'stars' | 'likes' | 'downloads' | 'access' | 'modalities' | 'specialties' | 'tasks' | 'licenses'>> = {},
): FilterRecord => ({
  slug,
  date,
  institutes,
  text: foldText(`${slug} ${institutes.join(' ')}`),
  modalities: [],
  specialties: [],
  tasks: [],
  licenses: [],
  ...extra,
});

/** In the order the build writes them: newest first. */
const RECORDS = [
  record('internist', '2024-05', ['Université catholique de Louvain'], { likes: 10, downloads: 4000, access: 'open-weights', modalities: ['text'], specialties: ['general'], tasks: ['question-answering'], licenses: ['open', 'Apache-2.0'] }),
  record('amie', '2024-01', ['Google Research', 'Google', 'Google DeepMind'], { citations: 300 }),
  record('meditron', '2023-11', ['EPFL'], { citations: 250, stars: 2000, likes: 230, downloads: 900, access: 'open-weights', modalities: ['text'], specialties: ['general'], tasks: ['question-answering', 'dialogue'], licenses: ['restricted', 'llama-2-community'] }),
  record('codoc', '2023-07', ['Google DeepMind', 'Google'], { stars: 90, access: 'gated', modalities: ['text', 'image'], specialties: ['radiology', 'oncology'], tasks: ['report-generation'] }),
  record('biobert', '2019-01', ['Korea University'], { citations: 5000, stars: 1900 }),
];
const slugs = (state: Partial<FilterState>) => applyFilter(RECORDS, { ...EMPTY_FILTER, ...state }).map((r) => r.slug);

describe('filtering', () => {
  it('keeps the newest-first order of the records by default', () => {
    expect(slugs({})).toEqual(['internist', 'amie', 'meditron', 'codoc', 'biobert']);
  });

  it('keeps a date range, both ends included', () => {
    expect(slugs({ from: '2023-07', to: '2024-01' })).toEqual(['amie', 'meditron', 'codoc']);
    expect(slugs({ from: '2024-01' })).toEqual(['internist', 'amie']);
    expect(slugs({ to: '2019-01' })).toEqual(['biobert']);
  });

  it('keeps entries of any chosen institute, a parent taking in its children', () => {
    expect(slugs({ institutes: ['Google'] })).toEqual(['amie', 'codoc']);
    expect(slugs({ institutes: ['EPFL', 'Korea University'] })).toEqual(['meditron', 'biobert']);
    expect(slugs({ institutes: ['Google'], from: '2024-01' })).toEqual(['amie']);
  });

  it('keeps entries of any chosen access level or modality, leaving out those without the fact', () => {
    expect(slugs({ access: ['open-weights'] })).toEqual(['internist', 'meditron']);
    expect(slugs({ access: ['open-weights', 'gated'] })).toEqual(['internist', 'meditron', 'codoc']);
    expect(slugs({ modalities: ['image'] })).toEqual(['codoc']);
    expect(slugs({ modalities: ['image'], access: ['open-weights'] })).toEqual([]);
  });

  it('keeps entries whose licence is of a chosen kind, leaving out those without a known licence', () => {
    expect(slugs({ licenses: ['open'] })).toEqual(['internist']);
    expect(slugs({ licenses: ['open', 'restricted'] })).toEqual(['internist', 'meditron']);
    expect(slugs({ licenses: ['llama-2-community'] })).toEqual(['meditron']);
    expect(slugs({ licenses: ['Apache-2.0', 'llama-2-community'] })).toEqual(['internist', 'meditron']);
  });

  it('keeps entries of any chosen specialty', () => {
    expect(slugs({ specialties: ['radiology'] })).toEqual(['codoc']);
    expect(slugs({ specialties: ['general', 'oncology'] })).toEqual(['internist', 'meditron', 'codoc']);
    expect(slugs({ specialties: ['general'], institutes: ['EPFL'] })).toEqual(['meditron']);
  });

  it('keeps entries of any chosen task', () => {
    expect(slugs({ tasks: ['dialogue'] })).toEqual(['meditron']);
    expect(slugs({ tasks: ['question-answering', 'report-generation'] })).toEqual(['internist', 'meditron', 'codoc']);
    expect(slugs({ tasks: ['question-answering'], specialties: ['general'], institutes: ['EPFL'] })).toEqual(['meditron']);
  });

  it('matches every word of the text, whatever the case and accents', () => {
    expect(slugs({ q: 'universite LOUVAIN' })).toEqual(['internist']);
    expect(slugs({ q: 'google   deepmind' })).toEqual(['amie', 'codoc']);
    expect(slugs({ q: 'nothing-like-this' })).toEqual([]);
  });

  it('sorts by a metric, highest first, entries without a number last, ties newest first', () => {
    expect(slugs({ sort: 'citations' })).toEqual(['biobert', 'amie', 'meditron', 'internist', 'codoc']);
    expect(slugs({ sort: 'stars' })).toEqual(['meditron', 'biobert', 'codoc', 'internist', 'amie']);
    expect(slugs({ sort: 'likes' })).toEqual(['meditron', 'internist', 'amie', 'codoc', 'biobert']);
    expect(slugs({ sort: 'downloads' })).toEqual(['internist', 'meditron', 'amie', 'codoc', 'biobert']);
  });

  it('counts each institute over the entries the other filters keep', () => {
    expect(Object.fromEntries(facetCounts(RECORDS, { ...EMPTY_FILTER, from: '2023-07', institutes: ['EPFL'] }, 'institutes'))).toEqual({
      'Google Research': 1,
      Google: 2,
      'Google DeepMind': 2,
      EPFL: 1,
      'Université catholique de Louvain': 1,
    });
  });

  it('counts each specialty over the entries the other filters keep, the chosen institutes included', () => {
    const state = { ...EMPTY_FILTER, institutes: ['Google'], specialties: ['general'] };
    expect(Object.fromEntries(facetCounts(RECORDS, state, 'specialties'))).toEqual({ radiology: 1, oncology: 1 });
    expect(Object.fromEntries(facetCounts(RECORDS, state, 'institutes'))).toEqual({ 'Université catholique de Louvain': 1, EPFL: 1 });
  });

  it('counts each task over the entries the other filters keep, leaving out its own choices', () => {
    const state = { ...EMPTY_FILTER, specialties: ['general'], tasks: ['dialogue'] };
    expect(Object.fromEntries(facetCounts(RECORDS, state, 'tasks'))).toEqual({ 'question-answering': 2, dialogue: 1 });
    expect(Object.fromEntries(facetCounts(RECORDS, state, 'specialties'))).toEqual({ general: 1 });
    expect(Object.fromEntries(facetCounts(RECORDS, { ...state, institutes: ['Google'] }, 'tasks'))).toEqual({});
  });
});

describe('the view in the URL', () => {
  it('reads and writes every part of a view', () => {
    const state: FilterState = {
      from: '2023-03',
      to: '2024-06',
      institutes: ['Google', 'EPFL'],
      access: ['open-weights'],
      modalities: ['text', 'image'],
      specialties: ['radiology'],
      tasks: ['report-generation', 'detection'],
      licenses: ['open'],
      q: 'clinical',
      sort: 'stars',
      view: 'table',
    };
    const params = filterStateToParams(state);
    expect(params.toString()).toBe(
      'q=clinical&from=2023-03&to=2024-06&institute=Google&institute=EPFL&access=open-weights&modality=text&modality=image&specialty=radiology&task=report-generation&task=detection&license=open&sort=stars&view=table',
    );
    expect(parseFilterState(params)).toEqual(state);
  });

  it('writes a whole year as year=', () => {
    const params = filterStateToParams({ ...EMPTY_FILTER, from: '2024-01', to: '2024-12' });
    expect(params.toString()).toBe('year=2024');
    expect(parseFilterState(params)).toMatchObject({ from: '2024-01', to: '2024-12' });
  });

  it('leaves the default view with no parameters, and ignores malformed ones', () => {
    expect(filterStateToParams(EMPTY_FILTER).toString()).toBe('');
    expect(parseFilterState(new URLSearchParams('from=2024-13&to=x&sort=random&year=20&institute='))).toEqual(EMPTY_FILTER);
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, sort: 'stars' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, q: 'x' })).toBe(true);
  });
});

it('says a view\'s filters in words', () => {
  expect(describeFilters({ ...EMPTY_FILTER, q: 'clinical', from: '2024-01', to: '2024-12', institutes: ['Google'], specialties: ['radiology'], tasks: ['segmentation'], sort: 'stars' })).toBe(
    'search "clinical", 2024, institute Google, specialty radiology, task segmentation',
  );
  expect(describeFilters({ ...EMPTY_FILTER, from: '2023-03' })).toBe('from 2023-03');
  expect(describeFilters(EMPTY_FILTER)).toBe('');
});

it('sorts by the day an entry was added, most recent first, entries without a day last', () => {
  const records = [
    { slug: 'a', date: '2026-01', added: '2026-11-25', institutes: [], text: '', modalities: [], specialties: [], tasks: [], licenses: [] },
    { slug: 'b', date: '2025-01', added: '2026-12-03', institutes: [], text: '', modalities: [], specialties: [], tasks: [], licenses: [] },
    { slug: 'c', date: '2024-01', institutes: [], text: '', modalities: [], specialties: [], tasks: [], licenses: [] },
  ];
  expect(applyFilter(records, { ...EMPTY_FILTER, sort: 'added' }).map((r) => r.slug)).toEqual(['b', 'a', 'c']);
  expect(parseFilterState(new URLSearchParams('sort=added')).sort).toBe('added');
});

describe('a result column', () => {
  const column = 'medqa.us-4-option-test.accuracy';

  it('sorts best first by the metric’s direction, entries without a value last, newest first among ties', () => {
    const values = new Map([['meditron', 70.2], ['codoc', 47.5], ['amie', 70.2]]);
    const sorted = (higherIsBetter: boolean) => applyFilter(RECORDS, { ...EMPTY_FILTER, sort: 'result', result: column }, { values, higherIsBetter }).map((r) => r.slug);
    expect(sorted(true)).toEqual(['amie', 'meditron', 'codoc', 'internist', 'biobert']);
    expect(sorted(false)).toEqual(['codoc', 'amie', 'meditron', 'internist', 'biobert']);
  });

  it('keeps the date order until the column’s values have loaded', () => {
    expect(applyFilter(RECORDS, { ...EMPTY_FILTER, sort: 'result', result: column }).map((r) => r.slug)).toEqual(slugs({}));
  });

  it('is kept in the URL, and sort=result only with a well-formed column', () => {
    const state = parseFilterState(new URLSearchParams(`view=table&sort=result&result=${column}`));
    expect(state).toMatchObject({ view: 'table', sort: 'result', result: column });
    expect(parseFilterState(filterStateToParams(state))).toEqual(state);
    expect(parseFilterState(new URLSearchParams('sort=result')).sort).toBe('date');
    for (const bad of ['medqa', 'medqa.x', 'MedQA.a.b', 'a.b.c.d', '<script>.a.b']) {
      const read = parseFilterState(new URLSearchParams(`sort=result&result=${encodeURIComponent(bad)}`));
      expect([read.sort, read.result]).toEqual(['date', undefined]);
    }
  });

  it('says what the best-result sort needs when a link asks for it without a column, instead of ignoring it silently', () => {
    const asked = new URLSearchParams('sort=result');
    expect(resultSortUnmet(asked, parseFilterState(asked).sort)).toBe(true);
    expect(resultSortUnmet(new URLSearchParams(`sort=result&result=${column}`), 'result')).toBe(false);
    expect(resultSortUnmet(new URLSearchParams('sort=likes'), 'likes')).toBe(false);
    expect(resultSortNeeds(true)).toBe('choose a benchmark column first');
    expect(resultSortNeeds(false)).toBe('no entry of this list reports a benchmark result');
  });

  it('is not a filter: the view is not filtered by it, nor described as one', () => {
    const state = { ...EMPTY_FILTER, result: column };
    expect(isFiltered(state)).toBe(false);
    expect(describeFilters({ ...state, institutes: ['EPFL'] })).toBe('institute EPFL');
  });
});
