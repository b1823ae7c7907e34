import { expect, it } from 'vitest';
import { licenseKind } from './licenses.ts';

it('tells open licences from restricted ones, as GitHub and the Hub write them', () => {
  expect(['Apache-2.0', 'mit', 'GPL-3.0-only', 'cc-by-4.0', 'BSD-3-Clause'].map(licenseKind)).toEqual(['open', 'open', 'open', 'open', 'open']);
  expect(['cc-by-nc-4.0', 'llama3', 'gemma', 'health-ai-developer-foundations', 'other', 'openrail'].map(licenseKind)).toEqual(Array(6).fill('restricted'));
  expect(licenseKind('NOASSERTION')).toBeUndefined();
  expect(licenseKind(undefined)).toBeUndefined();
});
