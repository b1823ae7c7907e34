/**
 * A local server that answers like the Hugging Face Hub's model listing, arXiv's query API and Crossref's
 * REST API, in their real formats: the Hub's JSON list, newest first, paged with a `Link: <…>; rel="next"`
 * header and its RateLimit headers; arXiv's Atom feed with `opensearch:totalResults`, paged with start and
 * max_results, and its error feed (HTTP 400) for a query it cannot run; Crossref's work list
 * (`message.items`, `total-results`, `next-cursor`) filtered by ISSN, publication dates and type, with its
 * `select`, deep-paging cursors, rate-limit headers, validation failures (HTTP 400, `status: failed`) and
 * plain-text 404. Faults (a status with headers, a hang, a malformed body, a flood of bytes, a body of the
 * test's own) are injected per request, as in test/metrics/fake-apis.ts.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { floodAnswer, type Fault } from '../metrics/fake-apis.ts';

type WatchService = 'huggingface' | 'arxiv' | 'crossref';

export interface FakePaper {
  id: string;
  title: string;
  summary: string;
  published: string;
  authors: { name: string; affiliations?: string[] }[];
  categories: string[];
  doi?: string;
  comment?: string;
  /** Extra <link href> values, beyond the abstract and PDF. */
  links?: string[];
}

export interface WatchState {
  /** Hub models as the listing answers them (any shape: tests send hostile ones too). */
  hub: Record<string, unknown>[];
  papers: FakePaper[];
  /** Crossref works as its records hold them (any shape); none when left out. */
  works?: Record<string, unknown>[];
}

export type WatchFault = Fault<WatchService>;

export interface FakeWatchApis {
  env: { HF_API_URL: string; ARXIV_API_URL: string; CROSSREF_API_URL: string };
  state: WatchState;
  faults: WatchFault[];
  requests: Record<WatchService, number>;
  /** Every request's service and URL (path and query), in order. */
  log: { service: WatchService; url: URL }[];
  /** A Link header's next page on another host, to test that it is not followed. */
  nextPageElsewhere: boolean;
  /** Bytes of floods written to the sockets. */
  readonly flooded: number;
  close(): Promise<void>;
}

export const daysAgo = (days: number, now = Date.now()) => new Date(now - days * 86_400_000).toISOString();

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&${({ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' })[c]};`);

function entryXml(paper: FakePaper): string {
  const authors = paper.authors
    .map(({ name, affiliations = [] }) => `    <author>\n      <name>${escapeXml(name)}</name>\n${affiliations.map((a) => `      <arxiv:affiliation>${escapeXml(a)}</arxiv:affiliation>\n`).join('')}    </author>`)
    .join('\n');
  const links = [`https://arxiv.org/abs/${paper.id}v1`, ...(paper.links ?? [])].map((href) => `    <link href="${escapeXml(href)}" rel="alternate" type="text/html"/>`);
  return `  <entry>
    <id>http://arxiv.org/abs/${escapeXml(paper.id)}v1</id>
    <updated>${paper.published}</updated>
    <published>${paper.published}</published>
    <title>${escapeXml(paper.title)}</title>
    <summary>${escapeXml(paper.summary)}</summary>
${authors}
${paper.doi ? `    <arxiv:doi>${escapeXml(paper.doi)}</arxiv:doi>\n` : ''}${paper.comment ? `    <arxiv:comment>${escapeXml(paper.comment)}</arxiv:comment>\n` : ''}${links.join('\n')}
    <link title="pdf" href="https://arxiv.org/pdf/${escapeXml(paper.id)}v1" rel="related" type="application/pdf"/>
    <arxiv:primary_category term="${paper.categories[0]}" scheme="http://arxiv.org/schemas/atom"/>
${paper.categories.map((term) => `    <category term="${term}" scheme="http://arxiv.org/schemas/atom"/>`).join('\n')}
  </entry>`;
}

export function atomFeed(entries: string[], { total, start, perPage }: { total: number; start: number; perPage: number }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <id>https://arxiv.org/api/fake</id>
  <title type="html">arXiv Query</title>
  <updated>2026-12-01T00:00:00Z</updated>
  <opensearch:itemsPerPage>${perPage}</opensearch:itemsPerPage>
  <opensearch:totalResults>${total}</opensearch:totalResults>
  <opensearch:startIndex>${start}</opensearch:startIndex>
${entries.join('\n')}
</feed>
`;
}

/** arXiv's answer to a query it cannot run: HTTP 400 and a feed whose one entry is the error. */
export const arxivErrorFeed = (message: string) =>
  atomFeed(
    [`  <entry>\n    <id>http://arxiv.org/api/errors#incorrect_query</id>\n    <title>Error</title>\n    <summary>${escapeXml(message)}</summary>\n    <updated>2026-12-01T00:00:00Z</updated>\n  </entry>`],
    { total: 1, start: 0, perPage: 1 },
  );

/** Crossref's answer to a request it cannot run: HTTP 400 and the reasons. */
export const crossrefFailure = (type: string, value: string, message: string) =>
  JSON.stringify({ status: 'failed', 'message-type': 'validation-failure', message: [{ type, value, message }] });

const CROSSREF_FILTERS = new Set(['issn', 'from-pub-date', 'until-pub-date', 'type']);

/** A Crossref partial date as a sortable string: [[2026, 11]] → 2026-11, a filter's 2026-11-17 as given. */
const partialDate = (value: unknown) =>
  ((value as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0] ?? []).map((part, i) => (i ? String(part).padStart(2, '0') : String(part))).join('-');

export async function startFakeWatchApis({ state = { hub: [], papers: [] }, faults = [] }: { state?: WatchState; faults?: WatchFault[] } = {}): Promise<FakeWatchApis> {
  const requests: Record<WatchService, number> = { huggingface: 0, arxiv: 0, crossref: 0 };
  const log: FakeWatchApis['log'] = [];
  const hanging = new Set<ServerResponse>();
  let base = '';
  const fake = { nextPageElsewhere: false, flooded: 0 };

  const hub = (res: ServerResponse, url: URL) => {
    if (url.pathname !== '/hf/api/models') return res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not Found"}');
    const params = url.searchParams;
    const tags = (model: Record<string, unknown>) => (Array.isArray(model.tags) ? model.tags.map((tag) => String(tag).toLowerCase()) : []);
    const id = (model: Record<string, unknown>) => String(model.id ?? '');
    const matching = state.hub
      .filter((model) => params.getAll('filter').every((tag) => tags(model).includes(tag.toLowerCase())))
      .filter((model) => !params.has('search') || id(model).toLowerCase().includes(params.get('search')!.toLowerCase()))
      .filter((model) => !params.has('author') || id(model).split('/')[0]!.toLowerCase() === params.get('author')!.toLowerCase())
      .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    const limit = Number(params.get('limit') ?? 1000);
    const offset = Number(Buffer.from(params.get('cursor') ?? 'MA', 'base64url').toString());
    const page = matching.slice(offset, offset + limit);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ratelimit: '"api";r=499;t=120', 'ratelimit-policy': '"fixed window";"api";q=500;w=300' };
    if (offset + limit < matching.length) {
      const next = new URLSearchParams(params);
      next.set('cursor', Buffer.from(String(offset + limit)).toString('base64url'));
      const host = fake.nextPageElsewhere ? 'http://elsewhere.example' : base;
      headers.link = `<${host}/hf/api/models?${next}>; rel="next"`;
    }
    res.writeHead(200, headers).end(JSON.stringify(page));
  };

  const arxiv = (res: ServerResponse, url: URL) => {
    const atom = { 'content-type': 'application/atom+xml; charset=utf-8' };
    if (url.pathname !== '/arxiv/query') return res.writeHead(404, atom).end(arxivErrorFeed('not found'));
    if (!url.searchParams.get('search_query')) return res.writeHead(400, atom).end(arxivErrorFeed('search_query is required'));
    const start = Number(url.searchParams.get('start') ?? 0);
    const perPage = Number(url.searchParams.get('max_results') ?? 10);
    const sorted = [...state.papers].sort((a, b) => b.published.localeCompare(a.published));
    res.writeHead(200, atom).end(atomFeed(sorted.slice(start, start + perPage).map(entryXml), { total: sorted.length, start, perPage }));
  };

  const crossref = (res: ServerResponse, url: URL) => {
    const json = { 'content-type': 'application/json;charset=utf-8', 'x-rate-limit-limit': '3', 'x-rate-limit-interval': '1s', 'x-concurrency-limit': '3' };
    if (url.pathname !== '/crossref/works') return res.writeHead(404, { 'content-type': 'text/plain' }).end('Resource not found.');
    const params = url.searchParams;
    const fail = (...reason: Parameters<typeof crossrefFailure>) => res.writeHead(400, json).end(crossrefFailure(...reason));
    const rows = Number(params.get('rows') ?? 20);
    if (!Number.isInteger(rows) || rows < 0 || rows > 1000) return fail('integer-not-valid', String(params.get('rows')), `Integer specified as ${params.get('rows')} but must be a positive integer less than or equal to 1000.`);
    const filters = (params.get('filter') ?? '').split(',').filter(Boolean).map((part) => [part.slice(0, part.indexOf(':')), part.slice(part.indexOf(':') + 1)] as const);
    const unknown = filters.find(([name]) => !CROSSREF_FILTERS.has(name));
    if (unknown) return fail('filter-not-available', unknown[0], `Filter ${unknown[0]} specified but there is no such filter for this route.`);
    const values = (name: string) => filters.filter(([key]) => key === name).map(([, value]) => value);
    const [from] = values('from-pub-date');
    const [until] = values('until-pub-date');
    const matching = (state.works ?? [])
      .filter((work) => !values('issn').length || values('issn').some((issn) => (work.ISSN as string[] | undefined)?.includes(issn)))
      .filter((work) => !values('type').length || values('type').includes(String(work.type)))
      // Crossref pads a partial date to its first day; comparing the padded strings does the same.
      .filter((work) => (!from || partialDate(work.published) >= from.slice(0, partialDate(work.published).length)) && (!until || partialDate(work.published).slice(0, until.length) <= until))
      .sort((a, b) => partialDate(b.published).localeCompare(partialDate(a.published)));
    const cursor = params.get('cursor');
    const offset = !cursor || cursor === '*' ? 0 : Number(Buffer.from(cursor, 'base64url').toString());
    if (!Number.isSafeInteger(offset)) return fail('cursor-not-valid', cursor!, 'Cursor specified is not valid or has expired.');
    const select = params.get('select')?.split(',');
    const items = matching.slice(offset, offset + rows).map((work) => (select ? Object.fromEntries(Object.entries(work).filter(([key]) => select.includes(key))) : work));
    const message = {
      facets: {},
      ...(cursor ? { 'next-cursor': Buffer.from(String(offset + rows)).toString('base64url') } : {}),
      'total-results': matching.length,
      items,
      'items-per-page': rows,
      query: { 'start-index': 0, 'search-terms': params.get('query') },
    };
    res.writeHead(200, json).end(JSON.stringify({ status: 'ok', 'message-type': 'work-list', 'message-version': '1.0.0', message }));
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const prefixes: [string, WatchService][] = [['/hf/', 'huggingface'], ['/arxiv/', 'arxiv'], ['/crossref/', 'crossref']];
    const service = prefixes.find(([prefix]) => url.pathname.startsWith(prefix))?.[1];
    if (!service) return res.writeHead(404).end();
    requests[service]++;
    log.push({ service, url });
    const fault = faults.find((f) => f.service === service && f.times > 0 && (!f.match || `${url.pathname}${url.search}`.includes(f.match)));
    if (fault) {
      fault.times--;
      if (fault.kind === 'hang') return void hanging.add(res);
      if (fault.kind === 'flood') {
        return floodAnswer(res, fault, service === 'arxiv' ? 'application/atom+xml' : 'application/json', (bytes) => (fake.flooded += bytes));
      }
      if (fault.kind === 'malformed') {
        const cut = {
          huggingface: ['application/json', '[{"id": "a/b", "createdAt": "2026'],
          arxiv: ['application/atom+xml', '<feed><entry><id>http://arxiv.org/abs/2611.00001v1</id><title>Cut sh'],
          crossref: ['application/json', '{"status":"ok","message-type":"work-list","message":{"items":[{"DOI":"10.1038/s41591-0'],
        }[service];
        return res.writeHead(200, { 'content-type': cut[0]! }).end(cut[1]);
      }
      return res.writeHead(fault.status ?? 500, { 'content-type': 'application/json', ...fault.headers }).end(fault.body ?? '{"error":"fault"}');
    }
    return { huggingface: hub, arxiv, crossref }[service](res, url);
  });

  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { HF_API_URL: `${base}/hf`, ARXIV_API_URL: `${base}/arxiv`, CROSSREF_API_URL: `${base}/crossref` },
    state,
    faults,
    requests,
    log,
    get nextPageElsewhere() {
      return fake.nextPageElsewhere;
    },
    set nextPageElsewhere(value: boolean) {
      fake.nextPageElsewhere = value;
    },
    get flooded() {
      return fake.flooded;
    },
    close: () =>
      new Promise<void>((closed) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
