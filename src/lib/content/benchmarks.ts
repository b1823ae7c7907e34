/**
 * Reported results and what they need of the benchmark registry (benchmark-registry.ts). A number is comparable
 * to another only on the same benchmark, variant (split, options) and metric, so the registry lists those
 * and an entry's result must name one of each; its setting and source travel with it.
 */
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { parametersField } from './parameter-size.ts';
import type { Benchmark } from './benchmark-registry.ts';
import { boundedNumber, httpUrl, listOf, requiredText, strictObject } from './schema-fields.ts';
import { RESULT_FLAGS } from './vocabulary.ts';

/** What the entry schema needs of the registry to check a result's names and value. */
export interface BenchmarkLookup {
  get(id: string): Benchmark | undefined;
  ids(): string[];
}

export function createBenchmarkLookup(registry: readonly Benchmark[]): BenchmarkLookup {
  const byId = new Map(registry.map((benchmark) => [benchmark.id, benchmark]));
  return { get: (id) => byId.get(id), ids: () => [...byId.keys()] };
}

/** The closest of some known ids to a misspelt one, for "did you mean". */
export function closestId(wanted: string, known: readonly string[]): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const id of known) {
    const score = id.includes(wanted) || wanted.includes(id) ? 0 : distance(id, wanted) / Math.max(id.length, wanted.length);
    if (score <= 0.5 && (!best || score < best.score)) best = { id, score };
  }
  return best?.id;
}

const SCORINGS = ['generated-answer', 'option-likelihood', 'judge'] as const;
const AGGREGATIONS = ['micro', 'macro'] as const;
const REPORTERS = ['first-party', 'third-party'] as const;

const settingSchema = strictObject(
  {
    shots: z.int({ error: 'shots must be a whole number of examples in the prompt, like 5 (0 for zero-shot)' }).min(0).optional(),
    chainOfThought: z.boolean({ error: 'chainOfThought must be true or false' }).optional(),
    ensemble: requiredText('ensemble', 'self-consistency, 11 samples').optional(),
    scoring: z.enum(SCORINGS, { error: (issue) => `scoring "${String(issue.input)}" is not one of ${SCORINGS.join(', ')}` }).optional(),
    judge: requiredText('judge', 'GPT-4o').optional(),
    harness: requiredText('harness', 'lm-evaluation-harness').optional(),
    /** How many runs (seeds, samples) the value is the mean of, where the source says so: a mean of n runs on N items is a count of n·N. */
    runs: z.int({ error: 'runs must be a whole number of runs the value is the mean of, like 3' }).positive().optional(),
    /** For a variant that averages subsets: micro (over all their items) or macro (the mean of the subsets' values), as the source says. */
    aggregation: z.enum(AGGREGATIONS, { error: (issue) => `aggregation "${String(issue.input)}" is not micro (over all items) or macro (the mean of the subsets)` }).optional(),
  },
  'a setting',
);

const sourceSchema = strictObject(
  {
    url: httpUrl('url'),
    locator: requiredText('locator', 'Table 2'),
    reportedBy: z.enum(REPORTERS, {
      error: (issue) => (issue.input === undefined ? 'reportedBy is required: first-party (the model\'s own authors) or third-party' : `reportedBy "${String(issue.input)}" is not first-party or third-party`),
    }),
    date: z
      .string({ error: 'date must be a month written YYYY-MM, like 2024-02' })
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: (issue) => `date "${String(issue.input)}" is not a month written YYYY-MM, like 2024-02` })
      .optional(),
  },
  'a source',
);

const resultShape = {
  benchmark: requiredText('benchmark', 'medqa'),
  variant: requiredText('variant', 'us-4-option-test'),
  metric: requiredText('metric', 'accuracy'),
  value: boundedNumber('value', '86.5 (the number as the source prints it)'),
  /** The standard error the source prints beside the value, in the value's unit. */
  stderr: boundedNumber('stderr', '1.92 (in the unit of the value)').optional(),
  model: requiredText('model', 'Meditron-70B'),
  parameters: parametersField().optional(),
  setting: settingSchema.default({}),
  source: sourceSchema,
  flags: listOf(z.enum(RESULT_FLAGS, { error: (issue) => `flag "${String(issue.input)}" is not one of ${RESULT_FLAGS.join(', ')}` }), 'flags', 'trained-on-benchmark').default([]),
  notes: requiredText('notes', 'dev split reported as test').optional(),
};

const resultSchema = strictObject(resultShape, 'a result');
export type Result = z.output<typeof resultSchema>;

/** A result's identity: the same number for the same checkpoint, setting and source is one result. */
const resultKey = (result: Result) =>
  JSON.stringify([result.benchmark, result.variant, result.metric, result.model, result.setting, result.source.url, result.source.locator]);

/** The `results` field: each result's names exist in the registry, its value lies in the metric's range, none twice. */
export function resultsSchema(benchmarks: BenchmarkLookup | undefined) {
  return listOf(resultSchema, 'results', '{ benchmark: medqa, ... }')
    .default([])
    .superRefine((results, ctx) => {
      const seen = new Map<string, number>();
      results.forEach((result, index) => {
        const key = resultKey(result);
        const first = seen.get(key);
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: [index], message: `the same result as results.${first} (same benchmark, variant, metric, model, setting and source; keep one)` });
        else seen.set(key, index);
        if (!benchmarks) return;
        const benchmark = benchmarks.get(result.benchmark);
        if (!benchmark) {
          const near = closestId(result.benchmark, benchmarks.ids());
          ctx.addIssue({ code: 'custom', path: [index, 'benchmark'], message: `unknown benchmark "${result.benchmark}" (${near ? `did you mean "${near}"? ` : ''}the ids are in content/benchmarks.yaml; add the benchmark there if it is new)` });
          return;
        }
        for (const [field, known] of [['variant', benchmark.variants], ['metric', benchmark.metrics]] as const) {
          const wanted = result[field];
          if (known.some((item) => item.id === wanted)) continue;
          const ids = known.map((item) => item.id);
          const near = closestId(wanted, ids);
          ctx.addIssue({ code: 'custom', path: [index, field], message: `${benchmark.id} has no ${field} "${wanted}" (${near ? `did you mean "${near}"? ` : ''}it has ${ids.join(', ')})` });
        }
        const metric = benchmark.metrics.find((m) => m.id === result.metric);
        if (metric && (result.value < metric.min || result.value > metric.max)) {
          ctx.addIssue({ code: 'custom', path: [index, 'value'], message: `${result.value} lies outside ${metric.name}'s range ${metric.min}–${metric.max} ${metric.unit} (write the number as the source prints it, in ${metric.unit})` });
        }
      });
    });
}
