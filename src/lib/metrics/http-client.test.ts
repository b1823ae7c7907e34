import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, mapLimited, rateLimitWait } from './http-client.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const headers = (init: Record<string, string>) => new Headers(init);

it('reads retry-after as seconds or as an HTTP date', () => {
  expect(rateLimitWait(headers({ 'retry-after': '5' }), NOW)).toBe(5);
  expect(rateLimitWait(headers({ 'retry-after': 'Wed, 25 Nov 2026 12:00:30 GMT' }), NOW)).toBe(30);
});

it("reads the Hub's RateLimit header only when nothing remains", () => {
  expect(rateLimitWait(headers({ ratelimit: '"api";r=0;t=55' }), NOW)).toBe(55);
  expect(rateLimitWait(headers({ ratelimit: '"api";r=12;t=55' }), NOW)).toBeUndefined();
});

it("reads GitHub's x-ratelimit-reset when x-ratelimit-remaining is 0", () => {
  const reset = String(NOW / 1000 + 90);
  expect(rateLimitWait(headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), NOW)).toBe(90);
  expect(rateLimitWait(headers({ 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': reset }), NOW)).toBeUndefined();
  expect(rateLimitWait(headers({}), NOW)).toBeUndefined();
});

it('runs at most `limit` tasks at once and keeps results in order', async () => {
  let running = 0;
  let most = 0;
  const results = await mapLimited([5, 1, 4, 2, 3, 0], 3, async (ms, i) => {
    most = Math.max(most, ++running);
    await new Promise((done) => setTimeout(done, ms));
    running--;
    return i * 10;
  });
  expect(results).toEqual([0, 10, 20, 30, 40, 50]);
  expect(most).toBe(3);
});

describe('redirects', () => {
  // Two hosts: the service, which holds the key, and another one that must never see it.
  const seenElsewhere: IncomingHttpHeaders[] = [];
  const seenAtService: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
  let service: Server;
  let elsewhere: Server;
  let serviceUrl: string;
  let elsewhereUrl: string;
  const listen = async (server: Server) => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    elsewhere = createServer((request, response) => {
      seenElsewhere.push(request.headers);
      response.setHeader('content-type', 'application/json').end('{"stolen":true}');
    });
    elsewhereUrl = await listen(elsewhere);
    service = createServer((request, response) => {
      seenAtService.push({ method: request.method, url: request.url, headers: request.headers });
      const moved = (status: number, location: string) => response.writeHead(status, { location }).end();
      if (request.url === '/renamed') moved(301, '/repos/new-name');
      else if (request.url === '/away') moved(302, `${elsewhereUrl}/collect`);
      else if (request.url === '/batch') moved(303, '/batch-result');
      else if (request.url === '/loop') moved(307, '/loop');
      else response.setHeader('content-type', 'application/json').end(JSON.stringify({ at: request.url }));
    });
    serviceUrl = await listen(service);
  });
  afterAll(() => {
    service.close();
    elsewhere.close();
  });

  const client = () => new HttpClient({ headers: { authorization: 'Bearer secret', 'x-api-key': 'secret' }, policy: { maxTries: 1 }, sleep: () => Promise.resolve() });

  it('follows a redirect within the origin, keeping the key, and says where the answer came from', async () => {
    const answer = await client().json<{ at: string }>(`${serviceUrl}/renamed`);
    expect(answer.body).toEqual({ at: '/repos/new-name' });
    expect(answer.url).toBe(`${serviceUrl}/repos/new-name`);
    expect(seenAtService.at(-1)!.headers['x-api-key']).toBe('secret');
  });

  it('never follows a redirect to another host, so the key and the token stay with the service', async () => {
    await expect(client().json(`${serviceUrl}/away`)).rejects.toThrow(
      `HTTP 302 redirect from /away to another host (${new URL(elsewhereUrl).host}), not followed: the request's credentials stay with ${new URL(serviceUrl).host}`,
    );
    expect(seenElsewhere).toEqual([]);
  });

  it('turns a POST into a GET without its body on a 303, and stops a redirect loop', async () => {
    const answer = await client().json(`${serviceUrl}/batch`, { method: 'POST', body: '{"ids":[]}', headers: { 'content-type': 'application/json' } });
    expect(answer.body).toEqual({ at: '/batch-result' });
    expect(seenAtService.at(-1)).toMatchObject({ method: 'GET', url: '/batch-result' });
    expect(seenAtService.at(-1)!.headers['content-type']).toBeUndefined();
    await expect(client().json(`${serviceUrl}/loop`)).rejects.toThrow('more than 5 redirects from /loop');
  });
});

describe('a budget and a least interval', () => {
  let server: Server;
  let url: string;
  let status = 200;
  beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(status, { 'content-type': 'application/atom+xml' }).end('<feed/>'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/query`;
  });
  afterAll(() => server.close());

  /** A clock that only the client's sleeps move on. */
  const fakeClock = () => {
    let now = 1_000_000;
    const waits: number[] = [];
    return { waits, now: () => now, sleep: async (ms: number) => void (waits.push(ms), (now += ms)) };
  };

  it('reads a body as text, and waits the least interval between requests, retries included', async () => {
    const clock = fakeClock();
    const client = new HttpClient({ minIntervalMs: 3000, policy: { maxTries: 2, baseDelayMs: 100 }, random: () => 0, ...clock });
    expect((await client.text(url)).body).toBe('<feed/>');
    await client.text(url);
    status = 503;
    await expect(client.text(url)).rejects.toThrow('HTTP 503 after 2 tries');
    status = 200;
    // The first request goes at once; each later one starts 3 s after the one before, a backoff counted in
    // (the last 100 ms is the backoff after the last try).
    expect(clock.waits).toEqual([3000, 3000, 50, 2950, 100]);
    expect(client.requests).toBe(4);
  });

  it('sends no request beyond its budget, retries included', async () => {
    const client = new HttpClient({ maxRequests: 3, policy: { maxTries: 5, baseDelayMs: 1 }, sleep: () => Promise.resolve() });
    await client.text(url);
    status = 500;
    await expect(client.text(url)).rejects.toThrow('the budget of 3 requests is spent');
    status = 200;
    await expect(client.text(url)).rejects.toThrow('the budget of 3 requests is spent');
    expect(client.requests).toBe(3);
  });
});
