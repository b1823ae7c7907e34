import { expect, it } from 'vitest';
import { resultCoverage, resultCoverageLine } from './result-coverage.ts';

const result = (reportedBy: 'first-party' | 'third-party') => ({ source: { url: 'https://x.org', locator: 'Table 1', reportedBy } });

it('counts the model entries with results by section, the results and the first-party share, leaving surveys and articles out', () => {
  const coverage = resultCoverage([
    { section: 'llms', data: { results: [result('first-party'), result('third-party')] } },
    { section: 'llms', data: { results: [] } },
    { section: 'vision', data: { results: [result('first-party')] } },
    { section: 'surveys', data: { results: [result('third-party')] } },
  ]);
  expect(coverage).toEqual({ models: 3, withResults: { llms: 1, vision: 1 }, results: 3, firstParty: 2 });
  expect(resultCoverageLine(coverage)).toBe('results: 3 on 2 of 3 model entries (llms 1, vision 1), 66.7 % of them first-party');
});
