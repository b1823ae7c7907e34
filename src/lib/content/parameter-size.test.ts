import { expect, it } from 'vitest';
import { parameterCount, parametersField, parameterSize } from './parameter-size.ts';

it("reads and writes the schema's size format", () => {
  expect(['70B', '2.7B', '345M', '1T', '7'].map(parameterCount)).toEqual([70e9, 2.7e9, 345e6, 1e12, undefined]);
  expect([68976648192, 4300079472, 345_000_000, 86_600_000, 1_100_000_000_000].map(parameterSize)).toEqual(['69B', '4.3B', '345M', '87M', '1.1T']);
});

it('accepts sizes from 1K to 100T, each a finite count', () => {
  for (const size of ['1K', '0.4B', '70B', '1.8T', '100T']) {
    expect(parametersField().parse(size)).toBe(size);
    expect(Number.isFinite(parameterCount(size))).toBe(true);
  }
});

it('refuses a size beyond 100T or below 1K, quoting a long one shortened', () => {
  const messages = (size: string) => parametersField().safeParse(size).error?.issues.map((issue) => issue.message);
  expect(messages(`${'9'.repeat(400)}T`)).toEqual(['parameters "99999999999999999999…9T" is not between 1K and 100T (write the size the source states, like 70B or 345M)']);
  expect(messages('101T')).toEqual(['parameters "101T" is not between 1K and 100T (write the size the source states, like 70B or 345M)']);
  expect(messages('0B')).toEqual(['parameters "0B" is not between 1K and 100T (write the size the source states, like 70B or 345M)']);
  expect(messages('70 billion')).toEqual(['parameters "70 billion" is not a size like 7B, 2.7B or 345M']);
});
