/**
 * A local server that answers like the Hugging Face Hub's model listing and arXiv's query API, in their
 * real formats: the Hub's JSON list, newest first, paged with a `Link: <…>; rel="next"` header and its
 * RateLimit headers; arXiv's Atom feed with `opensearch:totalResults`, paged with start and max_results,
 * and its error feed (HTTP 400) for a query it cannot run. Faults (a status with headers, a hang, a
 * malformed body, a flood of bytes, a body of the test's own) are injected per request, as in
 * test/metrics/fake-apis.ts.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { floodAnswer, type Fault } from '../metrics/fake-apis.ts';

type WatchService = 'huggingface' | 'arxiv';

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
}

export type WatchFault = Fault<WatchService>;

export interface FakeWatchApis {
  env: { HF_API_URL: string; ARXIV_API_URL: string };
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

export async function startFakeWatchApis({ state = { hub: [], papers: [] }, faults = [] }: { state?: WatchState; faults?: WatchFault[] } = {}): Promise<FakeWatchApis> {
  const requests: Record<WatchService, number> = { huggingface: 0, arxiv: 0 };
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

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const service: WatchService | undefined = url.pathname.startsWith('/hf/') ? 'huggingface' : url.pathname.startsWith('/arxiv/') ? 'arxiv' : undefined;
    if (!service) return res.writeHead(404).end();
    requests[service]++;
    log.push({ service, url });
    const fault = faults.find((f) => f.service === service && f.times > 0 && (!f.match || `${url.pathname}${url.search}`.includes(f.match)));
    if (fault) {
      fault.times--;
      if (fault.kind === 'hang') return void hanging.add(res);
      if (fault.kind === 'flood') {
        return floodAnswer(res, fault, service === 'huggingface' ? 'application/json' : 'application/atom+xml', (bytes) => (fake.flooded += bytes));
      }
      if (fault.kind === 'malformed') {
        return service === 'huggingface'
          ? res.writeHead(200, { 'content-type': 'application/json' }).end('[{"id": "a/b", "createdAt": "2026')
          : res.writeHead(200, { 'content-type': 'application/atom+xml' }).end('<feed><entry><id>http://arxiv.org/abs/2611.00001v1</id><title>Cut sh');
      }
      return res.writeHead(fault.status ?? 500, { 'content-type': 'application/json', ...fault.headers }).end(fault.body ?? '{"error":"fault"}');
    }
    return service === 'huggingface' ? hub(res, url) : arxiv(res, url);
  });

  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { HF_API_URL: `${base}/hf`, ARXIV_API_URL: `${base}/arxiv` },
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
