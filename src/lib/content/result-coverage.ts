/**
 * How far the reported results reach, for validate's summary: the model entries with results (by section),
 * the results, and the share their models' own developers reported. A maintainer reads the list's depth in
 * the same run that checks it.
 */
import type { Result } from './benchmarks.ts';
import { MODEL_SECTIONS, type Section } from './schema.ts';

export interface ResultCoverage {
  models: number;
  withResults: Partial<Record<Section, number>>;
  results: number;
  firstParty: number;
}

export function resultCoverage(entries: readonly { section: Section; data: { results: readonly Pick<Result, 'source'>[] } }[]): ResultCoverage {
  const models = entries.filter((entry) => MODEL_SECTIONS.has(entry.section));
  const withResults: Partial<Record<Section, number>> = {};
  for (const entry of models.filter((model) => model.data.results.length)) withResults[entry.section] = (withResults[entry.section] ?? 0) + 1;
  const results = models.flatMap((model) => model.data.results);
  return { models: models.length, withResults, results: results.length, firstParty: results.filter((result) => result.source.reportedBy === 'first-party').length };
}

/** "results: 1244 on 118 of 231 model entries (llms 58, vision 54, other-modalities 6), 55.6 % first-party". */
export function resultCoverageLine({ models, withResults, results, firstParty }: ResultCoverage): string {
  const entries = Object.values(withResults).reduce((sum, count) => sum + count, 0);
  const bySection = [...MODEL_SECTIONS].filter((section) => withResults[section]).map((section) => `${section} ${withResults[section]}`).join(', ');
  const share = results ? ((100 * firstParty) / results).toFixed(1) : '0';
  return `results: ${results} on ${entries} of ${models} model entries (${bySection}), ${share} % of them first-party`;
}
