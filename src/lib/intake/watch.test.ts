import { describe, expect, it } from 'vitest';
import { isMedical, judgeFindings, listedOnHub } from './watch.ts';
import type { Found, SourceRun } from './watch-found.ts';

const found = (fields: Partial<Found> & Pick<Found, 'source' | 'title'>): Found => ({
  url: `https://example.org/${fields.title}`,
  date: '2026-11-28',
  huggingface: [],
  arxiv: [],
  github: [],
  tags: [],
  baseModels: [],
  quantized: false,
  affiliations: [],
  ...fields,
});
const model = (id: string, fields: Partial<Found> = {}) =>
  found({ source: 'huggingface', title: id.split('/')[1]!, url: `https://huggingface.co/${id}`, huggingface: [id], owner: id.split('/')[0], ...fields });
const paper = (id: string, title: string, fields: Partial<Found> = {}) => found({ source: 'arxiv', title, url: `https://arxiv.org/abs/${id}`, arxiv: [id], summary: 'A clinical model.', ...fields });
const article = (doi: string, title: string, fields: Partial<Found> = {}) =>
  found({ source: 'crossref', title, url: `https://doi.org/${doi}`, doi, journal: 'Nature Medicine', tags: ['nature medicine'], ...fields });
const run = (source: Found['source'], items: Found[]): SourceRun => ({ source, found: items, requests: 1, budget: 5, answered: 1, unusable: 0, problems: [], notAsked: [] });

const KNOWN = [
  { file: 'content/llms/old.md', frontMatter: { title: 'Old', date: '2023-01', huggingface: ['old-lab/old-med'] } },
  { file: 'content/llms/new.md', frontMatter: { title: 'New', date: '2026-05', huggingface: ['new-lab/new-med', 'datasets/new-lab/data'] } },
];

it('calls medical what names a medical word stem, not media, medium or median', () => {
  expect(isMedical([model('a/MedGemma-2')])).toBe(true);
  expect(isMedical([model('a/x', { tags: ['radiology'] })])).toBe(true);
  expect(isMedical([model('a/social-media-summarizer'), model('a/median-filter', { summary: 'A medium-sized model.' })])).toBe(false);
});

it('lists the owners and models the content has on the Hub, newest entries first, datasets aside', () => {
  expect(listedOnHub(KNOWN).queries).toEqual({ owners: ['new-lab', 'old-lab'], models: ['new-lab/new-med', 'old-lab/old-med'] });
});

describe('judgeFindings', () => {
  it('makes the models that name a paper of the results one candidate with it, and ranks it first', () => {
    const result = judgeFindings(
      [
        run('huggingface', [model('lab/Rad-7B', { arxiv: ['2611.00001'], likes: 9 }), model('lab/Rad-32B', { arxiv: ['2611.00001'], downloads: 99 }), model('lab/solo-med', { likes: 1000 })]),
        run('arxiv', [paper('2611.00001', 'Rad: Radiology models')]),
      ],
      KNOWN,
    );
    expect(result.candidates.map(({ title, ids, score, why }) => ({ title, ids, score, why }))).toEqual([
      {
        title: 'Rad: Radiology models',
        ids: { huggingface: ['lab/Rad-7B', 'lab/Rad-32B'], arxiv: '2611.00001', github: [] },
        score: 10 + 10 + 15,
        why: '9 likes (+10), 99 downloads (+10), paper and weights (+15)',
      },
      { title: 'solo-med', ids: { huggingface: ['lab/solo-med'], arxiv: null, github: [] }, score: 30, why: '1,000 likes (+30)' },
    ]);
  });

  it('credits a listed owner and a listed base model, and names their files', () => {
    const { candidates } = judgeFindings([run('huggingface', [model('new-lab/new-med-2', { baseModels: ['OLD-LAB/old-med'] })])], KNOWN);
    expect(candidates[0]!.why).toBe('from new-lab, whom the list has (content/llms/new.md) (+10), built on old-lab/old-med, which the list has (content/llms/old.md) (+5)');
  });

  it('skips a near-identical later candidate in favour of the better one, and drops quantizations of unlisted models', () => {
    const result = judgeFindings(
      [
        run('huggingface', [model('a/MedX', { likes: 5 }), model('b/medx', { likes: 1 }), model('c/medx-GGUF', { quantized: true, baseModels: ['a/MedX'] })]),
        run('arxiv', []),
      ],
      KNOWN,
    );
    expect(result.candidates.map((c) => c.url)).toEqual(['https://huggingface.co/a/MedX']);
    expect(result.skipped).toEqual([{ title: 'medx', duplicateOf: 'https://huggingface.co/a/MedX', reason: 'near-identical title to https://huggingface.co/a/MedX' }]);
    expect(result.dropped).toEqual({ notMedical: 0, quantizations: 1, unusable: 0, offTopic: 0 });
  });

  it('joins a journal article to the arXiv paper it names as its preprint, that names its DOI or that has its title, dated by the earliest', () => {
    const result = judgeFindings(
      [
        run('arxiv', [
          paper('2611.00001', 'Rad: Radiology models', { date: '2026-11-20' }),
          paper('2611.00002', 'Path: pathology models', { doi: '10.1038/b' }),
          paper('2611.00003', 'Echo: echocardiography models'),
        ]),
        run('crossref', [
          article('10.1038/a', 'Rad in the clinic: radiology models', { arxiv: ['2611.00001'] }),
          article('10.1038/b', 'Pathology at scale'),
          article('10.1038/c', 'ECHO: Echocardiography Models'),
        ]),
        run('huggingface', [model('lab/Rad-7B', { arxiv: ['2611.00001'], date: '2026-11-25' })]),
      ],
      KNOWN,
    );
    expect(result.candidates.map(({ title, url, source, date, doi, journal, ids }) => ({ title, url, source, date, doi, journal, arxiv: ids.arxiv }))).toEqual([
      { title: 'Rad: Radiology models', url: 'https://arxiv.org/abs/2611.00001', source: 'arxiv', date: '2026-11-20', doi: '10.1038/a', journal: 'Nature Medicine', arxiv: '2611.00001' },
      { title: 'Echo: echocardiography models', url: 'https://arxiv.org/abs/2611.00003', source: 'arxiv', date: '2026-11-28', doi: '10.1038/c', journal: 'Nature Medicine', arxiv: '2611.00003' },
      { title: 'Path: pathology models', url: 'https://arxiv.org/abs/2611.00002', source: 'arxiv', date: '2026-11-28', doi: '10.1038/b', journal: 'Nature Medicine', arxiv: '2611.00002' },
    ]);
    expect(result.candidates[0]!.why).toBe('published in Nature Medicine (+10), paper and weights (+15)');
    expect(result.skipped).toEqual([]);
  });

  it("skips an article whose preprint or DOI the list has, and dates a new one by its preprint's month", () => {
    const known = [
      ...KNOWN,
      { file: 'content/llms/pre.md', frontMatter: { title: 'Pre', date: '2024-01', papers: [{ url: 'https://arxiv.org/abs/2401.00001' }] } },
      { file: 'content/vision/nat.md', frontMatter: { title: 'Nat', date: '2024-05', papers: [{ url: 'https://www.nature.com/articles/s41591-024-0001-1' }] } },
    ];
    const crossref = {
      ...run('crossref', [
        article('10.1038/x', 'A clinical language model', { arxiv: ['2401.00001'] }),
        article('10.1038/s41591-024-0001-1', 'A pathology foundation model'),
        article('10.1038/y', 'A retinal foundation model', { preprintMonth: '2025-08', preprintDois: ['10.1101/2025.08.01.25000000'] }),
      ]),
      offTopic: 7,
    };
    const result = judgeFindings([crossref], known);
    expect(result.skipped.map(({ title, reason }) => `${title}: ${reason}`)).toEqual([
      'A clinical language model: same arXiv id as content/llms/pre.md',
      'A pathology foundation model: same DOI as content/vision/nat.md',
    ]);
    expect(result.candidates).toMatchObject([{ title: 'A retinal foundation model', url: 'https://doi.org/10.1038/y', source: 'crossref', date: '2025-08', section: 'vision', ids: { arxiv: null } }]);
    expect(result.dropped.offTopic).toBe(7);
  });

  it("takes a new model that shares its name with an entry of another year for a candidate, and one of the entry's year for the entry", () => {
    const known = [
      { file: 'content/llms/medx.md', frontMatter: { title: 'MedX', date: '2024-03' } },
      { file: 'content/llms/rad.md', frontMatter: { title: 'Rad', date: '2026-10' } },
    ];
    const result = judgeFindings([run('arxiv', [paper('2611.00009', 'MedX: a clinical model'), paper('2611.00010', 'Rad: radiology models')]), run('huggingface', [model('lab/MedPath')])], [
      ...known,
      { file: 'content/vision/medpath.md', frontMatter: { title: 'MedPath', date: '2024-06' } },
    ]);
    expect(result.candidates.map((c) => c.title)).toEqual(['MedPath', 'MedX: a clinical model']);
    expect(result.skipped.map(({ title, reason }) => `${title}: ${reason}`)).toEqual(['Rad: radiology models: near-identical title to content/llms/rad.md']);
  });

  it('names a source that answered nothing once, and each failed query of one that answered some', () => {
    const failedHub: SourceRun = { ...run('huggingface', []), answered: 0, problems: ['filter=medical: HTTP 500 after 3 tries', 'filter=clinical: HTTP 500 after 3 tries'] };
    const partArxiv: SourceRun = { ...run('arxiv', []), problems: ['results 101 and on: malformed XML (x, line 1)'] };
    expect(judgeFindings([failedHub, partArxiv], KNOWN).failed).toEqual([
      { source: 'huggingface', reason: 'no answer: filter=medical: HTTP 500 after 3 tries (and 1 more requests that failed)' },
      { source: 'arxiv', reason: 'results 101 and on: malformed XML (x, line 1)' },
    ]);
  });
});

it('judges 100,000 findings in seconds: ids and titles are looked up in maps, never compared pairwise', { timeout: 120_000 }, () => {
  // Half papers, half models each naming one of the papers, every tenth a quantization: as many as 37,000-entry pages once gave.
  const words = ['clinical', 'radiology', 'pathology', 'vision', 'language', 'multimodal', 'reasoning', 'agent', 'segmentation', 'report'];
  const papers = Array.from({ length: 50_000 }, (_, i) =>
    paper(`26${10 + (i % 2)}.${10_000 + (i >> 1)}`, `Med${i}: ${words[i % 10]} ${words[(i * 7) % 10]} model for ${words[(i * 3) % 10]}`, { github: [`lab${i % 500}/repo${i}`] }),
  );
  const models = papers.map((item, i) => model(`lab${i % 300}/med-model-${i}`, { arxiv: item.arxiv, likes: i % 50, quantized: i % 10 === 0, baseModels: i % 10 === 0 ? ['new-lab/new-med'] : [] }));
  const started = performance.now();
  const result = judgeFindings([run('arxiv', papers), run('huggingface', models)], KNOWN);
  const seconds = (performance.now() - started) / 1000;
  console.log(`judgeFindings: 100,000 findings in ${seconds.toFixed(1)} s`);
  expect(result.candidates).toHaveLength(50_000);
  expect(result.skipped).toHaveLength(5_000);
  // A generous bound (a pairwise comparison took minutes): timing here is a measure, not a race.
  expect(seconds).toBeLessThan(60);
});
