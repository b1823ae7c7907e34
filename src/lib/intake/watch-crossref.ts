/**
 * The journals' side of the weekly watch: many medical foundation models are published first in a journal,
 * or only there, and never reach arXiv. Crossref's REST API (`GET /works`) is asked for the journal articles
 * of the journals where such models appear (by ISSN), published inside the window, ranked by model words
 * (`query=`), 100 a page through Crossref's deep-paging cursor (`cursor=*`, then each answer's
 * `next-cursor`) until `total-results` or the budget. Every request carries a `mailto`, which puts it in
 * Crossref's polite pool. An article names its preprints in `relation.has-preprint`: an arXiv id joins it to
 * the arXiv paper and to the list's entry of it, and gives the preprint's month (the date rule).
 */
import type { HttpClient } from '../metrics/http-client.ts';
import { arxivIdOf, checkedUrl, doiOf, linkedIds, plainText, uniqueIds, type Found, type SourceRun } from './watch-found.ts';

/** The journals asked, by ISSN (Crossref matches any of a work's ISSNs, print or electronic). */
export const CROSSREF_JOURNALS = [
  { name: 'Nature Medicine', issn: '1546-170X' },
  { name: 'Nature Biomedical Engineering', issn: '2157-846X' },
  { name: 'Nature Machine Intelligence', issn: '2522-5839' },
  { name: 'npj Digital Medicine', issn: '2398-6352' },
  { name: 'The Lancet Digital Health', issn: '2589-7500' },
  { name: 'NEJM AI', issn: '2836-9386' },
  { name: 'Radiology: Artificial Intelligence', issn: '2638-6100' },
] as const;

/** The query's words: Crossref ranks by them (any of them), it does not filter, so MODEL_WORDS checks each answer. */
const QUERY = 'foundation model large language model LLM vision-language generalist pretrained self-supervised';
/** What makes a journal article a model's paper rather than a trial, a review of care or an editorial. */
const MODEL_WORDS = /\b(?:foundation models?|language models?|llms?|vision-language|generalist|pre-?trained|self-supervised)\b/i;
/** The fields read; the rest of a record (its references above all) is not asked, which keeps a page some 200 KB. */
const FIELDS = ['DOI', 'title', 'author', 'published', 'issued', 'container-title', 'relation', 'abstract'];
/** Works asked a page (`rows`); a page with more is not Crossref's answer, and is not read. */
const CROSSREF_PAGE_SIZE = 100;
/** The client stops reading an answer past 5 MB, some 25 times a page of 100 works without their references. */
export const CROSSREF_MAX_ANSWER_BYTES = 5 * 1024 * 1024;
/** Crossref's cursors are some 100 characters; a longer one is not Crossref's, and is not sent back. */
const MAX_CURSOR_LENGTH = 1000;

function crossrefWorksUrl(baseUrl: string, { since, until, cursor, mailto }: { since: string; until: string; cursor: string; mailto: string }): string {
  const filter = [...CROSSREF_JOURNALS.map(({ issn }) => `issn:${issn}`), `from-pub-date:${since}`, `until-pub-date:${until}`, 'type:journal-article'].join(',');
  const params = new URLSearchParams({ filter, query: QUERY, select: FIELDS.join(','), rows: String(CROSSREF_PAGE_SIZE), cursor, mailto });
  return `${baseUrl}/works?${params}`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const firstText = (value: unknown, max: number) => plainText(Array.isArray(value) ? value[0] : value, max);

/** A Crossref partial date (`{ "date-parts": [[2026, 11, 3]] }`) as YYYY-MM-DD, or YYYY-MM without its day; a year alone is no date for the watch. */
export function crossrefDay(value: unknown): string | undefined {
  const parts = isObject(value) && Array.isArray(value['date-parts']) ? value['date-parts'][0] : undefined;
  if (!Array.isArray(parts)) return undefined;
  const [year, month, day] = parts as unknown[];
  const whole = (n: unknown, least: number, most: number) => typeof n === 'number' && Number.isInteger(n) && n >= least && n <= most;
  if (!whole(year, 1900, 2999) || !whole(month, 1, 12)) return undefined;
  const ym = `${year as number}-${String(month).padStart(2, '0')}`;
  return whole(day, 1, 31) ? `${ym}-${String(day).padStart(2, '0')}` : ym;
}

/** An arXiv id as Crossref writes one (`2302.04668v2`, `arXiv:2302.04668`, or its DataCite DOI `10.48550/arXiv.2302.04668`). */
function arxivIdIn(idType: unknown, id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length > 200) return undefined;
  const bare = idType === 'arxiv' ? id.replace(/^arxiv:/i, '') : idType === 'doi' ? /^10\.48550\/arxiv\.(.+)$/i.exec(id)?.[1] : undefined;
  return arxivIdOf(bare?.replace(/v\d+$/, ''));
}

/** The month a preprint came out, as its id says: an arXiv id's YYMM, a bioRxiv or medRxiv DOI's date (10.1101/2024.01.15.…). */
function preprintMonthOf({ arxiv, dois }: { arxiv: string[]; dois: string[] }): string | undefined {
  const months = [
    ...arxiv.map((id) => `20${id.slice(0, 2)}-${id.slice(2, 4)}`),
    ...dois.map((doi) => /^10\.1101\/(20\d\d)\.(0[1-9]|1[0-2])\.\d\d\./.exec(doi)).map((match) => match && `${match[1]}-${match[2]}`),
  ].filter((month): month is string => Boolean(month));
  return months.sort()[0];
}

/** JATS tags (`<jats:p>`) out of an abstract, as text. */
const withoutTags = (text: unknown) => (typeof text === 'string' ? text.replace(/<[^<>]{0,200}>/g, ' ') : undefined);

/** One work of a page, checked; undefined when its DOI, title or publication month is not usable. */
export function crossrefWork(raw: unknown): Found | undefined {
  if (!isObject(raw)) return undefined;
  const doi = doiOf(typeof raw.DOI === 'string' ? raw.DOI.toLowerCase() : undefined);
  const title = firstText(withoutTags(firstText(raw.title, 1000)), 300);
  const date = crossrefDay(raw.published) ?? crossrefDay(raw.issued);
  const url = doi && checkedUrl(`https://doi.org/${doi}`);
  if (!doi || !title || !date || !url) return undefined;
  const summary = plainText(withoutTags(raw.abstract), 5000);
  const preprints = objects(isObject(raw.relation) ? raw.relation['has-preprint'] : undefined).slice(0, 20);
  const arxiv = uniqueIds(preprints.map((item) => arxivIdIn(item['id-type'], item.id)).filter((id) => id !== undefined));
  const preprintDois = uniqueIds(
    preprints
      .filter((item) => item['id-type'] === 'doi' && !arxivIdIn('doi', item.id))
      .map((item) => doiOf(typeof item.id === 'string' ? item.id.toLowerCase() : undefined))
      .filter((id) => id !== undefined),
  );
  const preprintMonth = preprintMonthOf({ arxiv, dois: preprintDois });
  const journal = firstText(raw['container-title'], 200);
  const linked = linkedIds(summary ?? '');
  const authors = objects(raw.author).slice(0, 500);
  const affiliations = authors.flatMap((author) => objects(author.affiliation).map((affiliation) => plainText(affiliation.name, 200)));
  return {
    source: 'crossref',
    title,
    url,
    date,
    ...(summary ? { summary } : {}),
    huggingface: linked.huggingface,
    arxiv,
    doi,
    ...(journal ? { journal } : {}),
    ...(preprintDois.length ? { preprintDois } : {}),
    ...(preprintMonth ? { preprintMonth } : {}),
    github: linked.github,
    tags: journal ? [journal.toLowerCase()] : [],
    baseModels: [],
    quantized: false,
    affiliations: uniqueIds(affiliations.filter((name) => name !== undefined)).slice(0, 20),
  };
}

export interface CrossrefPage {
  total: number;
  nextCursor: string | undefined;
  works: Found[];
  /** Works whose DOI, title or date could not be used. */
  unusable: number;
  /** Works of the journals that name no model in their title or abstract. */
  offTopic: number;
}

/** Crossref's own word on a request it refused: `{ "status": "failed", "message": [{ "type", "message" }] }`. */
function refusal(body: Json): string {
  const reasons = objects(body.message).map((item) => plainText(item.message, 300) ?? plainText(item.type, 100)).filter(Boolean);
  return `Crossref says: ${reasons.length ? reasons.join('; ') : `status ${plainText(body.status, 40) ?? 'unknown'}, without a message`}`;
}

/** One page of a work list: the total Crossref counts, the next cursor, the usable works. Throws on an error answer or one that is not a work list. */
export function parseCrossrefPage(body: unknown): CrossrefPage {
  if (!isObject(body)) throw new Error("the answer is not Crossref's JSON");
  if (body.status !== 'ok') throw new Error(refusal(body));
  const message = body.message;
  if (body['message-type'] !== 'work-list' || !isObject(message)) throw new Error(`the answer is a ${plainText(body['message-type'], 40) ?? 'message of no type'}, not a work list`);
  if (!Array.isArray(message.items)) throw new Error('the work list has no items');
  if (message.items.length > CROSSREF_PAGE_SIZE) throw new Error(`the page has ${message.items.length.toLocaleString('en-US')} works, more than the ${CROSSREF_PAGE_SIZE} asked; not read`);
  const total = message['total-results'];
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) throw new Error('the work list has no total-results');
  const cursor = message['next-cursor'];
  const nextCursor = typeof cursor === 'string' && cursor.length > 0 && cursor.length <= MAX_CURSOR_LENGTH ? cursor : undefined;
  const works = message.items.map(crossrefWork);
  const usable = works.filter((work) => work !== undefined);
  const onTopic = usable.filter((work) => MODEL_WORDS.test(`${work.title} ${work.summary ?? ''}`));
  return { total, nextCursor, works: onTopic, unusable: works.length - usable.length, offTopic: usable.length - onTopic.length };
}

/** The journals' articles of the window, page after page while Crossref has more and the budget lasts. `since` and `until` are days (YYYY-MM-DD). */
export async function watchCrossref({ baseUrl, client, since, until, mailto }: { baseUrl: string; client: HttpClient; since: string; until: string; mailto: string }): Promise<SourceRun> {
  const run: SourceRun = { source: 'crossref', found: [], requests: 0, budget: client.maxRequests, answered: 0, unusable: 0, offTopic: 0, problems: [], notAsked: [] };
  /** DOIs already found: a work that moved between pages while we paged is kept once. */
  const seen = new Set<string>();
  let cursor = '*';
  for (let start = 0; ; start += CROSSREF_PAGE_SIZE) {
    if (client.requests >= client.maxRequests) {
      run.notAsked.push(`results ${start + 1} and on`);
      break;
    }
    try {
      // Crossref answers a request it cannot run with HTTP 400 and the reasons as JSON.
      const { body } = await client.json<unknown>(crossrefWorksUrl(baseUrl, { since, until, cursor, mailto }), {}, [400]);
      const page = parseCrossrefPage(body);
      run.answered++;
      run.unusable += page.unusable;
      run.offTopic! += page.offTopic;
      for (const work of page.works) {
        // The filter is Crossref's; a work published before the window (its print issue inside it) is old news.
        if (work.date < since.slice(0, work.date.length) || seen.has(work.doi!)) continue;
        seen.add(work.doi!);
        run.found.push(work);
      }
      const read = page.works.length + page.unusable + page.offTopic;
      if (read < CROSSREF_PAGE_SIZE || start + CROSSREF_PAGE_SIZE >= page.total || !page.nextCursor) break;
      cursor = page.nextCursor;
    } catch (error) {
      // A cursor is only good for the page after the one that gave it: a failed page ends the paging.
      run.problems.push(`results ${start + 1} and on: ${(error as Error).message}`);
      break;
    }
  }
  return { ...run, requests: client.requests };
}
