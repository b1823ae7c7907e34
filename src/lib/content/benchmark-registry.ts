/**
 * The benchmark registry (content/benchmarks.yaml): each benchmark's variants (split, options, items) and
 * metrics (unit, range, whether it counts items). Apart from the results' schema (benchmarks.ts), which
 * the contribute page's script bundles: the registry is checked where the files are read, not in the browser.
 */
import { z } from 'zod';
import { boundedNumber, httpUrl, listOf, requiredText, strictObject } from './schema-fields.ts';
import { MODALITIES, SLUG_PATTERN, SPECIALTIES, TASKS } from './vocabulary.ts';

const idField = (field: string, example: string) =>
  requiredText(field, example).regex(SLUG_PATTERN, { error: (issue) => `${field} "${String(issue.input)}" is not lowercase kebab-case, like ${example}` });

const hubDatasetSchema = strictObject(
  {
    dataset: requiredText('dataset', 'GBaker/MedQA-USMLE-4-options'),
    config: requiredText('config', 'pqa_labeled').optional(),
    split: requiredText('split', 'test'),
  },
  'a Hub dataset',
);

const variantSchema = strictObject(
  {
    id: idField('id', 'us-4-option-test'),
    name: requiredText('name', 'US, 4 options, test'),
    split: requiredText('split', 'test'),
    items: z.int({ error: 'items must be a whole number of questions or cases, like 1273' }).positive().optional(),
    options: z.int({ error: 'options must be a whole number of answer options, like 4' }).positive().optional(),
    /** The variant is an average over these variants of the benchmark (MMLU's medical subjects): its count is theirs. */
    averageOf: listOf(idField('averageOf', 'clinical-knowledge'), 'averageOf', 'clinical-knowledge').optional(),
    /** Hub datasets (with config and split) whose model-index results are this variant for certain. */
    huggingface: listOf(hubDatasetSchema, 'huggingface', '{ dataset: GBaker/MedQA-USMLE-4-options, split: test }').default([]),
  },
  'a variant',
);

const metricSchema = strictObject(
  {
    id: idField('id', 'accuracy'),
    name: requiredText('name', 'Accuracy'),
    unit: requiredText('unit', "'%'"),
    min: boundedNumber('min', '0'),
    max: boundedNumber('max', '100'),
    higherIsBetter: z.boolean({ error: 'higherIsBetter must be true or false' }),
    /** `items`: a value is a share of the variant's items answered right (k of N), so it can be checked against N. */
    counts: z.literal('items', { error: (issue) => `counts "${String(issue.input)}" is not items (leave it out for a metric that is no share of items, like balanced accuracy or F1)` }).optional(),
  },
  'a metric',
);

const benchmarkSchema = strictObject(
  {
    id: idField('id', 'medqa'),
    name: requiredText('name', 'MedQA (USMLE)'),
    task: z.enum(TASKS, { error: (issue) => `task "${String(issue.input)}" is not one of ${TASKS.join(', ')}` }),
    modality: z.enum(MODALITIES, { error: (issue) => `modality "${String(issue.input)}" is not one of ${MODALITIES.join(', ')}` }),
    specialty: z.enum(SPECIALTIES, { error: (issue) => `specialty "${String(issue.input)}" is not one of ${SPECIALTIES.join(', ')}` }),
    url: httpUrl('url'),
    variants: z.array(variantSchema, { error: 'variants must be a list (- id: ..., name: ..., split: ...)' }).min(1, { error: 'a benchmark needs at least one variant' }),
    metrics: z.array(metricSchema, { error: 'metrics must be a list (- id: accuracy, ...)' }).min(1, { error: 'a benchmark needs at least one metric' }),
    comparability: requiredText('comparability', 'what differs between reports (options, split, scoring)'),
  },
  'a benchmark',
);

export type Benchmark = z.output<typeof benchmarkSchema>;

const unique = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

/** content/benchmarks.yaml: each benchmark once, its variants and metrics each once, min below max. */
export const benchmarkRegistrySchema = z
  .array(benchmarkSchema, { error: 'content/benchmarks.yaml must be a list of benchmarks (- id: ...)' })
  .superRefine((registry, ctx) => {
    for (const id of unique(registry.map((b) => b.id))) ctx.addIssue({ code: 'custom', path: [registry.findLastIndex((b) => b.id === id), 'id'], message: `the benchmark id "${id}" appears twice (each benchmark once)` });
    registry.forEach((benchmark, index) => {
      for (const [field, ids] of [['variants', benchmark.variants.map((v) => v.id)], ['metrics', benchmark.metrics.map((m) => m.id)]] as const) {
        for (const id of unique(ids)) ctx.addIssue({ code: 'custom', path: [index, field], message: `${benchmark.id} lists the ${field.slice(0, -1)} "${id}" twice` });
      }
      const variantIds = new Set(benchmark.variants.map((v) => v.id));
      benchmark.variants.forEach((variant, v) => {
        (variant.averageOf ?? []).forEach((id, s) => {
          if (!variantIds.has(id) || id === variant.id) ctx.addIssue({ code: 'custom', path: [index, 'variants', v, 'averageOf', s], message: `${benchmark.id}: averageOf names "${id}", which is no other variant of it (it has ${[...variantIds].join(', ')})` });
        });
      });
      benchmark.metrics.forEach((metric, m) => {
        if (metric.min >= metric.max) ctx.addIssue({ code: 'custom', path: [index, 'metrics', m, 'max'], message: `${metric.id}: max ${metric.max} must be above min ${metric.min}` });
      });
    });
  });
