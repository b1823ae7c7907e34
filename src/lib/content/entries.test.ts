import { expect, it } from 'vitest';
import { byNewest, mainLink } from './entries.ts';
import { testEntry } from '../../../test/entry-fixture.ts';

const make = testEntry;

it('orders newest first, then by title', () => {
  const entries = [make('b', {}), make('old', { date: '2020-05' }), make('a', {}), make('new', { date: '2025-01' })];
  expect(entries.sort(byNewest).map((e) => e.slug)).toEqual(['new', 'a', 'b', 'old']);
});

it('links the title to the first paper, else a link, a model or a repository', () => {
  expect(mainLink(make('p', { papers: [{ url: 'https://a.org/p' }], links: [{ label: 'L', url: 'https://a.org/l' }] }).data)).toBe('https://a.org/p');
  expect(mainLink(make('l', { links: [{ label: 'L', url: 'https://a.org/l' }], huggingface: ['a/b'] }).data)).toBe('https://a.org/l');
  expect(mainLink(make('h', { huggingface: ['a/b'], github: ['c/d'] }).data)).toBe('https://huggingface.co/a/b');
  expect(mainLink(make('g', { github: ['c/d'] }).data)).toBe('https://github.com/c/d');
  expect(mainLink(make('none', {}).data)).toBeUndefined();
});
