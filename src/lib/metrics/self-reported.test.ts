import { expect, it } from 'vitest';
import { createBenchmarkLookup } from '../content/benchmarks.ts';
import { benchmarkRegistrySchema } from '../content/benchmark-registry.ts';
import { HUB_VERIFY_TOKEN } from '../../../test/metrics/fake-apis.ts';
import { metricsFileSchema, type EvalResult } from './metrics.ts';
import { describeLeftOut, keptSelfReported, selfReportedResults } from './self-reported.ts';

const benchmark = (id: string, variants: unknown[], metrics: unknown[] = [{ id: 'accuracy', name: 'Accuracy', unit: '%', min: 0, max: 100, higherIsBetter: true }]) => ({
  id,
  name: id.toUpperCase(),
  task: 'question-answering',
  modality: 'text',
  specialty: 'general',
  url: 'https://arxiv.org/abs/2009.13081',
  variants,
  metrics,
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
    // A fraction elsewhere: "accuracy" of an unmapped dataset may be anything from 0 to 100.
    benchmark('pcam', [{ id: 'test', name: 'test', split: 'test' }], [{ id: 'accuracy', name: 'Accuracy', unit: 'fraction', min: 0, max: 1, higherIsBetter: true }]),
  ]),
);

const row = (dataset: EvalResult['dataset'], metric: Partial<EvalResult['metric']> = {}): EvalResult => ({ dataset, metric: { type: 'accuracy', value: 60, ...metric } });
const metricsWith = (evalResults: EvalResult[]) =>
  metricsFileSchema.parse({ huggingface: { 'a/model': { likes: 1, evalResults, fetchedAt: '2026-11-20T06:00:00.000Z' }, 'a/other': { likes: 1, fetchedAt: '2026-11-20T06:00:00.000Z' } } });
const results = (evalResults: EvalResult[]) => selfReportedResults(['a/model', 'a/other', 'a/unknown'], metricsWith(evalResults), registry);

it('maps a result to a benchmark variant and metric when the dataset, config, split and metric match exactly', () => {
  expect(results([row({ type: 'GBaker/MedQA-USMLE-4-options', name: 'MedQA', split: 'test' }, { name: 'Acc.' })])).toEqual([
    { hubId: 'a/model', benchmark: 'medqa', variant: 'test', metric: 'accuracy', datasetLabel: 'MEDQA, 4 options, test', metricLabel: 'Accuracy', value: 60, hasVerifyToken: false },
  ]);
  expect(results([row({ type: 'qiaojin/PubMedQA', config: 'pqa_labeled', split: 'train' })])[0]).toMatchObject({ benchmark: 'pubmedqa', variant: 'all', metric: 'accuracy' });
});

it('maps the dataset but not a metric the benchmark does not list', () => {
  expect(results([row({ type: 'GBaker/MedQA-USMLE-4-options', split: 'test' }, { type: 'f1', name: 'F1', value: 0.5 })])).toEqual([
    { hubId: 'a/model', benchmark: 'medqa', variant: 'test', datasetLabel: 'MEDQA, 4 options, test', metricLabel: 'F1', value: 0.5, hasVerifyToken: false },
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
  expect(only).toMatchObject({ hubId: 'a/model', metricLabel: 'accuracy', value: 60, hasVerifyToken: false });
});

it("labels an unmapped dataset by the card's name, then its Hub id, config and split", () => {
  const labels = results([row({ type: 'a/b', name: 'AB', config: 'c', split: 'test' }), row({ type: 'a/b' }), row({ type: 'a/b', name: 'a/b', split: 'dev' })]).map((r) => r.datasetLabel);
  expect(labels).toEqual(['AB (a/b, c, test)', 'a/b', 'a/b (dev)']);
});

const MEDQA = { type: 'GBaker/MedQA-USMLE-4-options', split: 'test' };

it("shows a result's Hub token only where the metric carries one; the card's own verified flag is not read", () => {
  // A file of format 3 still has the card's verified: true; it is dropped on reading.
  const withFlag = { dataset: MEDQA, metric: { type: 'accuracy', value: 60, verified: true } } as EvalResult;
  expect(results([withFlag, row(MEDQA, { verifyToken: HUB_VERIFY_TOKEN })]).map((r) => r.hasVerifyToken)).toEqual([false, true]);
  expect(metricsWith([withFlag]).huggingface['a/model']!.evalResults![0]!.metric).toEqual({ type: 'accuracy', value: 60 });
});

it("refuses a metrics file whose token is not in the Hub's shape", () => {
  expect(() => metricsWith([row(MEDQA, { verifyToken: 'forged' })])).toThrow(/Hub's shape/);
});

it("keeps a value only within its registry metric's range: the mapped benchmark's, else the widest the registry gives the metric id", () => {
  const values = (evalResults: EvalResult[]) => results(evalResults).map((r) => r.value);
  // MedQA accuracy is 0-100: 99999 and -1 are neither shown nor linked to the benchmark page.
  expect(values([0, 100, 99999, -1, 100.5].map((value) => row(MEDQA, { value })))).toEqual([0, 100]);
  // An unmapped dataset's accuracy: within 0-100 (the widest of MedQA's 0-100 and PCam's 0-1).
  expect(values([row({ type: 'x/medqa-copy', name: 'MedQA' }, { value: 99999 }), row({ type: 'x/medqa-copy' }, { value: 0.9 })])).toEqual([0.9]);
  // A metric the registry does not know has no range to hold it to.
  expect(values([row({ type: 'x/y' }, { type: 'perplexity', value: 99999 })])).toEqual([99999]);
});

it('shows at most 50 results per model, in the card\'s order, and no result with a label over 200 characters', () => {
  const many = Array.from({ length: 3003 }, (_, i) => row(MEDQA, { value: i % 100 }));
  const long = 'x'.repeat(10_000);
  const shown = results([row({ type: 'a/b', name: long }), row({ type: 'a/b' }, { name: long }), row({ type: 'a/b', split: long }), ...many]);
  expect(shown).toHaveLength(50);
  expect(shown.map((r) => r.value)).toEqual(many.slice(0, 50).map((r) => r.metric.value));
  expect(keptSelfReported([row({ type: 'a/b' }, { type: 'x'.repeat(201) }), row({ type: 'a/b' }, { type: 'x'.repeat(200) })], registry).leftOut).toEqual({ longLabel: 1, outOfRange: 0, beyondCap: 0 });
});

it('counts what it leaves out, and says so in words', () => {
  const { kept, leftOut } = keptSelfReported([row(MEDQA, { value: 99999 }), row({ type: 'a/b', name: 'x'.repeat(201) }), ...Array.from({ length: 52 }, () => row(MEDQA))], registry);
  expect(kept).toHaveLength(50);
  expect(leftOut).toEqual({ longLabel: 1, outOfRange: 1, beyondCap: 2 });
  expect(describeLeftOut({ malformed: 3, ...leftOut })).toBe("3 malformed, 1 with a label over 200 characters, 1 outside its registry metric's range, 2 beyond the first 50");
  expect(describeLeftOut({ longLabel: 0, outOfRange: 0, beyondCap: 0 })).toBe('');
});
