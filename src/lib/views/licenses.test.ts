import { expect, it } from 'vitest';
import { licenseChoices, licenseFacetValues, licenseKind } from './licenses.ts';

it('tells open licences from restricted ones, as GitHub and the Hub write them', () => {
  expect(['Apache-2.0', 'mit', 'GPL-3.0-only', 'cc-by-4.0', 'BSD-3-Clause'].map(licenseKind)).toEqual(['open', 'open', 'open', 'open', 'open']);
  expect(['cc-by-nc-4.0', 'llama3', 'gemma', 'health-ai-developer-foundations', 'other', 'openrail'].map(licenseKind)).toEqual(Array(6).fill('restricted'));
  expect(licenseKind('NOASSERTION')).toBeUndefined();
  expect(licenseKind(undefined)).toBeUndefined();
});

it("gives the entries' named licences a kind, and none to unknown or unreleased weights", () => {
  expect(['llama-3-community', 'gemma-terms', 'research-only', 'proprietary-api', 'CC-BY-NC-4.0'].map(licenseKind)).toEqual(Array(5).fill('restricted'));
  expect(['unknown', 'not-released'].map(licenseKind)).toEqual([undefined, undefined]);
});

it('filters on the kind and the licence itself, and offers the kinds first, then each licence by its name', () => {
  expect(licenseFacetValues('MIT')).toEqual(['open', 'MIT']);
  expect(licenseFacetValues('unknown')).toEqual(['unknown']);
  expect(licenseFacetValues(undefined)).toEqual([]);
  const counts = [{ value: 'MIT', count: 3 }, { value: 'open', count: 3 }, { value: 'gemma-terms', count: 2 }, { value: 'restricted', count: 2 }];
  expect(licenseChoices(counts)).toEqual([
    { value: 'open', count: 3, label: 'Open licence' },
    { value: 'restricted', count: 2, label: 'Restricted licence' },
    { value: 'MIT', count: 3, label: 'MIT' },
    { value: 'gemma-terms', count: 2, label: 'Gemma Terms of Use' },
  ]);
});
