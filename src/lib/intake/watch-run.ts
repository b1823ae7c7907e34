/**
 * One run of the weekly watch: the three sources (the Hub, arXiv, the journals through Crossref) asked at
 * once, each through its own HTTP client (the metrics refresh's: rate limits, backoff, same-origin
 * redirects) with a fixed budget of requests, of time and of bytes an answer, then judged against the
 * content. The window ends at the injected "now" and starts `days` before it.
 */
import { HttpClient, type ClientOptions } from '../metrics/http-client.ts';
import type { EntryFile } from '../content/content-files.ts';
import { ARXIV_MAX_ANSWER_BYTES, watchArxiv } from './watch-arxiv.ts';
import { CROSSREF_MAX_ANSWER_BYTES, watchCrossref } from './watch-crossref.ts';
import { HUB_LIST_MAX_ANSWER_BYTES, watchHuggingface } from './watch-huggingface.ts';
import { judgeFindings, listedOnHub, type WatchResult } from './watch.ts';

/** Requests a run may send to each source, retries included. */
export const WATCH_BUDGETS = { huggingface: 20, arxiv: 5, crossref: 5 } as const;
/** arXiv's terms of use: no more than one request every three seconds. */
export const ARXIV_INTERVAL_MS = 3000;
/** Crossref's polite pool takes 3 list requests a second; the watch asks one a second at most. */
export const CROSSREF_INTERVAL_MS = 1000;
/**
 * Who Crossref may write to about the watch's requests (`mailto`, which puts them in its polite pool; it
 * writes there before it blocks anyone). The project has no mailbox of its own yet: this is a no-reply
 * address until a maintainer puts one here that someone reads.
 */
export const CROSSREF_MAILTO = 'medical-foundation-models-watch@users.noreply.github.com';
/**
 * Fewer tries than the refresh's 5: a weekly watch can wait for next week, and retries come out of the
 * budget. A service that asks to wait more than a minute ends its source for this run.
 */
const WATCH_POLICY = { maxTries: 3, maxWaitMs: 60_000 };
/**
 * Time each source may take, waits included: the three run at once, and even one after the other they end
 * within 9 minutes, under the 10 the workflow's step allows (.github/workflows/discover.yml).
 */
export const WATCH_TIME_BUDGET_MS = 180_000;

interface WatchEnvironment {
  HF_API_URL?: string;
  ARXIV_API_URL?: string;
  CROSSREF_API_URL?: string;
}

const trimSlash = (url: string) => url.replace(/(?<!\/)\/+$/, '');

export interface WatchOptions {
  known: readonly Pick<EntryFile, 'file' | 'frontMatter'>[];
  env: WatchEnvironment;
  days: number;
  now: Date;
  /** Injected in tests: waits, clock and the policy (short timeouts). */
  clientOptions?: ClientOptions;
}

export async function runWatch({ known, env, days, now, clientOptions = {} }: WatchOptions): Promise<WatchResult & { since: string; until: string }> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const day = (time: Date) => time.toISOString().slice(0, 10);
  const client = (maxRequests: number, maxAnswerBytes: number, minIntervalMs = 0) =>
    new HttpClient({
      timeBudgetMs: WATCH_TIME_BUDGET_MS,
      ...clientOptions,
      policy: { ...WATCH_POLICY, ...clientOptions.policy },
      headers: { 'user-agent': 'medical-foundation-models-watch' },
      maxRequests,
      maxAnswerBytes,
      minIntervalMs,
    });
  const runs = await Promise.all([
    watchHuggingface({
      baseUrl: trimSlash(env.HF_API_URL || 'https://huggingface.co'),
      client: client(WATCH_BUDGETS.huggingface, HUB_LIST_MAX_ANSWER_BYTES),
      since: day(since),
      listed: listedOnHub(known).queries,
    }),
    watchArxiv({ baseUrl: trimSlash(env.ARXIV_API_URL || 'https://export.arxiv.org/api'), client: client(WATCH_BUDGETS.arxiv, ARXIV_MAX_ANSWER_BYTES, ARXIV_INTERVAL_MS), since, until: now }),
    watchCrossref({
      baseUrl: trimSlash(env.CROSSREF_API_URL || 'https://api.crossref.org'),
      client: client(WATCH_BUDGETS.crossref, CROSSREF_MAX_ANSWER_BYTES, CROSSREF_INTERVAL_MS),
      since: day(since),
      until: day(now),
      mailto: CROSSREF_MAILTO,
    }),
  ]);
  return { ...judgeFindings(runs, known), since: day(since), until: day(now) };
}
