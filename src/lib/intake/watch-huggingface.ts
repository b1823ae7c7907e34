/**
 * The Hub's side of the weekly watch: `GET /api/models`, newest first (`sort=createdAt&direction=-1`), for
 * medical tags (`filter=`) and names (`search=`), for the owners the list already has (`author=`), and for
 * models built on a listed model (`filter=base_model:<id>`: the Hub tags every finetune, adapter, merge and
 * quantization with its base). The fields come through `expand=`. The Hub pages with a
 * `Link: <…>; rel="next"` header, followed while the page is still inside the window and the budget lasts.
 */
import { ClientStopped, type HttpClient } from '../metrics/http-client.ts';
import { huggingfaceUrl } from '../content/urls.ts';
import { arxivIdOf, checkedUrl, dayOf, hubModelId, plainText, wholeNumber, type Found, type SourceRun } from './watch-found.ts';

const TOPIC_TAGS = ['medical', 'clinical', 'radiology', 'pathology', 'biomedical'];
const TOPIC_SEARCHES = ['medical', 'clinical', 'med'];
/** Owners and base models asked, newest entries first; with the topics that is 17 first pages of a budget of 20. */
export const HUB_QUERY_LIMITS = { owners: 5, baseModels: 4 } as const;
/** Models asked a page (`limit`); of a page with more, only as many are read. */
const PAGE_SIZE = 100;
/** A page of 100 models with their tags is some 100 KB; the client stops reading an answer past 4 MB. */
export const HUB_LIST_MAX_ANSWER_BYTES = 4 * 1024 * 1024;
const FIELDS = ['author', 'createdAt', 'likes', 'downloads', 'tags', 'pipeline_tag'];

export interface HubQuery {
  /** As the report names it: `filter=medical`, `author=google`. */
  label: string;
  param: [name: string, value: string];
}

/** What the list has on the Hub, newest entries first: owners and model ids. */
export interface ListedOnHub {
  owners: string[];
  models: string[];
}

export function hubQueries({ owners, models }: ListedOnHub): HubQuery[] {
  const query = (name: string, value: string): HubQuery => ({ label: `${name}=${value}`, param: [name, value] });
  return [
    ...TOPIC_TAGS.map((tag) => query('filter', tag)),
    ...TOPIC_SEARCHES.map((term) => query('search', term)),
    ...owners.slice(0, HUB_QUERY_LIMITS.owners).map((owner) => query('author', owner)),
    ...models.slice(0, HUB_QUERY_LIMITS.baseModels).map((id) => query('filter', `base_model:${id}`)),
  ];
}

export function hubListUrl(baseUrl: string, { param }: HubQuery): string {
  const params = new URLSearchParams([param, ['sort', 'createdAt'], ['direction', '-1'], ['limit', String(PAGE_SIZE)], ...FIELDS.map((field) => ['expand', field])]);
  return `${baseUrl}/api/models?${params}`;
}

/**
 * The `rel="next"` URL of a Link header, if it leads to the same listing on the same host: a next page
 * elsewhere is not asked (the request may carry a token).
 */
export function nextPageUrl(link: string | null, baseUrl: string): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const [, target, rest = ''] = /^\s*<([^<>]*)>(.*)$/.exec(part) ?? [];
    if (target === undefined || !/;\s*rel="?next"?(?:;|\s|$)/.test(rest)) continue;
    try {
      const url = new URL(target, baseUrl);
      const listing = new URL(`${baseUrl}/api/models`);
      return url.origin === listing.origin && url.pathname === listing.pathname ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const BASE_MODEL_TAG = /^base_model:(?:(adapter|finetune|merge|quantized):)?(.+)$/;

/** One model of a listing, checked; undefined when its id or creation time is not usable. */
export function hubModel(raw: unknown): Found | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const info = raw as Record<string, unknown>;
  const id = hubModelId(info.id ?? info.modelId);
  const date = dayOf(info.createdAt);
  const url = id && checkedUrl(huggingfaceUrl(id));
  if (!id || !date || !url) return undefined;
  const tags = [...(Array.isArray(info.tags) ? info.tags.slice(0, 300) : []), info.pipeline_tag]
    .map((tag) => plainText(tag, 200)?.toLowerCase())
    .filter((tag): tag is string => tag !== undefined);
  const bases = tags.map((tag) => BASE_MODEL_TAG.exec(tag)).filter((match) => match !== null);
  const baseModels = [...new Set(bases.map(([, , base]) => hubModelId(base)).filter((base): base is string => base !== undefined))];
  const owner = id.split('/')[0]!;
  return {
    source: 'huggingface',
    title: id.split('/')[1]!,
    url,
    date,
    huggingface: [id],
    arxiv: [...new Set(tags.map((tag) => arxivIdOf(tag.startsWith('arxiv:') ? tag.slice('arxiv:'.length) : undefined)).filter((arxiv) => arxiv !== undefined))],
    github: [],
    tags: [...new Set(tags.filter((tag) => !BASE_MODEL_TAG.test(tag)))],
    likes: wholeNumber(info.likes),
    downloads: wholeNumber(info.downloads),
    owner,
    baseModels,
    quantized: bases.some(([, relation]) => relation === 'quantized'),
    affiliations: [],
  };
}

interface Page {
  query: string;
  number: number;
  url: string;
}

const pageLabel = ({ query, number }: Page) => (number === 1 ? query : `${query} (page ${number})`);

/**
 * Asks every query's first page, then the next pages of those that are still inside the window, breadth
 * first, so that one busy query cannot spend the others' budget. `since` is the window's first day.
 */
export async function watchHuggingface({ baseUrl, client, since, listed }: { baseUrl: string; client: HttpClient; since: string; listed: ListedOnHub }): Promise<SourceRun> {
  const found = new Map<string, Found>();
  const run: SourceRun = { source: 'huggingface', found: [], requests: 0, budget: client.maxRequests, answered: 0, unusable: 0, problems: [], notAsked: [] };
  let pages: Page[] = hubQueries(listed).map((query) => ({ query: query.label, number: 1, url: hubListUrl(baseUrl, query) }));
  const finished = (): SourceRun => ({ ...run, found: [...found.values()], requests: client.requests });
  while (pages.length) {
    const next: Page[] = [];
    for (const page of pages) {
      if (client.requests >= client.maxRequests) {
        run.notAsked.push(pageLabel(page));
        continue;
      }
      try {
        const { body, headers } = await client.json<unknown>(page.url);
        if (!Array.isArray(body)) throw new Error('the answer is not a list of models');
        run.answered++;
        const models = body.slice(0, PAGE_SIZE).map(hubModel);
        run.unusable += models.filter((model) => model === undefined).length;
        for (const model of models) {
          if (model && model.date >= since && !found.has(model.huggingface[0]!.toLowerCase())) found.set(model.huggingface[0]!.toLowerCase(), model);
        }
        // Newest first: a page that reaches back before the window is the last one needed.
        const reachedStart = models.some((model) => model && model.date < since);
        const more = nextPageUrl(headers.get('link'), baseUrl);
        if (more && body.length && !reachedStart) next.push({ query: page.query, number: page.number + 1, url: more });
      } catch (error) {
        run.problems.push(`${pageLabel(page)}: ${(error as Error).message}`);
        // The client sends nothing more (a wait too long, its time spent): the source ends here, named in the report.
        if (error instanceof ClientStopped) return finished();
      }
    }
    pages = next;
  }
  return finished();
}
