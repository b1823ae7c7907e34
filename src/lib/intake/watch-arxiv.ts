/**
 * arXiv's side of the weekly watch: its query API (`GET /query?search_query=…`), medical terms AND
 * foundation-model terms in the abstract, in the categories such papers go to, submitted inside the
 * window, newest first, paged with `start` and `max_results` until `opensearch:totalResults` or the budget.
 * The answer is Atom XML, read with fast-xml-parser after a check that it is well-formed, declares no
 * entities (arXiv's feed never does) and holds no more entries than asked. arXiv asks for 3 s between calls: the client waits them.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { HttpClient } from '../metrics/http-client.ts';
import { arxivIdFromUrl } from '../content/identifiers.ts';
import { arxivIdOf, checkedUrl, dayOf, doiOf, linkedIds, plainText, uniqueIds, type Found, type SourceRun } from './watch-found.ts';

const CATEGORIES = ['cs.CL', 'cs.CV', 'cs.LG', 'cs.AI', 'eess.IV', 'q-bio.QM'];
const MEDICAL_TERMS = ['medical', 'clinical', 'biomedical', 'radiology', 'pathology', 'healthcare'];
const MODEL_TERMS = ['"foundation model"', '"language model"', '"vision-language"', 'LLM'];
/** Entries asked a page (`max_results`); a page with more is not arXiv's answer, and is not read. */
const ARXIV_PAGE_SIZE = 100;
/** A page of 100 entries is some 300 KB; the client stops reading an answer past 5 MB, which is not arXiv's. */
export const ARXIV_MAX_ANSWER_BYTES = 5 * 1024 * 1024;
/** An entry's start tag; counted before the page is parsed, so that a page of 37,000 costs one scan. */
const ENTRY_TAG = /<entry[\s/>]/g;

/** arXiv's stamp for submittedDate ranges: YYYYMMDDHHMM in UTC. */
const stamp = (time: Date) => time.toISOString().slice(0, 16).replace(/\D/g, '');

export function arxivSearchQuery(since: Date, until: Date): string {
  const anyOf = (field: string, terms: string[]) => `(${terms.map((term) => `${field}:${term}`).join(' OR ')})`;
  return [anyOf('cat', CATEGORIES), anyOf('abs', MEDICAL_TERMS), anyOf('abs', MODEL_TERMS), `submittedDate:[${stamp(since)} TO ${stamp(until)}]`].join(' AND ');
}

export function arxivQueryUrl(baseUrl: string, query: string, start: number): string {
  const params = new URLSearchParams({ search_query: query, sortBy: 'submittedDate', sortOrder: 'descending', start: String(start), max_results: String(ARXIV_PAGE_SIZE) });
  return `${baseUrl}/query?${params}`;
}

const REPEATED = new Set(['entry', 'author', 'link', 'category', 'arxiv:affiliation']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => REPEATED.has(name),
});

type XmlNode = Record<string, unknown>;
/** An element's text, whether the parser gave a string or an object with attributes and #text. */
const textOf = (node: unknown): unknown => (node && typeof node === 'object' ? (node as XmlNode)['#text'] : node);
const listOf = (node: unknown): XmlNode[] => (Array.isArray(node) ? node.filter((item): item is XmlNode => Boolean(item) && typeof item === 'object') : []);

function arxivEntry(entry: XmlNode): Found | undefined {
  const url = plainText(textOf(entry.id), 300);
  const id = arxivIdOf(url && arxivIdFromUrl(url));
  const title = plainText(textOf(entry.title), 300);
  const date = dayOf(textOf(entry.published));
  const abs = id && checkedUrl(`https://arxiv.org/abs/${id}`);
  if (!id || !title || !date || !abs) return undefined;
  const summary = plainText(textOf(entry.summary), 5000);
  const comment = plainText(textOf(entry['arxiv:comment']), 2000);
  const links = listOf(entry.link).map((link) => checkedUrl(link['@href'])).filter((href) => href !== undefined);
  const linked = linkedIds([summary, comment, ...links].join(' '));
  const doi = doiOf(plainText(textOf(entry['arxiv:doi']), 300));
  const affiliations = listOf(entry.author).flatMap((author) => (Array.isArray(author['arxiv:affiliation']) ? author['arxiv:affiliation'] : []));
  return {
    source: 'arxiv',
    title,
    url: abs,
    date,
    ...(summary ? { summary } : {}),
    huggingface: linked.huggingface,
    arxiv: [id],
    ...(doi ? { doi } : {}),
    github: linked.github,
    tags: listOf(entry.category).map((category) => plainText(category['@term'], 40)?.toLowerCase()).filter((term) => term !== undefined),
    baseModels: [],
    quantized: false,
    affiliations: uniqueIds(affiliations.map((name) => plainText(textOf(name), 200)).filter((name) => name !== undefined)).slice(0, 20),
  };
}

/** One page of the feed: the total arXiv counts, the usable entries, how many were not. Throws on a broken or error feed. */
export function parseArxivFeed(xml: string): { total: number; entries: Found[]; unusable: number } {
  let entryCount = 0;
  for (ENTRY_TAG.lastIndex = 0; ENTRY_TAG.exec(xml); ) entryCount++;
  if (entryCount > ARXIV_PAGE_SIZE) throw new Error(`the page has ${entryCount.toLocaleString('en-US')} entries, more than the ${ARXIV_PAGE_SIZE} asked; not read`);
  if (/<!(?:DOCTYPE|ENTITY)/i.test(xml)) throw new Error("the answer declares a DOCTYPE or entities, which arXiv's feed never does; not read");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`malformed XML (${plainText(valid.err.msg, 200)}, line ${valid.err.line})`);
  const feed = (parser.parse(xml) as XmlNode).feed as XmlNode | undefined;
  if (!feed || typeof feed !== 'object') throw new Error('the answer is not an Atom feed');
  const entries = listOf(feed.entry);
  // A query arXiv cannot run comes back as a feed whose one entry is the error.
  const error = entries.find((entry) => String(textOf(entry.id) ?? '').includes('arxiv.org/api/errors'));
  if (error) throw new Error(`arXiv says: ${plainText(textOf(error.summary), 300) ?? 'an error, without a message'}`);
  const total = Number(textOf(feed['opensearch:totalResults']));
  if (!Number.isSafeInteger(total) || total < 0) throw new Error('the feed has no opensearch:totalResults');
  const found = entries.map(arxivEntry);
  return { total, entries: found.filter((entry) => entry !== undefined), unusable: found.filter((entry) => entry === undefined).length };
}

/** The papers of the window, page after page while arXiv has more and the budget lasts. */
export async function watchArxiv({ baseUrl, client, since, until }: { baseUrl: string; client: HttpClient; since: Date; until: Date }): Promise<SourceRun> {
  const run: SourceRun = { source: 'arxiv', found: [], requests: 0, budget: client.maxRequests, answered: 0, unusable: 0, problems: [], notAsked: [] };
  const query = arxivSearchQuery(since, until);
  const firstDay = since.toISOString().slice(0, 10);
  /** arXiv ids already found: a paper that moved to the next page while we paged is kept once. */
  const seen = new Set<string>();
  for (let start = 0; ; start += ARXIV_PAGE_SIZE) {
    if (client.requests >= client.maxRequests) {
      run.notAsked.push(`results ${start + 1} and on`);
      break;
    }
    try {
      // arXiv answers a query it cannot run with HTTP 400 and the error as a feed.
      const { body } = await client.text(arxivQueryUrl(baseUrl, query, start), { headers: { accept: 'application/atom+xml' } }, [400]);
      const page = parseArxivFeed(body);
      run.answered++;
      run.unusable += page.unusable;
      for (const entry of page.entries) {
        if (entry.date < firstDay || seen.has(entry.arxiv[0]!)) continue;
        seen.add(entry.arxiv[0]!);
        run.found.push(entry);
      }
      if (!page.entries.length || start + ARXIV_PAGE_SIZE >= page.total) break;
    } catch (error) {
      run.problems.push(`results ${start + 1} and on: ${(error as Error).message}`);
      break;
    }
  }
  return { ...run, requests: client.requests };
}
