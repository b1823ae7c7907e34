/** Citation counts from Semantic Scholar's batch endpoint: up to 500 ids a request, answers aligned by position. */
import { URL_UNSAFE_CHARACTERS } from '../../content/urls.ts';
import { RequestFailed, type HttpClient } from '../http-client.ts';
import { chunk, type FetchOutcome, type Progress } from './outcome.ts';

// An API answer is data from outside: its URL must be one an entry could hold (no quotes or braces to break an export).
const isHttpUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/\S+$/.test(value) && !URL_UNSAFE_CHARACTERS.test(value);

export const S2_BATCH_SIZE = 500;
/** A batch of 500 papers with their authors is about 1 MB (more for papers of many authors): an answer past 16 MB is not read. */
export const S2_MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** Citations and the paper's own metadata, in one request per batch. */
const S2_FIELDS = 'citationCount,title,authors,venue,year,publicationDate,openAccessPdf,externalIds';
export const s2BatchUrl = (baseUrl: string) => `${baseUrl}/graph/v1/paper/batch?fields=${S2_FIELDS}`;

export interface PaperValue {
  citations: number;
  title?: string;
  authors?: string[];
  venue?: string;
  year?: number;
  publicationDate?: string;
  openAccessPdf?: string;
  externalIds?: Record<string, string | number>;
}

interface S2Paper {
  citationCount?: unknown;
  title?: unknown;
  authors?: { name?: unknown }[];
  venue?: unknown;
  year?: unknown;
  publicationDate?: unknown;
  openAccessPdf?: { url?: unknown } | null;
  externalIds?: Record<string, unknown> | null;
}

/** The fields we keep from one answer; empty strings and nulls are left out. */
function paperValue(paper: S2Paper & { citationCount: number }): PaperValue {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const authors = (paper.authors ?? []).map((author) => text(author.name)).filter((name): name is string => Boolean(name));
  const externalIds = Object.fromEntries(
    Object.entries(paper.externalIds ?? {}).filter((pair): pair is [string, string | number] => typeof pair[1] === 'string' || typeof pair[1] === 'number'),
  );
  return {
    citations: paper.citationCount,
    ...(text(paper.title) ? { title: text(paper.title) } : {}),
    ...(authors.length ? { authors } : {}),
    ...(text(paper.venue) ? { venue: text(paper.venue) } : {}),
    ...(typeof paper.year === 'number' ? { year: paper.year } : {}),
    ...(typeof paper.publicationDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(paper.publicationDate) ? { publicationDate: paper.publicationDate } : {}),
    // Semantic Scholar answers an empty url where it knows no open-access copy.
    ...(isHttpUrl(paper.openAccessPdf?.url) ? { openAccessPdf: paper.openAccessPdf.url } : {}),
    ...(Object.keys(externalIds).length ? { externalIds } : {}),
  };
}

export async function fetchCitations(
  ids: readonly string[],
  { baseUrl, client, onProgress }: { baseUrl: string; client: HttpClient; onProgress?: Progress },
): Promise<Map<string, FetchOutcome<PaperValue>>> {
  const outcomes = new Map<string, FetchOutcome<PaperValue>>();
  let done = 0;
  for (const batch of chunk(ids, S2_BATCH_SIZE)) {
    try {
      const { body } = await client.json<unknown>(s2BatchUrl(baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids: batch }),
      });
      if (!Array.isArray(body) || body.length !== batch.length) {
        throw new RequestFailed(`the answer does not line up with the ${batch.length} ids asked`);
      }
      batch.forEach((id, i) => {
        const paper = body[i] as S2Paper | null;
        if (paper === null) outcomes.set(id, { kind: 'notFound' });
        else if (typeof paper.citationCount === 'number') outcomes.set(id, { kind: 'fetched', value: paperValue({ ...paper, citationCount: paper.citationCount }) });
        else outcomes.set(id, { kind: 'failed', reason: 'the answer has no citationCount' });
      });
    } catch (error) {
      for (const id of batch) outcomes.set(id, { kind: 'failed', reason: (error as Error).message });
    }
    onProgress?.((done += batch.length), ids.length);
  }
  return outcomes;
}
