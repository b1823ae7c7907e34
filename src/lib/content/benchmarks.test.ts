import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { closestId, createBenchmarkLookup } from './benchmarks.ts';
import { benchmarkRegistrySchema } from './benchmark-registry.ts';
import { createEntrySchema } from './schema.ts';

const registry = benchmarkRegistrySchema.parse(parse(readFileSync('content/benchmarks.yaml', 'utf8')));
const schema = createEntrySchema({ benchmarks: createBenchmarkLookup(registry), now: new Date('2026-11-25T12:00:00Z') });

const result = {
  benchmark: 'medqa',
  variant: 'us-4-option-test',
  metric: 'accuracy',
  value: 86.5,
  model: 'Med-PaLM 2',
  setting: { shots: 5, chainOfThought: true, ensemble: 'ensemble refinement', scoring: 'generated-answer' },
  source: { url: 'https://arxiv.org/abs/2305.09617', locator: 'Table 1', reportedBy: 'first-party' },
};
const entry = (results: unknown) => ({ title: 'X', date: '2024-01', institutes: ['Google'], results });

function messages(results: unknown): string[] {
  const parsed = schema.safeParse(entry(results));
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('results on entries', () => {
  it('accepts a result with its setting and source, and fills flags', () => {
    expect(schema.parse(entry([result])).results).toEqual([{ ...result, flags: [] }]);
  });

  it.each([
    [{ ...result, benchmark: 'medqaa' }, 'results.0.benchmark: unknown benchmark "medqaa" (did you mean "medqa"?'],
    [{ ...result, variant: 'us-4-options-test' }, 'results.0.variant: medqa has no variant "us-4-options-test" (did you mean "us-4-option-test"? it has us-4-option-test, us-5-option-test, mainland-5-option-test, mainland-4-option-test)'],
    [{ ...result, metric: 'acc' }, 'results.0.metric: medqa has no metric "acc" (did you mean "accuracy"?'],
    [{ ...result, value: 186.5 }, "results.0.value: 186.5 lies outside Accuracy's range 0–100 %"],
    [{ ...result, source: { locator: 'Table 1', reportedBy: 'first-party' } }, 'results.0.source.url: url must be a URL'],
    [{ ...result, source: { url: 'https://arxiv.org/abs/2305.09617', reportedBy: 'first-party' } }, 'results.0.source.locator: locator is required (for example locator: Table 2)'],
    [{ ...result, source: { ...result.source, reportedBy: 'authors' } }, 'results.0.source.reportedBy: reportedBy "authors" is not first-party or third-party'],
    [{ ...result, setting: { scoring: 'likelihood' } }, 'results.0.setting.scoring: scoring "likelihood" is not one of generated-answer, option-likelihood, judge'],
    [{ ...result, flags: ['trained-on-train'] }, 'results.0.flags.0: flag "trained-on-train" is not one of trained-on-benchmark, fine-tuned-per-dataset, subset'],
    [{ ...result, score: 1 }, 'results.0: unknown field "score" in a result'],
    [{ ...result, value: 1e300 }, 'results.0.value: value must lie between -1,000,000,000 and 1,000,000,000, like 86.5 (the number as the source prints it)'],
    [{ ...result, parameters: `${'9'.repeat(400)}T` }, 'results.0.parameters: parameters "99999999999999999999…9T" is not between 1K and 100T'],
  ])('refuses %j', (bad, expected) => {
    expect(messages([bad]).join('\n')).toContain(expected);
  });

  it('refuses the same result twice, naming the first', () => {
    expect(messages([result, { ...result }])).toEqual(['results.1: the same result as results.0 (same benchmark, variant, metric, model, setting and source; keep one)']);
  });

  it('keeps two settings of one number apart', () => {
    expect(messages([result, { ...result, setting: { shots: 0 } }])).toEqual([]);
  });
});

describe('benchmark registry', () => {
  it('holds the benchmarks the results need, each naming its task', () => {
    expect(registry.map((b) => b.id)).toEqual(expect.arrayContaining(['medqa', 'pubmedqa', 'medmcqa', 'mmlu-medical', 'vqa-rad', 'slake', 'pathvqa']));
    for (const benchmark of registry) expect(benchmark.comparability.length).toBeGreaterThan(40);
  });

  it('refuses an id twice, a variant twice and an empty range', () => {
    const [medqa] = registry;
    const bad = [medqa, { ...medqa, variants: [medqa!.variants[0], medqa!.variants[0]], metrics: [{ ...medqa!.metrics[0], min: 100, max: 0 }] }];
    const issues = benchmarkRegistrySchema.safeParse(bad).error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([
      '1.id: the benchmark id "medqa" appears twice (each benchmark once)',
      '1.variants: medqa lists the variant "us-4-option-test" twice',
      '1.metrics.0.max: accuracy: max 0 must be above min 100',
    ]);
  });

  it('refuses a range or a count no chart can draw: ±1.8e308 (infinite once read), ±1.7e308, items past 2^53', () => {
    const [medqa] = registry;
    const metric = (min: string, max: string) => parse(`[{ id: accuracy, name: Accuracy, unit: '%', min: ${min}, max: ${max}, higherIsBetter: true }]`);
    const issues = (bad: unknown) => benchmarkRegistrySchema.safeParse([bad]).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    for (const [min, max] of [['-1.8e308', '1.8e308'], ['-1.7e308', '1.7e308']]) {
      expect(issues({ ...medqa, metrics: metric(min!, max!) })).toEqual([
        '0.metrics.0.min: min must lie between -1,000,000,000 and 1,000,000,000, like 0',
        '0.metrics.0.max: max must lie between -1,000,000,000 and 1,000,000,000, like 100',
      ]);
    }
    expect(issues({ ...medqa, metrics: metric('-1e9', '1e9') })).toBeUndefined();
    expect(issues({ ...medqa, variants: [{ ...medqa!.variants[0], items: 1e300 }] })).toEqual(['0.variants.0.items: items must be a whole number of questions or cases, like 1273']);
  });

  it('refuses an average over a variant it does not have, and a count that is not of items', () => {
    const mmlu = registry.find((b) => b.id === 'mmlu-medical')!;
    const average = { ...mmlu.variants[0]!, averageOf: ['anatomy', 'virology'] };
    const bad = { ...mmlu, variants: [average, ...mmlu.variants.slice(1)], metrics: [{ ...mmlu.metrics[0]!, counts: 'answers' }] };
    const issues = benchmarkRegistrySchema.safeParse([bad]).error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([
      '0.metrics.0.counts: counts "answers" is not items (leave it out for a metric that is no share of items, like balanced accuracy or F1)',
    ]);
    const unknown = benchmarkRegistrySchema.safeParse([{ ...mmlu, variants: [average, ...mmlu.variants.slice(1)] }]).error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(unknown).toEqual([expect.stringMatching(/^0\.variants\.0\.averageOf\.1: mmlu-medical: averageOf names "virology", which is no other variant of it \(it has average-6, clinical-knowledge/)]);
  });

  it('suggests only near ids', () => {
    expect(closestId('pubmed-qa', ['pubmedqa', 'medqa'])).toBe('pubmedqa');
    expect(closestId('chexpert', ['pubmedqa', 'medqa'])).toBeUndefined();
  });
});
