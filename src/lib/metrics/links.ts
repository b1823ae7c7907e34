/**
 * Link health: every URL the entries name (papers, links, and the GitHub and Hub pages their ids
 * make), each asked once however many entries name it, and sorted into dead, moved, unsure and ok.
 * Servers are asked politely (a few requests per host, HEAD before GET, retries with backoff) and
 * redirects are followed one by one, so a permanent move can be told from a login page. Requests go
 * through undici, whose dispatcher tests replace to keep every hostname on a local server.
 * The content is anyone's pull request, so the check never asks a private address (loopback, private,
 * link-local, unspecified: see private-addresses.ts) unless told to, and gives each URL a hard deadline.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { request, type Dispatcher } from 'undici';
import { guardedDispatcher, isPrivateAddress, privateHostReason, resolveAll, type Resolve } from './private-addresses.ts';
import { githubUrl, huggingfaceUrl } from '../content/urls.ts';
import type { Entry } from '../content/schema.ts';
import { rateLimitWait } from './http-client.ts';

/** Where the content names a URL: `content/llms/x.md` and `papers.0.url`. */
interface LinkReference {
  file: string;
  field: string;
}

export interface LinkTarget {
  url: string;
  references: LinkReference[];
}

/** Each URL once, with every place that names it, sorted by URL. */
export function collectLinks(entries: readonly Entry[]): LinkTarget[] {
  const found = new Map<string, LinkReference[]>();
  const add = (url: string, file: string, field: string) => found.set(url, [...(found.get(url) ?? []), { file, field }]);
  for (const { data, file = '(unknown file)' } of entries) {
    data.papers.forEach((paper, i) => add(paper.url, file, `papers.${i}.url`));
    data.huggingface.forEach((id, i) => add(huggingfaceUrl(id), file, `huggingface.${i}`));
    data.github.forEach((repo, i) => add(githubUrl(repo), file, `github.${i}`));
    data.links.forEach((link, i) => add(link.url, file, `links.${i}.url`));
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([url, references]) => ({ url, references }));
}

/** What one request brought: a status (with where it redirects and how long the server asks to wait), or an error code. */
type Answer = { status: number; location?: string; waitMs?: number } | { error: string };

/** The way to a verdict: the redirects followed, then the last URL asked, its answer and how many tries it took. */
export interface Trail {
  hops: { status: number; to: string }[];
  url: string;
  answer: Answer;
  tries: number;
}

const LINK_STATUSES = ['dead', 'moved', 'unsure', 'ok'] as const;
type LinkStatus = (typeof LINK_STATUSES)[number];

export interface Verdict {
  status: LinkStatus;
  /** What was seen, for the report: `404`, `DNS failure: ENOTFOUND`, `301, 308`. */
  reason: string;
  /** Where a moved URL now is: the end of its leading permanent redirects. */
  movedTo?: string;
  /** Where redirects led, when a dead or unsure URL's problem was met there. */
  at?: string;
}

export const MAX_REDIRECTS = 10;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);
const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN']);

/** A page asking to sign in, by its host or its path. */
function isLoginPage(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  return /^(accounts?|login|auth|sso)\./i.test(hostname) || /\/(log-?in|sign-?in|sign_in|sso|oauth2?|auth|wp-login\.php)(\/|$)/i.test(pathname);
}

/** The redirect an answer makes, if it is one with a usable location. */
function redirectOf(answer: Answer, from: string): Trail['hops'][number] | undefined {
  if (!('status' in answer) || !REDIRECTS.has(answer.status) || !answer.location) return undefined;
  const to = URL.parse(answer.location, from)?.href;
  return to === undefined ? undefined : { status: answer.status, to };
}

/** The verdict on where a trail ended, leaving aside where that was. */
function judge({ hops, url, answer, tries }: Trail, timeoutMs: number, deadlineMs = DEFAULTS.deadlineMs): Verdict {
  if ('error' in answer) {
    if (answer.error === 'timeout') return { status: 'dead', reason: `no answer within ${timeoutMs / 1000} s, ${tries} tries` };
    if (DNS_FAILURES.has(answer.error)) return { status: 'dead', reason: `DNS failure: ${answer.error}` };
    if (answer.error === 'ECONNREFUSED') return { status: 'dead', reason: 'connection refused' };
    if (answer.error === 'deadline') return { status: 'dead', reason: `no verdict within ${deadlineMs / 1000} s, retries included` };
    if (answer.error === 'not-http') return { status: 'dead', reason: 'redirects to an address that is not http(s)' };
    if (answer.error === 'EPRIVATE') return { status: 'dead', reason: 'resolves to a private address, not asked' };
    if (answer.error.startsWith('private:')) return { status: 'dead', reason: `${answer.error.slice('private:'.length)}, not asked` };
    return { status: 'unsure', reason: `network error: ${answer.error}` };
  }
  const { status } = answer;
  if (status === 404 || status === 410) return { status: 'dead', reason: String(status) };
  if (status >= 200 && status < 300) {
    const redirects = hops.map((hop) => hop.status).join(', ');
    if (hops.length && isLoginPage(url)) return { status: 'unsure', reason: `${redirects} to a login page` };
    const permanent = hops.findIndex((hop) => !PERMANENT.has(hop.status));
    const leading = permanent < 0 ? hops.length : permanent;
    if (leading) return { status: 'moved', reason: redirects, movedTo: hops[leading - 1]!.to };
    return { status: 'ok', reason: hops.length ? `${status} after ${redirects}` : String(status) };
  }
  if (status === 429 || status >= 500) return { status: 'unsure', reason: `${status} after ${tries} tries` };
  if (REDIRECTS.has(status)) {
    return { status: 'unsure', reason: hops.length >= MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : `${status} without a usable location` };
  }
  return { status: 'unsure', reason: String(status) };
}

/**
 * The rules: 404, 410, no such host, a refused connection and repeated timeouts are dead; a 2xx
 * reached through leading permanent redirects (301, 308) is moved; a 2xx reached through temporary
 * ones (302, 303, 307, as doi.org and many publishers answer every time) is ok unless it is a login
 * page; anything else (401, 403, 429 or 5xx after retries, other network errors) is unsure. A problem
 * met after redirects names the URL it was met at.
 */
export function classify(trail: Trail, timeoutMs: number, deadlineMs?: number): Verdict {
  const verdict = judge(trail, timeoutMs, deadlineMs);
  return trail.hops.length && (verdict.status === 'dead' || verdict.status === 'unsure') ? { ...verdict, at: trail.url } : verdict;
}

export interface LinkResult extends LinkTarget, Verdict {}

export interface LinkReport {
  checked: number;
  counts: Record<LinkStatus, number>;
  dead: LinkResult[];
  moved: LinkResult[];
  unsure: LinkResult[];
}

export function buildReport(results: readonly LinkResult[]): LinkReport {
  const of = (status: LinkStatus) => results.filter((result) => result.status === status);
  const counts = Object.fromEntries(LINK_STATUSES.map((status) => [status, of(status).length])) as Record<LinkStatus, number>;
  return { checked: results.length, counts, dead: of('dead'), moved: of('moved'), unsure: of('unsure') };
}

export interface LinkCheckOptions {
  /** Time one request may take; the first backoff is a tenth of it, doubling with each retry. */
  timeoutMs?: number;
  /** The most one URL's check may take, redirects, retries and waits included. */
  deadlineMs?: number;
  /** Tries per request (429, 5xx, timeouts and transient network errors are retried). */
  tries?: number;
  perHost?: number;
  overall?: number;
  /** A retry-after longer than this is shortened to it. */
  maxWaitMs?: number;
  /** Where requests go; tests pass one that keeps every hostname on a local server. Default: undici's global dispatcher. */
  dispatcher?: Dispatcher;
  /** Ask private addresses too (the tests' local servers): off unless the caller says so. */
  allowPrivate?: boolean;
  /** How a hostname becomes addresses for the private-address check; tests pass a table. Default: the system's resolver. */
  resolve?: Resolve;
  /** Injected in tests: how waiting is done, and the backoff's jitter. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onProgress?: (done: number, total: number) => void;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  deadlineMs: 60_000,
  tries: 3,
  perHost: 4,
  overall: 16,
  maxWaitMs: 30_000,
  allowPrivate: false,
  resolve: resolveAll,
  sleep: (ms: number) => new Promise<void>((done) => setTimeout(done, ms)),
  random: Math.random,
};

type Settings = typeof DEFAULTS & LinkCheckOptions;
type Method = 'HEAD' | 'GET';
type Send = (url: string, method: Method, deadline: number) => Promise<Answer>;

/** Some servers refuse HEAD but answer GET. */
const HEAD_REFUSED = new Set([403, 405, 501]);
const RETRIED_ERRORS = new Set(['timeout', 'EAI_AGAIN', 'ECONNRESET']);
const REQUEST_HEADERS = { 'user-agent': 'medical-foundation-models-links (link check)', accept: 'text/html,*/*' };

const isRetried = (answer: Answer) => ('error' in answer ? RETRIED_ERRORS.has(answer.error) : answer.status === 429 || answer.status >= 500);

function errorCode(error: unknown): string {
  const { name, code, cause } = error as { name?: string; code?: unknown; cause?: { code?: unknown } };
  if (name === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'timeout';
  return String(code ?? cause?.code ?? (error as Error).message);
}

/** undici's raw headers as a Headers, for rateLimitWait. */
function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) for (const item of [value ?? []].flat()) headers.append(name, item);
  return headers;
}

async function ask(url: string, method: Method, { dispatcher, timeoutMs }: Settings, deadline: number): Promise<Answer> {
  const left = deadline - Date.now();
  if (left <= 0) return { error: 'deadline' };
  try {
    const { statusCode, headers, body } = await request(url, { method, dispatcher, headers: REQUEST_HEADERS, signal: AbortSignal.timeout(Math.min(timeoutMs, left)) });
    // Only the status matters: read a little of the body, so the connection can be kept, and drop the rest.
    await body.dump().catch(() => undefined);
    const wait = rateLimitWait(toHeaders(headers), Date.now());
    return { status: statusCode, location: [headers.location].flat()[0], ...(wait === undefined ? {} : { waitMs: wait * 1000 }) };
  } catch (error) {
    return { error: errorCode(error) };
  }
}

async function askWithRetries(url: string, send: Send, settings: Settings, deadline: number): Promise<{ answer: Answer; tries: number }> {
  for (let attempt = 0; ; attempt++) {
    let answer = await send(url, 'HEAD', deadline);
    if ('status' in answer && HEAD_REFUSED.has(answer.status)) answer = await send(url, 'GET', deadline);
    if (!isRetried(answer) || attempt + 1 >= settings.tries) return { answer, tries: attempt + 1 };
    const backoff = (settings.timeoutMs / 10) * 2 ** attempt * (0.5 + settings.random() / 2);
    const asked = 'status' in answer ? answer.waitMs : undefined;
    const wait = Math.min(asked ?? backoff, settings.maxWaitMs);
    if (Date.now() + wait >= deadline) return { answer: { error: 'deadline' }, tries: attempt + 1 };
    await settings.sleep(wait);
  }
}

/** Why a URL is not asked (a private address, by name or after resolving it), if it is not. */
async function refusal(url: string, settings: Settings): Promise<Answer | undefined> {
  if (settings.allowPrivate) return undefined;
  const { hostname } = new URL(url);
  const byName = privateHostReason(hostname);
  if (byName) return { error: `private:${byName}` };
  const addresses = await settings.resolve(hostname.replace(/^\[|\]$/g, '')).catch(() => []);
  const found = addresses.find(isPrivateAddress);
  return found === undefined ? undefined : { error: `private:${hostname} resolves to the private address ${found}` };
}

async function follow(start: string, send: Send, settings: Settings): Promise<Trail> {
  const deadline = Date.now() + settings.deadlineMs;
  const hops: Trail['hops'] = [];
  let url = start;
  for (;;) {
    const refused = await refusal(url, settings);
    if (refused) return { hops, url, answer: refused, tries: 0 };
    const { answer, tries } = await askWithRetries(url, send, settings, deadline);
    const hop = redirectOf(answer, url);
    if (!hop || hops.length >= MAX_REDIRECTS) return { hops, url, answer, tries };
    // A javascript:, data: or file: target is neither asked nor shown as a link in the report.
    if (!/^https?:$/.test(new URL(hop.to).protocol)) return { hops, url, answer: { error: 'not-http' }, tries };
    hops.push(hop);
    url = hop.to;
  }
}

/** Checks every target, at most `perHost` requests in flight per host and `overall` in all; results in the targets' order. */
export async function checkLinks(targets: readonly LinkTarget[], options: LinkCheckOptions = {}): Promise<LinkResult[]> {
  const settings: Settings = { ...DEFAULTS, ...options };
  // Checked again when connecting, so a name that resolves to a public address for the check and a private
  // one for the request (DNS rebinding) is refused too.
  settings.dispatcher ??= settings.allowPrivate ? undefined : guardedDispatcher();
  const overall = pLimit(settings.overall);
  const hosts = new Map<string, LimitFunction>();
  const send: Send = (url, method, deadline) => {
    const host = new URL(url).host;
    if (!hosts.has(host)) hosts.set(host, pLimit(settings.perHost));
    // The host's slot is taken first, so a busy host never holds slots other hosts could use.
    return hosts.get(host)!(() => overall(() => ask(url, method, settings, deadline)));
  };
  let done = 0;
  return Promise.all(
    targets.map(async (target) => {
      const verdict = classify(await follow(target.url, send, settings), settings.timeoutMs, settings.deadlineMs);
      settings.onProgress?.(++done, targets.length);
      return { ...target, ...verdict };
    }),
  );
}
