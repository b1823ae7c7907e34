/** The weekly watch against a local server speaking the Hub's and arXiv's formats, errors and rate limits. */
import { afterEach, describe, expect, it } from 'vitest';
import { ARXIV_INTERVAL_MS, runWatch, WATCH_BUDGETS, WATCH_TIME_BUDGET_MS } from '../../src/lib/intake/watch-run.ts';
import { watchMarkdown } from '../../src/lib/intake/watch-report.ts';
import { everySourceFailed } from '../../src/lib/intake/watch.ts';
import { atomFeed, daysAgo, startFakeWatchApis, type FakeWatchApis, type WatchFault, type WatchState } from './fake-watch-apis.ts';
import { KNOWN, paper, world } from './world.ts';

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
      'medgemma-4b-it-GGUF -> content/llms/medgemma.md: a quantization of google/medgemma-4b-it, which content/llms/medgemma.md has',
      'meditron-3-8b -> content/llms/meditron.md: same arXiv id as content/llms/meditron.md',
    ]);
    expect(result.dropped).toEqual({ notMedical: 2, quantizations: 0, unusable: expect.any(Number) });
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

  it('fails as a whole when every source failed', async () => {
    const { result } = await watchWith({
      faults: [
        { service: 'huggingface', times: Infinity, kind: 'status', status: 403 },
        { service: 'arxiv', times: Infinity, kind: 'status', status: 503 },
      ],
    });
    expect(everySourceFailed(result)).toBe(true);
    expect(result.failed).toEqual([
      { source: 'huggingface', reason: 'no answer: filter=medical: HTTP 403 from /hf/api/models (and 11 more requests that failed)' },
      { source: 'arxiv', reason: 'no answer: results 1 and on: HTTP 503 after 3 tries' },
    ]);
  });

  it('does not ask a next page that the Link header puts on another host', async () => {
    server = await startFakeWatchApis({ state: manyModels(300) });
    server.nextPageElsewhere = true;
    const clock = fakeClock();
    const { runs } = await runWatch({ known: KNOWN, env: server.env, days: 14, now: new Date(NOW), clientOptions: { sleep: clock.sleep, now: clock.now } });
    expect(server.log.some((r) => r.url.searchParams.has('cursor'))).toBe(false);
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
    // 50 s apart from the first request: at 0, 50, 100, 150 and 200 s; the next, at 250 s, is past the 240 s.
    expect(fake.requests.huggingface).toBe(5);
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
