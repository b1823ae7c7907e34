import { expect, it } from 'vitest';
import { mapLimited, rateLimitWait } from './http-client.ts';

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
