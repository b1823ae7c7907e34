/** The weekly watch against a local server speaking the Hub's, arXiv's and Crossref's formats, errors and rate limits. */
import { afterEach, describe, expect, it } from 'vitest';
import { ARXIV_INTERVAL_MS, CROSSREF_INTERVAL_MS, CROSSREF_MAILTO, runWatch, WATCH_BUDGETS, WATCH_TIME_BUDGET_MS } from '../../src/lib/intake/watch-run.ts';
import { watchMarkdown } from '../../src/lib/intake/watch-report.ts';
import { everySourceFailed } from '../../src/lib/intake/watch.ts';
import { atomFeed, crossrefFailure, daysAgo, startFakeWatchApis, type FakeWatchApis, type WatchFault, type WatchState } from './fake-watch-apis.ts';
import { KNOWN, paper, work, world } from './world.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');

let server: FakeWatchApis | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A clock that only the client's sleeps move on, so waits are exact and the tests fast. */
function fakeClock() {
  let now = NOW;
  const waits: number[] = [];
  return { waits, now: () => now, sleep: async (ms: number) => void (waits.push(ms), (now += ms)) };
}

async function watchWith({ state = world(NOW), faults = [] as WatchFault[], timeoutMs = 2000 } = {}) {
  server = await startFakeWatchApis({ state, faults });
  const clock = fakeClock();
  const result = await runWatch({
    known: KNOWN,
    env: server.env,
    days: 14,
    now: new Date(NOW),
    clientOptions: { sleep: clock.sleep, now: clock.now, random: () => 0, policy: { timeoutMs, baseDelayMs: 10, maxDelayMs: 40 } },
  });
  return { result, clock, server };
}

describe('a week of news', () => {
  it('merges a paper with the weights that name it, and ranks every candidate with its reasons', async () => {
    const { result } = await watchWith();
    expect(result.candidates.map((c) => [c.title, c.source, c.score])).toEqual([
      ['RadFM-2: A Radiology Foundation Model', 'arxiv', 16 + 15 + 15 + 3],
      ['medgemma-2-27b', 'huggingface', 25 + 10],
      ['A generalist foundation model for computational pathology trained on 1.2 million slides', 'crossref', 10 + 3],
      ['EchoNet-Next: an echocardiography foundation model', 'crossref', 10],
      ['Med|Bot [click](javascript:alert(1)) <img src=x onerror=alert(1)> evil', 'arxiv', 3],
      ['A Survey of Clinical Large Language Models', 'arxiv', 0],
    ]);
    const [radfm, medgemma] = result.candidates;
    expect(radfm).toMatchObject({
      url: 'https://arxiv.org/abs/2611.01234',
      date: daysAgo(3, NOW).slice(0, 10),
      ids: { huggingface: ['acme-health/RadFM-2-7B'], arxiv: '2611.01234', github: ['acme-health/radfm2'] },
      why: '40 likes (+16), 1,200 downloads (+15), paper and weights (+15), code on GitHub (+3)',
      section: 'vision',
      affiliations: ['Acme Hospital', 'Acme University'],
    });
    expect(medgemma!.why).toBe('300 likes (+25), from google, whom the list has (content/llms/medgemma.md) (+10)');
    // A finetune's arxiv: tags are its base's paper: none is taken as its own.
    expect(medgemma!.ids.arxiv).toBeNull();
    expect(result.candidates.find((c) => c.title.startsWith('A Survey'))!.section).toBe('surveys');
  });

  it('skips what the list has, naming the file, and drops what is not medical, outside the window or unusable', async () => {
    const { result } = await watchWith();
    expect(result.skipped.map(({ title, duplicateOf, reason }) => `${title} -> ${duplicateOf}: ${reason}`).sort()).toEqual([
      'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models -> content/llms/meditron.md: near-identical title to content/llms/meditron.md',
      // The journal article names the listed paper as its preprint, and the Hub model that names that paper joins it.
      'Meditron: open medical foundation language models for low-resource settings -> content/llms/meditron.md: same arXiv id as content/llms/meditron.md',
      'medgemma-4b-it-GGUF -> content/llms/medgemma.md: a quantization of google/medgemma-4b-it, which content/llms/medgemma.md has',
    ]);
    expect(result.dropped).toEqual({ notMedical: 2, quantizations: 0, unusable: expect.any(Number), offTopic: 1 });
    expect(result.dropped.unusable).toBeGreaterThanOrEqual(2);
    expect(result.candidates.map((c) => c.title)).not.toContain('old-med-model');
    expect(result.failed).toEqual([]);
  });

  it('asks the Hub newest first with its expand fields, for topics, the listed owners and models built on listed ones', async () => {
    const { server: fake } = await watchWith();
    const hub = fake.log.filter((r) => r.service === 'huggingface').map((r) => r.url.searchParams);
    expect(hub.map((p) => [...p].find(([name]) => ['filter', 'search', 'author'].includes(name))!.join('='))).toEqual([
      'filter=medical', 'filter=clinical', 'filter=radiology', 'filter=pathology', 'filter=biomedical',
      'search=medical', 'search=clinical', 'search=med',
      'author=google', 'author=epfl-llm',
      'filter=base_model:google/medgemma-4b-it', 'filter=base_model:epfl-llm/meditron-70b',
    ]);
    for (const params of hub) {
      expect(params.get('sort')).toBe('createdAt');
      expect(params.get('direction')).toBe('-1');
      expect(params.getAll('expand')).toEqual(['author', 'createdAt', 'likes', 'downloads', 'tags', 'pipeline_tag']);
    }
    const arxiv = fake.log.filter((r) => r.service === 'arxiv').map((r) => r.url.searchParams);
    expect(arxiv).toHaveLength(1);
    expect(arxiv[0]!.get('search_query')).toBe(
      '(cat:cs.CL OR cat:cs.CV OR cat:cs.LG OR cat:cs.AI OR cat:eess.IV OR cat:q-bio.QM) AND (abs:medical OR abs:clinical OR abs:biomedical OR abs:radiology OR abs:pathology OR abs:healthcare) AND (abs:"foundation model" OR abs:"language model" OR abs:"vision-language" OR abs:LLM) AND submittedDate:[202611171200 TO 202612011200]',
    );
    expect(Object.fromEntries([...arxiv[0]!].filter(([name]) => name !== 'search_query'))).toEqual({ sortBy: 'submittedDate', sortOrder: 'descending', start: '0', max_results: '100' });
  });
});

/** `count` medical models a day apart, newest first: a listing of many pages. */
const manyModels = (count: number, days = 0.01): WatchState => ({
  hub: Array.from({ length: count }, (_, i) => ({ id: `lab/med-model-${i}`, createdAt: daysAgo(i * days, NOW), likes: 1, tags: ['medical', 'clinical', 'radiology', 'pathology', 'biomedical'] })),
  papers: [],
});

describe('paging and budgets', () => {
  it("follows the Hub's Link header page after page, breadth first, and asks no more than 20 requests", async () => {
    const { result, server: fake } = await watchWith({ state: manyModels(3000) });
    expect(WATCH_BUDGETS.huggingface).toBe(20);
    expect(fake.requests.huggingface).toBe(20);
    expect(result.runs.find((r) => r.source === 'huggingface')).toMatchObject({ requests: 20, budget: 20 });
    const cursors = fake.log.filter((r) => r.service === 'huggingface' && r.url.searchParams.has('cursor'));
    // 12 first pages (search=medical and search=clinical find no "med-model"), then the second pages, then the third ones.
    expect(cursors.map((r) => [...r.url.searchParams][0]!.join('='))).toEqual([
      'filter=medical', 'filter=clinical', 'filter=radiology', 'filter=pathology', 'filter=biomedical', 'search=med', 'filter=medical', 'filter=clinical',
    ]);
    expect(result.runs.find((r) => r.source === 'huggingface')!.notAsked).toEqual([
      'filter=radiology (page 3)', 'filter=pathology (page 3)', 'filter=biomedical (page 3)', 'search=med (page 3)', 'filter=medical (page 4)', 'filter=clinical (page 4)',
    ]);
    expect(result.candidates.length).toBeGreaterThan(100);
  });

  it('stops following pages once a page reaches back before the window', async () => {
    const { server: fake } = await watchWith({ state: manyModels(250, 0.1) });
    // 250 models 0.1 day apart: the window's 14 days hold 141 of them, in the first two pages of 100.
    const medical = fake.log.filter((r) => r.service === 'huggingface' && r.url.searchParams.get('filter') === 'medical');
    expect(medical).toHaveLength(2);
  });

  it('pages arXiv by opensearch:totalResults, 3 s apart, at most 5 requests', async () => {
    const papers = Array.from({ length: 1000 }, (_, i) => paper(`2611.${String(10000 + i)}`, { title: `Medical model ${i}`, published: daysAgo(i / 100, NOW) }, NOW));
    const { result, server: fake, clock } = await watchWith({ state: { hub: [], papers } });
    expect(WATCH_BUDGETS.arxiv).toBe(5);
    expect(fake.requests.arxiv).toBe(5);
    expect(fake.log.filter((r) => r.service === 'arxiv').map((r) => r.url.searchParams.get('start'))).toEqual(['0', '100', '200', '300', '400']);
    expect(ARXIV_INTERVAL_MS).toBe(3000);
    expect(clock.waits.filter((ms) => ms === ARXIV_INTERVAL_MS)).toHaveLength(4);
    expect(result.runs.find((r) => r.source === 'arxiv')).toMatchObject({ requests: 5, budget: 5, notAsked: ['results 501 and on'] });
  });
});

describe('faults and rate limits', () => {
  it("waits what a 429's retry-after and the Hub's RateLimit header say, then goes on", async () => {
    const faults: WatchFault[] = [
      { service: 'huggingface', match: 'filter=medical', times: 1, kind: 'status', status: 429, headers: { ratelimit: '"api";r=0;t=7', 'ratelimit-policy': '"fixed window";"api";q=500;w=300' } },
      { service: 'arxiv', times: 1, kind: 'status', status: 429, headers: { 'retry-after': '11' } },
    ];
    const { result, clock } = await watchWith({ faults });
    expect(clock.waits).toContain(7000);
    expect(clock.waits).toContain(11_000);
    expect(result.failed).toEqual([]);
    expect(result.candidates[0]!.title).toBe('RadFM-2: A Radiology Foundation Model');
  });

  it('retries a 500 and malformed JSON; a query that keeps failing or hangs is named and the rest still reports', async () => {
    const faults: WatchFault[] = [
      { service: 'huggingface', match: 'filter=clinical', times: 1, kind: 'status', status: 500 },
      { service: 'huggingface', match: 'filter=radiology', times: 1, kind: 'malformed' },
      { service: 'huggingface', match: 'author=google', times: Infinity, kind: 'status', status: 502 },
      { service: 'huggingface', match: 'author=epfl-llm', times: Infinity, kind: 'hang' },
    ];
    const { result } = await watchWith({ faults, timeoutMs: 200 });
    expect(result.failed).toEqual([
      { source: 'huggingface', reason: 'author=google: HTTP 502 after 3 tries' },
      { source: 'huggingface', reason: 'author=epfl-llm: no answer within 0.2 s after 3 tries' },
    ]);
    expect(result.candidates.map((c) => c.title)).toContain('RadFM-2: A Radiology Foundation Model');
  });

  it('names a source that failed (a hang, then malformed XML, an error feed) and still reports the other', async () => {
    const hang = await watchWith({ faults: [{ service: 'arxiv', times: Infinity, kind: 'hang' }], timeoutMs: 200 });
    expect(hang.result.failed).toEqual([{ source: 'arxiv', reason: 'no answer: results 1 and on: no answer within 0.2 s after 3 tries' }]);
    expect(hang.result.candidates.map((c) => c.source)).toContain('huggingface');
    expect(everySourceFailed(hang.result)).toBe(false);
    await server!.close();

    const malformed = await watchWith({ faults: [{ service: 'arxiv', times: 1, kind: 'malformed' }] });
    expect(malformed.result.failed).toEqual([{ source: 'arxiv', reason: expect.stringMatching(/^no answer: results 1 and on: malformed XML \(.+, line 1\)$/) }]);
    await server!.close();

    const errorFeed = await watchWith({ faults: [{ service: 'arxiv', times: 1, kind: 'status', status: 400, body: (await import('./fake-watch-apis.ts')).arxivErrorFeed('max_results must be at most 2000') }] });
    expect(errorFeed.result.failed).toEqual([{ source: 'arxiv', reason: 'no answer: results 1 and on: arXiv says: max_results must be at most 2000' }]);
    expect(watchMarkdown(errorFeed.result)).toContain('- **arXiv**: no answer: results 1 and on: arXiv says: max_results must be at most 2000');
  });

  it('fails as a whole when every source failed, and not while the journals still answer', async () => {
    const hubAndArxivDown = (): WatchFault[] => [
      { service: 'huggingface', times: Infinity, kind: 'status', status: 403 },
      { service: 'arxiv', times: Infinity, kind: 'status', status: 503 },
    ];
    const journalsOnly = await watchWith({ faults: hubAndArxivDown() });
    expect(everySourceFailed(journalsOnly.result)).toBe(false);
    expect(journalsOnly.result.candidates.map((c) => c.source)).toEqual(['crossref', 'crossref']);
    await server!.close();

    const notFound: WatchFault = { service: 'crossref', times: Infinity, kind: 'status', status: 404, headers: { 'content-type': 'text/plain' }, body: 'Resource not found.' };
    const { result } = await watchWith({ faults: [...hubAndArxivDown(), notFound] });
    expect(everySourceFailed(result)).toBe(true);
    expect(result.failed).toEqual([
      { source: 'huggingface', reason: 'no answer: filter=medical: HTTP 403 from /hf/api/models (and 11 more requests that failed)' },
      { source: 'arxiv', reason: 'no answer: results 1 and on: HTTP 503 after 3 tries' },
      { source: 'crossref', reason: 'no answer: results 1 and on: HTTP 404 from /crossref/works' },
    ]);
  });

  it('does not ask a next page that the Link header puts on another host', async () => {
    server = await startFakeWatchApis({ state: manyModels(300) });
    server.nextPageElsewhere = true;
    const clock = fakeClock();
    const { runs } = await runWatch({ known: KNOWN, env: server.env, days: 14, now: new Date(NOW), clientOptions: { sleep: clock.sleep, now: clock.now } });
    expect(server.log.some((r) => r.service === 'huggingface' && r.url.searchParams.has('cursor'))).toBe(false);
    expect(runs.find((r) => r.source === 'huggingface')!.requests).toBe(12);
  });
});

describe('a hostile or broken service costs little', () => {
  const MB = 1024 * 1024;

  it('stops reading a 400 MB Hub answer at its 4 MB cap, and fails each page with the reason, not retried', async () => {
    const started = performance.now();
    const { result, server: fake } = await watchWith({ faults: [{ service: 'huggingface', times: Infinity, kind: 'flood', bytes: 400 * MB }], timeoutMs: 1000 });
    expect(result.failed).toEqual([
      { source: 'huggingface', reason: 'no answer: filter=medical: the answer from /hf/api/models is larger than the 4 MB this client reads; not read further (and 11 more requests that failed)' },
    ]);
    expect(fake.requests.huggingface).toBe(12);
    expect(fake.flooded).toBeLessThan(12 * 20 * MB);
    console.log(`12 Hub answers of 400 MB: ${(fake.flooded / MB).toFixed(1)} MB sent, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  it('stops reading an endless arXiv answer at 5 MB', async () => {
    const { result, server: fake } = await watchWith({ faults: [{ service: 'arxiv', times: Infinity, kind: 'flood' }], timeoutMs: 1000 });
    expect(result.failed).toEqual([{ source: 'arxiv', reason: 'no answer: results 1 and on: the answer from /arxiv/query is larger than the 5 MB this client reads; not read further' }]);
    expect(fake.requests.arxiv).toBe(1);
    expect(fake.flooded).toBeLessThan(5 * MB + 20 * MB);
    console.log(`an endless arXiv answer: ${(fake.flooded / MB).toFixed(1)} MB sent`);
  });

  it('reads no arXiv page of more entries than the 100 asked (37,000 in 5 MB)', async () => {
    const entries = Array.from(
      { length: 37_000 },
      (_, i) => `<entry><id>http://arxiv.org/abs/2611.${10_000 + i}v1</id><title>Medical model ${i}</title><published>${daysAgo(1, NOW)}</published></entry>`,
    );
    const body = atomFeed(entries, { total: 185_000, start: 0, perPage: 37_000 });
    expect(body.length).toBeLessThan(5 * MB);
    const started = performance.now();
    const { result } = await watchWith({ faults: [{ service: 'arxiv', times: Infinity, kind: 'status', status: 200, headers: { 'content-type': 'application/atom+xml' }, body }] });
    expect(result.failed).toEqual([{ source: 'arxiv', reason: 'no answer: results 1 and on: the page has 37,000 entries, more than the 100 asked; not read' }]);
    console.log(`a 37,000-entry arXiv page: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  it('ends a source at once when it asks to wait 120 s, more than the minute allowed, and names it', async () => {
    const { result, clock, server: fake } = await watchWith({ faults: [{ service: 'huggingface', times: Infinity, kind: 'status', status: 429, headers: { 'retry-after': '120' } }] });
    expect(result.failed).toEqual([{ source: 'huggingface', reason: 'no answer: filter=medical: asked to wait 120 s, more than the 60 s allowed' }]);
    expect(fake.requests.huggingface).toBe(1);
    expect(clock.waits.filter((ms) => ms >= 60_000)).toEqual([]);
    expect(result.runs.find((run) => run.source === 'huggingface')!.notAsked).toEqual([]);
    expect(result.candidates.map((c) => c.source)).toContain('arxiv');
    expect(watchMarkdown(result)).toContain('**the Hugging Face Hub**: no answer: filter=medical: asked to wait 120 s, more than the 60 s allowed');
  });

  it('spends at most its time budget on a source that keeps asking for waits under a minute', async () => {
    const { clock, server: fake } = await watchWith({ faults: [{ service: 'huggingface', times: Infinity, kind: 'status', status: 429, headers: { 'retry-after': '50' } }] });
    expect(clock.now() - NOW).toBeLessThanOrEqual(WATCH_TIME_BUDGET_MS);
    // 50 s apart from the first request: at 0, 50, 100 and 150 s; the next, at 200 s, is past the 180 s.
    expect(fake.requests.huggingface).toBe(4);
  });
});

describe('hostile answers', () => {
  it('keeps titles as text, ids that the schema allows and URLs that an entry could hold', async () => {
    const { result } = await watchWith();
    const bot = result.candidates.find((c) => c.title.startsWith('Med|Bot'))!;
    expect(bot.title).not.toMatch(/[\n\u202E]/);
    expect(bot.ids.github).toEqual(['bad/repo']);
    const markdown = watchMarkdown(result);
    // Escaped: the pipe keeps the table's columns, the brackets make no link, the angle bracket no HTML.
    expect(markdown).toContain('| [Med\\|Bot \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)> evil](https://arxiv.org/abs/2611.09999) |');
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
  });
});

/** `count` journal articles that name a model, newest first, in Nature Medicine. */
const manyArticles = (count: number): WatchState => ({
  hub: [],
  papers: [],
  works: Array.from({ length: count }, (_, i) =>
    work(`10.1038/s41591-026-${String(10_000 + i)}`, { title: `A clinical foundation model ${i}`, journal: 'Nature Medicine', issn: '1546-170X', days: i / 100 }, NOW),
  ),
});

describe('the journals, through Crossref', () => {
  it('asks the works of the seven journals in the window, by ISSN, ranked by model words, with a mailto, selected fields and a cursor', async () => {
    const { server: fake } = await watchWith();
    const asked = fake.log.filter((r) => r.service === 'crossref');
    expect(asked).toHaveLength(1);
    const params = Object.fromEntries(asked[0]!.url.searchParams);
    expect(asked[0]!.url.pathname).toBe('/crossref/works');
    expect(params).toEqual({
      filter: 'issn:1546-170X,issn:2157-846X,issn:2522-5839,issn:2398-6352,issn:2589-7500,issn:2836-9386,issn:2638-6100,from-pub-date:2026-11-17,until-pub-date:2026-12-01,type:journal-article',
      query: 'foundation model large language model LLM vision-language generalist pretrained self-supervised',
      select: 'DOI,title,author,published,issued,container-title,relation,abstract',
      rows: '100',
      cursor: '*',
      mailto: CROSSREF_MAILTO,
    });
  });

  it('finds the journal-first models, dates an article by its preprint, and names the journal and its DOI', async () => {
    const { result } = await watchWith();
    const [pathx, echonet] = result.candidates.filter((c) => c.source === 'crossref');
    expect(pathx).toMatchObject({
      url: 'https://doi.org/10.1038/s41551-026-01500-1',
      date: daysAgo(4, NOW).slice(0, 10),
      doi: '10.1038/s41551-026-01500-1',
      journal: 'Nature Biomedical Engineering',
      ids: { huggingface: [], arxiv: null, github: ['acme-path/pathx'] },
      why: 'published in Nature Biomedical Engineering (+10), code on GitHub (+3)',
      section: 'vision',
      affiliations: ['Acme Cancer Center'],
    });
    // The date rule: the article came out this week, its arXiv preprint in August 2025.
    expect(echonet).toMatchObject({ url: 'https://doi.org/10.1038/s41746-026-02000-2', date: '2025-08', ids: { arxiv: '2508.04321' }, section: 'vision' });
    const markdown = watchMarkdown(result);
    expect(markdown).toContain('| [EchoNet-Next: an echocardiography foundation model](https://doi.org/10.1038/s41746-026-02000-2) | journal | 2025-08 | 10 |');
    expect(markdown).toContain('Asked the Hugging Face Hub: 12 of 20 requests; arXiv: 1 of 5 requests; Crossref: 1 of 5 requests.');
    expect(markdown).toContain('1 journal articles that name no model in title or abstract');
  });

  it('pages by next-cursor until total-results, a second apart, at most 5 requests', async () => {
    const { result, server: fake, clock } = await watchWith({ state: manyArticles(1000) });
    expect(WATCH_BUDGETS.crossref).toBe(5);
    expect(fake.requests.crossref).toBe(5);
    const cursors = fake.log.filter((r) => r.service === 'crossref').map((r) => r.url.searchParams.get('cursor'));
    expect(cursors[0]).toBe('*');
    // Each later page is asked with the cursor the page before it gave.
    expect(new Set(cursors).size).toBe(5);
    expect(clock.waits.filter((ms) => ms === CROSSREF_INTERVAL_MS)).toHaveLength(4);
    expect(result.runs.find((r) => r.source === 'crossref')).toMatchObject({ requests: 5, budget: 5, notAsked: ['results 501 and on'] });
    expect(result.candidates.filter((c) => c.source === 'crossref')).toHaveLength(500);

    await server!.close();
    const few = await watchWith({ state: manyArticles(150) });
    expect(few.server.requests.crossref).toBe(2);
    expect(few.result.candidates).toHaveLength(150);
  });

  it("waits a 429's retry-after, retries one with only Crossref's rate-limit headers, and ends the source at a wait past the minute", async () => {
    const limits = { 'x-rate-limit-limit': '3', 'x-rate-limit-interval': '1s' };
    const waited = await watchWith({
      faults: [
        { service: 'crossref', times: 1, kind: 'status', status: 429, headers: { ...limits, 'retry-after': '5' }, body: 'Social activity too high' },
        { service: 'crossref', times: 1, kind: 'status', status: 429, headers: limits, body: 'Social activity too high' },
      ],
    });
    expect(waited.clock.waits).toContain(5000);
    expect(waited.server.requests.crossref).toBe(3);
    expect(waited.result.failed).toEqual([]);
    expect(waited.result.candidates.map((c) => c.source)).toContain('crossref');
    await server!.close();

    const tooLong = await watchWith({ faults: [{ service: 'crossref', times: Infinity, kind: 'status', status: 429, headers: { ...limits, 'retry-after': '120' } }] });
    expect(tooLong.result.failed).toEqual([{ source: 'crossref', reason: 'no answer: results 1 and on: asked to wait 120 s, more than the 60 s allowed' }]);
    expect(tooLong.server.requests.crossref).toBe(1);
    expect(watchMarkdown(tooLong.result)).toContain('- **Crossref**: no answer: results 1 and on: asked to wait 120 s, more than the 60 s allowed');
  });

  it("names Crossref's refusal of a request, retries malformed JSON, and reads neither a flood nor a page of more works than asked", async () => {
    const refused = await watchWith({
      faults: [{ service: 'crossref', times: 1, kind: 'status', status: 400, body: crossrefFailure('filter-not-available', 'issn', 'Filter issn specified but there is no such filter for this route.') }],
    });
    expect(refused.result.failed).toEqual([{ source: 'crossref', reason: 'no answer: results 1 and on: Crossref says: Filter issn specified but there is no such filter for this route.' }]);
    await server!.close();

    const malformed = await watchWith({ faults: [{ service: 'crossref', times: 1, kind: 'malformed' }] });
    expect(malformed.result.failed).toEqual([]);
    expect(malformed.server.requests.crossref).toBe(2);
    await server!.close();

    const flood = await watchWith({ faults: [{ service: 'crossref', times: Infinity, kind: 'flood' }], timeoutMs: 1000 });
    expect(flood.result.failed).toEqual([{ source: 'crossref', reason: 'no answer: results 1 and on: the answer from /crossref/works is larger than the 5 MB this client reads; not read further' }]);
    expect(flood.server.flooded).toBeLessThan(25 * 1024 * 1024);
    await server!.close();

    const items = Array.from({ length: 20_000 }, (_, i) => ({ DOI: `10.1038/x${i}`, title: ['A foundation model'] }));
    const body = JSON.stringify({ status: 'ok', 'message-type': 'work-list', message: { items, 'total-results': 20_000, 'next-cursor': 'c' } });
    const tooMany = await watchWith({ faults: [{ service: 'crossref', times: Infinity, kind: 'status', status: 200, body }] });
    expect(tooMany.result.failed).toEqual([{ source: 'crossref', reason: 'no answer: results 1 and on: the page has 20,000 works, more than the 100 asked; not read' }]);
  });
});
