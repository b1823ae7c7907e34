import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Result } from './benchmarks.ts';
import { benchmarkRegistrySchema } from './benchmark-registry.ts';
import { countFits, fractionsAmongPercentages, printedDecimals, resultArithmetic } from './result-arithmetic.ts';

const registry = benchmarkRegistrySchema.parse(parse(readFileSync('content/benchmarks.yaml', 'utf8')));
const benchmark = (id: string) => registry.find((b) => b.id === id)!;
const result = (fields: Partial<Result>): Result => ({
  benchmark: 'pubmedqa',
  variant: 'pqa-l-test',
  metric: 'accuracy',
  value: 77.6,
  model: 'X',
  setting: {},
  source: { url: 'https://example.org', locator: 'Table 1', reportedBy: 'first-party' },
  flags: [],
  ...fields,
});
const check = (fields: Partial<Result>, printed = String(fields.value ?? 77.6), stderr?: string) =>
  resultArithmetic(result(fields), benchmark(fields.benchmark ?? 'pubmedqa'), { value: printed, ...(stderr ? { stderr } : {}) });

describe('printed decimals', () => {
  it.each([
    ['77.5', 1],
    ['77.50', 2],
    ['80', 0],
    ['775e-1', 1],
    ['7.750e1', 2],
  ])('%s has %i', (text, decimals) => expect(printedDecimals(text)).toBe(decimals));
});

describe('whole counts', () => {
  it('accepts a value some k/N rounds to, at the printed precision, ties included', () => {
    expect(countFits(62.37, 2, 1273, 100)).toBe(true); // 794/1273
    expect(countFits(62.31, 2, 1273, 100)).toBe(false);
    expect(countFits(62.5, 1, 8, 100)).toBe(true); // exactly 5/8
  });

  it('refuses PubMedQA 77.5 on the 500-question test, naming the counts either side and the variant it fits', () => {
    expect(check({ value: 77.5 }).problems).toEqual([
      {
        field: 'value',
        message: expect.stringMatching(
          /^77\.5 % is no whole number of right answers out of the 500 items of PubMedQA, PQA-L, reasoning required, official test split at its 1 decimal: the nearest possible values are 77\.4 \(387\/500\) and 77\.6 \(388\/500\); it is possible on pqa-l-all \(775\/1000\) \(correct the variant or the value; .*flags: \[source-inconsistent\]/,
        ),
      },
    ]);
  });

  it('reads the decimals as written: 77.60 is possible on 500 (388/500), 77.50 is not on 1,000 either at two decimals', () => {
    expect(check({ value: 77.6 }, '77.60').problems).toEqual([]);
    expect(check({ value: 77.51, variant: 'pqa-l-all' }, '77.51').problems[0]?.message).toContain('no other variant of pubmedqa with an item count fits it either');
  });

  it('counts a mean over runs as n·N answers', () => {
    // 64.3 on 144 questions is no count; as a mean of 3 runs it is 278/432 = 64.35, still none at one decimal, and 64.4 is.
    expect(check({ benchmark: 'mmlu-medical', variant: 'college-biology', value: 64.4, setting: { runs: 3 } }).problems).toEqual([]);
    expect(check({ benchmark: 'mmlu-medical', variant: 'college-biology', value: 64.4 }).problems[0]?.message).toContain('out of the 144 items');
  });

  it('skips a subset average unless it is micro, with the reason; micro counts all the subsets\' items', () => {
    const average = { benchmark: 'mmlu-medical', variant: 'average-6', value: 60.01 };
    expect(check(average).skipped).toMatch(/^mmlu-medical average-6: an average over 6 subsets, micro or macro not stated/);
    expect(check({ ...average, setting: { aggregation: 'macro' } }).skipped).toContain('macro (a mean of fractions is no count)');
    expect(check({ ...average, setting: { aggregation: 'micro' } }).problems[0]?.message).toContain('out of the 1089 items');
  });

  it('skips a variant without items, naming it, and a result flagged source-inconsistent', () => {
    expect(check({ benchmark: 'medmcqa', variant: 'test', value: 1 }).skipped).toBe('medmcqa test: the variant has no items in content/benchmarks.yaml');
    expect(check({ value: 77.5, flags: ['source-inconsistent'] })).toEqual({ problems: [], skipped: expect.stringContaining('source-inconsistent') });
  });

  it('leaves metrics that count nothing alone (token F1, balanced accuracy)', () => {
    expect(check({ benchmark: 'vqa-rad', variant: 'overall', metric: 'token-f1', value: 54.87 })).toEqual({ problems: [] });
  });
});

describe('standard errors', () => {
  it("accepts lm-evaluation-harness's error for its value (N − 1 in the denominator)", () => {
    expect(check({ value: 75.6, stderr: 1.92 }, '75.6', '1.92').problems).toEqual([]);
  });

  it('refuses an error that does not fit the value and N, saying which values it would fit', () => {
    const [problem] = check({ value: 79, stderr: 2.2 }, '79', '2.2').problems;
    expect(problem?.field).toBe('stderr');
    expect(problem?.message).toMatch(/^the standard error 2\.2 does not fit 79 on the 500 items of .*: √\(p\(1−p\)\/N\) gives 1\.81–1\.84; 2\.2 fits a value near 41\.1 or 58\.9 /);
  });
});

describe('fractions among percentages', () => {
  it('finds 0.548 among tens, and nothing where the others are small too', () => {
    const values = [{ value: 0.548 }, { value: 62.1 }, { value: 70.3 }, { value: 55 }];
    expect(fractionsAmongPercentages(values)).toEqual([{ item: values[0], median: 62.1 }]);
    expect(fractionsAmongPercentages([{ value: 0.5 }, { value: 1.2 }, { value: 0.9 }])).toEqual([]);
    expect(fractionsAmongPercentages([{ value: 0.5 }])).toEqual([]);
  });
});
