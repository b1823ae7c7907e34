import { expect, it } from 'vitest';
import { browseIndex, cardData, entriesByFact, entriesByInstitute, instituteFacet, listMetrics, listSummary, moreFiltersLabel } from './browse.ts';
import { cardOf, filterRecord } from './browse-index.ts';
import { cardHtml } from './card.ts';
import { applyFilter, EMPTY_FILTER } from './filter.ts';
import { createInstituteIndex } from '../content/institutes.ts';
import { metricsFileSchema } from '../metrics/metrics.ts';
import { createEntrySchema, instituteRegistrySchema, SPECIALTIES, TASKS, type Entry } from '../content/schema.ts';

const institutes = createInstituteIndex(
  instituteRegistrySchema.parse([
    { name: 'Google' },
    { name: 'Google DeepMind', aliases: ['DeepMind'], parent: 'Google' },
    { name: 'Université catholique de Louvain', aliases: ['UCLouvain'] },
  ]),
);
const schema = createEntrySchema();
const entry = (slug: string, names: string[], fields: Record<string, unknown> = {}): Entry => ({
  slug,
  section: 'llms',
  body: '',
  data: schema.parse({ title: slug.toUpperCase(), date: '2024-01', institutes: names, ...fields }),
});

const fetchedAt = '2026-11-01T00:00:00Z';
const metrics = metricsFileSchema.parse({
  github: { 'a/b': { stars: 12, archived: true, fetchedAt } },
  huggingface: { 'c/d': { likes: 3, downloads: 40, license: 'apache-2.0', fetchedAt } },
});

it('gives a card what it shows: main link, canonical institutes, numbers, licence and links with their warnings', () => {
  const amie = entry('amie', ['DeepMind'], { summary: 'Towards Conversational Diagnostic AI', huggingface: ['c/d'], github: ['a/b'], links: [{ label: 'Blog', url: 'https://example.org/post' }] });
  expect(cardData(amie, institutes, metrics)).toEqual({
    slug: 'amie',
    section: 'llms',
    title: 'AMIE',
    url: 'https://example.org/post',
    date: '2024-01',
    summary: 'Towards Conversational Diagnostic AI',
    institutes: ['Google DeepMind'],
    metrics: { stars: 12, likes: 3, downloads: 40 },
    license: 'Apache-2.0',
    links: [
      { label: 'Hugging Face', title: 'c/d', url: 'https://huggingface.co/c/d' },
      { label: 'GitHub', title: 'a/b', url: 'https://github.com/a/b', health: 'archived' },
      { label: 'Blog', title: 'Blog', url: 'https://example.org/post' },
    ],
  });
});

it("shows the main paper's first three authors on a card, then et al., and the index reads them back", () => {
  const paper = (authors: string[]) => ({ papers: [{ url: 'https://arxiv.org/abs/2311.16079', title: 'T', authors }] });
  const four = entry('four', ['Google'], paper(['Ann One', 'Bob Two', 'Cy Three', 'Di Four']));
  const three = entry('three', ['Google'], paper(['Ann One', 'Bob Two', 'Cy Three']));
  expect([four, three].map((e) => cardData(e, institutes, metrics).authors)).toEqual(['Ann One, Bob Two, Cy Three et al.', 'Ann One, Bob Two, Cy Three']);
  expect(cardData(entry('none', ['Google']), institutes, metrics)).not.toHaveProperty('authors');
  const index = browseIndex('llms', [four, three], institutes, metrics);
  expect(index.entries.map((e) => cardOf(e, index))).toEqual([four, three].map((e) => cardData(e, institutes, metrics)));
  expect(cardHtml(cardData(four, institutes, metrics), { base: '' })).toContain('<p class="entry-authors">Ann One, Bob Two, Cy Three et al.</p>');
});

it('indexes a section compactly and reads back the very cards the build draws, and the filter records', () => {
  const amie = entry('amie', ['DeepMind'], { summary: 'Towards Conversational Diagnostic AI', huggingface: ['c/d'], github: ['a/b'], links: [{ label: 'Blog', url: 'https://example.org/post' }], access: 'gated', parameters: '7B', specialties: ['general'], tasks: ['dialogue', 'question-answering'] });
  const internist = entry('internist', ['UCLouvain', 'Google']);
  const survey: Entry = { ...entry('survey', ['Google']), section: 'surveys' };
  const all = [amie, survey, internist];
  const index = browseIndex('llms', all, institutes, metrics);
  expect(index.institutes).toEqual([
    { name: 'Google DeepMind', aliases: ['DeepMind'], parent: 1 },
    { name: 'Google' },
    { name: 'Université catholique de Louvain', aliases: ['UCLouvain'] },
  ]);
  expect(index.entries.map((e) => [e.slug, e.rank, e.institutes])).toEqual([['amie', 0, [0]], ['internist', 2, [2, 1]]]);
  expect(index.entries[0]).toMatchObject({ hf: ['c/d'], gh: [['a/b', 'archived']], links: [['Blog', 'https://example.org/post']], access: 'gated', specialties: ['general'], tasks: ['dialogue', 'question-answering'], license: 'Apache-2.0' });
  expect(cardData(amie, institutes, metrics)).toMatchObject({ access: 'gated', parameters: '7B', specialty: 'general' });
  expect(index.entries.map((e) => cardOf(e, index))).toEqual([amie, internist].map((e) => cardData(e, institutes, metrics)));
  expect(filterRecord(index.entries[0]!, index)).toEqual({
    slug: 'amie',
    date: '2024-01',
    institutes: ['Google DeepMind', 'Google'],
    text: 'amie towards conversational diagnostic ai c/d a/b google deepmind deepmind google',
    stars: 12,
    likes: 3,
    downloads: 40,
    access: 'gated',
    modalities: [],
    specialties: ['general'],
    tasks: ['dialogue', 'question-answering'],
    licenses: ['open', 'Apache-2.0'],
  });
  expect(filterRecord(index.entries[1]!, index)).toMatchObject({ institutes: ['Université catholique de Louvain', 'Google'], text: 'internist universite catholique de louvain uclouvain google', tasks: [], licenses: [] });
});

it('finds an entry by what people type: its Hub or GitHub id, the org alone, or an alias of its institute or a parent', () => {
  const uni = entry('uni', ['DeepMind'], { huggingface: ['MahmoodLab/UNI2-h'], github: ['mahmoodlab/UNI'] });
  const archived = entry('archived', ['Google'], { github: ['a/b'] });
  const other = entry('other', ['UCLouvain']);
  const index = browseIndex('llms', [uni, archived, other], institutes, metrics);
  const records = index.entries.map((e) => filterRecord(e, index));
  const found = (q: string) => applyFilter(records, { ...EMPTY_FILTER, q }).map((r) => r.slug);
  expect(found('Mahmood')).toEqual(['uni']);
  expect(found('MahmoodLab/UNI2-h')).toEqual(['uni']);
  expect(found('uni2-h')).toEqual(['uni']);
  // A repository with a health badge is indexed as [repo, health]; its id is searched all the same.
  expect(found('a/b')).toEqual(['archived']);
  expect(found('DeepMind')).toEqual(['uni']);
  expect(found('uclouvain')).toEqual(['other']);
  expect(found('google')).toEqual(['uni', 'archived']);
});

it('offers each institute once with its number of entries, parents included', () => {
  expect(instituteFacet([entry('a', ['DeepMind']), entry('b', ['Google']), entry('c', ['UCLouvain'])], institutes)).toEqual([
    { name: 'Google', count: 2 },
    { name: 'Google DeepMind', count: 1 },
    { name: 'Université catholique de Louvain', count: 1 },
  ]);
});

it('lists each institute\'s entries in order, a parent with its children\'s, each entry once', () => {
  const [a, b, c, d] = [entry('a', ['DeepMind']), entry('b', ['Google', 'Google DeepMind']), entry('c', ['UCLouvain']), entry('d', ['Unknown Lab'])];
  const byInstitute = entriesByInstitute([a, b, c, d], institutes);
  expect(Object.fromEntries([...byInstitute].map(([name, entries]) => [name, entries.map((e) => e.slug)]))).toEqual({
    'Google DeepMind': ['a', 'b'],
    Google: ['a', 'b'],
    'Université catholique de Louvain': ['c'],
  });
});

it('offers the tasks and specialties of a list as facets, most entries first', () => {
  const entries = [entry('a', ['Google'], { tasks: ['dialogue'], specialties: ['general'] }), entry('b', ['Google'], { tasks: ['question-answering', 'dialogue'] })];
  const summary = listSummary(entries, institutes, metrics, []);
  expect(summary.tasks).toEqual([{ value: 'dialogue', count: 2 }, { value: 'question-answering', count: 1 }]);
  expect(summary.specialties).toEqual([{ value: 'general', count: 1 }]);
});

it('offers sorts only by the numbers some entry of the list has, with the date they are as of, and none before any refresh', () => {
  const withHub = [entry('a', ['Google'], { huggingface: ['c/d'] }), entry('b', ['Google'])];
  expect(listMetrics(withHub, metrics)).toEqual({ kinds: ['likes', 'downloads'], asOf: fetchedAt });
  expect(listSummary(withHub, institutes, metrics, [])).toMatchObject({ metricKinds: ['likes', 'downloads'], metricsAsOf: fetchedAt });
  const neverFetched = metricsFileSchema.parse({});
  expect(listMetrics([entry('a', ['Google'], { huggingface: ['c/d'], github: ['a/b'] })], neverFetched)).toEqual({ kinds: [] });
  expect(listSummary(withHub, institutes, neverFetched, []).metricKinds).toEqual([]);
});

it("offers the entries' own licences and their kinds as the licence facet, with no metrics fetched", () => {
  const entries = [entry('a', ['Google'], { license: 'MIT' }), entry('b', ['Google'], { license: 'gemma-terms' }), entry('c', ['Google'], { license: 'unknown', licenseNote: 'none found' })];
  expect(listSummary(entries, institutes, metricsFileSchema.parse({}), []).licenses).toEqual([
    { value: 'gemma-terms', count: 1 },
    { value: 'MIT', count: 1 },
    { value: 'open', count: 1 },
    { value: 'restricted', count: 1 },
    { value: 'unknown', count: 1 },
  ]);
});

it('names in the filter panel\'s label only the filters the list offers', () => {
  const none: { value: string; count: number }[] = [];
  const one = [{ value: 'x', count: 1 }];
  expect(moreFiltersLabel({ specialties: none, tasks: none, access: none, licenses: none, modalities: none })).toBe('Dates and institutes');
  expect(moreFiltersLabel({ specialties: one, tasks: one, access: one, licenses: one, modalities: one })).toBe('Dates, specialty, task, access, licence, modality and institutes');
  expect(moreFiltersLabel({ specialties: one, tasks: none, access: one, licenses: none, modalities: none })).toBe('Dates, specialty, access and institutes');
});

it('groups entries by each value of a closed list they have, in the list\'s order, for the pages of specialties and tasks', () => {
  const a = entry('a', ['Google'], { tasks: ['segmentation', 'question-answering'], specialties: ['radiology'] });
  const b = entry('b', ['Google'], { tasks: ['question-answering'] });
  const byTask = entriesByFact([a, b], TASKS, (e) => e.data.tasks);
  expect(byTask.map(({ value, entries }) => [value, entries.map((e) => e.slug)])).toEqual([['question-answering', ['a', 'b']], ['segmentation', ['a']]]);
  expect(entriesByFact([a, b], SPECIALTIES, (e) => e.data.specialties).map(({ value, entries }) => [value, entries.length])).toEqual([['radiology', 1]]);
  expect(entriesByFact([], TASKS, (e) => e.data.tasks)).toEqual([]);
});
