import { expect, it } from 'vitest';
import { createBenchmarkLookup } from '../../content/benchmarks.ts';
import { loadBenchmarkLookup } from '../../content/content-files.ts';
import { hubApiUrl, hubValue } from './huggingface.ts';

const noRegistry = createBenchmarkLookup([]);

it('asks the API of models, datasets or Spaces by the id\'s prefix', () => {
  expect(hubApiUrl('https://huggingface.co', 'epfl-llm/meditron-70b')).toBe('https://huggingface.co/api/models/epfl-llm/meditron-70b');
  expect(hubApiUrl('https://huggingface.co', 'datasets/openai/healthbench')).toBe('https://huggingface.co/api/datasets/openai/healthbench');
});

it('keeps the facts of a model\'s info as the Hub writes them', () => {
  // Trimmed from the shape of GET /api/models/{id}: cardData, gated, safetensors, tags and the rest.
  const info = {
    _id: '6560f5a5',
    id: 'google/medgemma-4b-it',
    likes: 812,
    downloads: 123456,
    gated: 'manual',
    pipeline_tag: 'image-text-to-text',
    lastModified: '2025-07-09T15:01:02.000Z',
    tags: ['transformers', 'safetensors', 'gemma3', 'medical', 'license:other'],
    cardData: { license: 'health-ai-developer-foundations', base_model: 'google/gemma-3-4b-pt', pipeline_tag: 'image-text-to-text' },
    safetensors: { parameters: { BF16: 4300079472 }, total: 4300079472 },
  };
  expect(hubValue(info, 812, noRegistry).value).toEqual({
    likes: 812,
    downloads: 123456,
    license: 'health-ai-developer-foundations',
    gated: true,
    baseModels: ['google/gemma-3-4b-pt'],
    parameters: 4300079472,
    pipelineTag: 'image-text-to-text',
    lastModified: '2025-07-09T15:01:02.000Z',
  });
});

it('falls back to the license tag, reads a list of base models, and leaves out what is missing or odd', () => {
  expect(hubValue({ gated: false, tags: ['license:apache-2.0'], cardData: { base_model: ['a/b', 'c/d'] } }, 3, noRegistry).value).toEqual({
    likes: 3,
    license: 'apache-2.0',
    gated: false,
    baseModels: ['a/b', 'c/d'],
  });
  expect(hubValue({ downloads: -4, gated: 'sometimes', safetensors: { total: '7B' }, lastModified: 'yesterday', cardData: 'x', tags: 'license:mit' }, 0, noRegistry).value).toEqual({
    likes: 0,
    license: 'mit',
  });
});

it("reads the card's model-index, else the one at the top of the info", () => {
  const modelIndex = (value: number) => [{ name: 'm', results: [{ dataset: { type: 'a/b', split: 'test' }, metrics: [{ type: 'accuracy', value }] }] }];
  const evalResults = (value: number) => [{ dataset: { type: 'a/b', split: 'test' }, metric: { type: 'accuracy', value } }];
  expect(hubValue({ cardData: { 'model-index': modelIndex(1) }, 'model-index': modelIndex(2) }, 0, noRegistry).value.evalResults).toEqual(evalResults(1));
  expect(hubValue({ 'model-index': modelIndex(2) }, 0, noRegistry).value.evalResults).toEqual(evalResults(2));
  expect(hubValue({ cardData: { 'model-index': 'none' } }, 0, noRegistry)).toEqual({ value: { likes: 0 } });
});

it("keeps only the card's results a page may show and says in words what it left out", async () => {
  // The fixture registry: MedQA's 4-option test split is GBaker/MedQA-USMLE-4-options, accuracy 0-100.
  const registry = await loadBenchmarkLookup('test/fixtures/content');
  const metric = (value: unknown) => ({ type: 'accuracy', value });
  const modelIndex = [
    { results: [{ dataset: { type: 'GBaker/MedQA-USMLE-4-options', split: 'test' }, metrics: [metric(99999), metric('NaN'), ...Array.from({ length: 3003 }, (_, i) => metric(i % 100))] }] },
    { results: [{ dataset: { type: 'a/b', name: 'x'.repeat(10_000) }, metrics: [metric(1)] }] },
  ];
  const { value, leftOut } = hubValue({ cardData: { 'model-index': modelIndex } }, 0, registry);
  expect(value.evalResults).toHaveLength(50);
  expect(value.evalResults!.map((r) => r.metric.value)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  expect(leftOut).toBe("model-index: kept 50 result(s); left out 1 malformed, 1 with a label over 200 characters, 1 outside its registry metric's range, 2953 beyond the first 50");
});
