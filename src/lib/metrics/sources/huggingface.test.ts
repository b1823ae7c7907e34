import { expect, it } from 'vitest';
import { hubApiUrl, hubValue } from './huggingface.ts';

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
  expect(hubValue(info, 812)).toEqual({
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
  expect(hubValue({ gated: false, tags: ['license:apache-2.0'], cardData: { base_model: ['a/b', 'c/d'] } }, 3)).toEqual({
    likes: 3,
    license: 'apache-2.0',
    gated: false,
    baseModels: ['a/b', 'c/d'],
  });
  expect(hubValue({ downloads: -4, gated: 'sometimes', safetensors: { total: '7B' }, lastModified: 'yesterday', cardData: 'x', tags: 'license:mit' }, 0)).toEqual({
    likes: 0,
    license: 'mit',
  });
});

it("reads the card's model-index, else the one at the top of the info", () => {
  const modelIndex = (value: number) => [{ name: 'm', results: [{ dataset: { type: 'a/b', split: 'test' }, metrics: [{ type: 'accuracy', value }] }] }];
  const evalResults = (value: number) => [{ dataset: { type: 'a/b', split: 'test' }, metric: { type: 'accuracy', value } }];
  expect(hubValue({ cardData: { 'model-index': modelIndex(1) }, 'model-index': modelIndex(2) }, 0).evalResults).toEqual(evalResults(1));
  expect(hubValue({ 'model-index': modelIndex(2) }, 0).evalResults).toEqual(evalResults(2));
  expect(hubValue({ cardData: { 'model-index': 'none' } }, 0)).toEqual({ likes: 0 });
});
