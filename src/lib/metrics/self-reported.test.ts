import { expect, it } from 'vitest';
import { benchmarkRegistrySchema, createBenchmarkLookup } from '../content/benchmarks.ts';
import { metricsFileSchema, type EvalResult } from './metrics.ts';
import { selfReportedResults } from './self-reported.ts';

const benchmark = (id: string, variants: unknown[]) => ({
  id,
  name: id.toUpperCase(),
  task: 'question-answering',
  modality: 'text',
  specialty: 'general',
  url: 'https://arxiv.org/abs/2009.13081',
  variants,
  metrics: [{ id: 'accuracy', name: 'Accuracy', unit: '%', min: 0, max: 100, higherIsBetter: true }],
  comparability: 'options differ',
});
const registry = createBenchmarkLookup(
  benchmarkRegistrySchema.parse([
    benchmark('medqa', [{ id: 'test', name: '4 options, test', split: 'test', huggingface: [{ dataset: 'GBaker/MedQA-USMLE-4-options', split: 'test' }] }]),
    benchmark('pubmedqa', [{ id: 'all', name: 'all labelled', split: 'train', huggingface: [{ dataset: 'qiaojin/PubMedQA', config: 'pqa_labeled', split: 'train' }] }]),
    // Two variants claiming one Hub dataset: neither is certain.
    benchmark('twice', [
      { id: 'a', name: 'A', split: 'test', huggingface: [{ dataset: 'x/twice', split: 'test' }] },
      { id: 'b', name: 'B', split: 'test', huggingface: [{ dataset: 'x/twice', split: 'test' }] },
    ]),
  ]),
);

const row = (dataset: EvalResult['dataset'], metric: Partial<EvalResult['metric']> = {}): EvalResult => ({ dataset, metric: { type: 'accuracy', value: 60, ...metric } });
const metricsWith = (evalResults: EvalResult[]) =>
  metricsFileSchema.parse({ huggingface: { 'a/model': { likes: 1, evalResults, fetchedAt: '2026-11-20T06:00:00.000Z' }, 'a/other': { likes: 1, fetchedAt: '2026-11-20T06:00:00.000Z' } } });
const results = (evalResults: EvalResult[]) => selfReportedResults(['a/model', 'a/other', 'a/unknown'], metricsWith(evalResults), registry);

it('maps a result to a benchmark variant and metric when the dataset, config, split and metric match exactly', () => {
  expect(results([row({ type: 'GBaker/MedQA-USMLE-4-options', name: 'MedQA', split: 'test' }, { name: 'Acc.', verified: true })])).toEqual([
    { hubId: 'a/model', benchmark: 'medqa', variant: 'test', metric: 'accuracy', datasetLabel: 'MEDQA, 4 options, test', metricLabel: 'Accuracy', value: 60, verified: true },
  ]);
  expect(results([row({ type: 'qiaojin/PubMedQA', config: 'pqa_labeled', split: 'train' })])[0]).toMatchObject({ benchmark: 'pubmedqa', variant: 'all', metric: 'accuracy' });
});

it('maps the dataset but not a metric the benchmark does not list', () => {
  expect(results([row({ type: 'GBaker/MedQA-USMLE-4-options', split: 'test' }, { type: 'f1', name: 'F1', value: 0.5 })])).toEqual([
    { hubId: 'a/model', benchmark: 'medqa', variant: 'test', datasetLabel: 'MEDQA, 4 options, test', metricLabel: 'F1', value: 0.5, verified: false },
  ]);
});

it.each([
  ['another split', { type: 'GBaker/MedQA-USMLE-4-options', split: 'validation' }],
  ['no split', { type: 'GBaker/MedQA-USMLE-4-options' }],
  ['a config the registry does not name', { type: 'GBaker/MedQA-USMLE-4-options', config: 'default', split: 'test' }],
  ['no config where the registry names one', { type: 'qiaojin/PubMedQA', split: 'train' }],
  ['another spelling of the dataset', { type: 'gbaker/medqa-usmle-4-options', split: 'test' }],
  ['a dataset two variants claim', { type: 'x/twice', split: 'test' }],
])('leaves a result unmapped on %s, labelled as the card words it', (_, dataset) => {
  const [only] = results([row(dataset)]);
  expect(only).not.toHaveProperty('benchmark');
  expect(only).not.toHaveProperty('variant');
  expect(only).not.toHaveProperty('metric');
  expect(only).toMatchObject({ hubId: 'a/model', metricLabel: 'accuracy', value: 60, verified: false });
});

it("labels an unmapped dataset by the card's name, then its Hub id, config and split", () => {
  const labels = results([row({ type: 'a/b', name: 'AB', config: 'c', split: 'test' }), row({ type: 'a/b' }), row({ type: 'a/b', name: 'a/b', split: 'dev' })]).map((r) => r.datasetLabel);
  expect(labels).toEqual(['AB (a/b, c, test)', 'a/b', 'a/b (dev)']);
});
