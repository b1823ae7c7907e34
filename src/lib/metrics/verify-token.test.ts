import { expect, it } from 'vitest';
import { HUB_VERIFY_TOKEN as HUB_TOKEN } from '../../../test/metrics/fake-apis.ts';
import { isHubVerifyToken } from './verify-token.ts';

const [header, payload, signature] = HUB_TOKEN.split('.') as [string, string, string];
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

it("accepts a token in the shape of the Hub's evaluation service", () => {
  expect(isHubVerifyToken(HUB_TOKEN)).toBe(true);
});

it.each([
  ['no token', undefined],
  ['a boolean', true],
  ['an empty string', ''],
  ['text', 'verified'],
  ['two parts', `${header}.${payload}`],
  ['four parts', `${HUB_TOKEN}.${signature}`],
  ['characters outside base64url', `${header}.${payload}.${signature.slice(0, -2)}+/`],
  ['another algorithm', `${encode({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}`],
  ['a header that is no JSON', `${Buffer.from('{alg').toString('base64url')}.${payload}.${signature}`],
  ['a payload without the hash', `${header}.${encode({ version: 1 })}.${signature}`],
  ['a hash that is not 64 hex digits', `${header}.${encode({ hash: 'abc', version: 1 })}.${signature}`],
  ['a payload naming something else instead', `${header}.${encode({ model: 'a/b', value: 99 })}.${signature}`],
  ['a signature of the wrong length', `${header}.${payload}.${signature.slice(0, 40)}`],
  ['a token of 100 KB', `${header}.${payload}.${'A'.repeat(100_000)}`],
])('refuses %s', (_, token) => {
  expect(isHubVerifyToken(token)).toBe(false);
});
