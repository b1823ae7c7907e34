import { expect, it } from 'vitest';
import { testEntry } from '../../../test/entry-fixture.ts';
import { baseFamilies, baseModelDetail, builtOn, familiesOf, laterVersionsBySlug, modelFamily } from './lineage.ts';

const family = (name: string) => {
  const { name: found, parent } = modelFamily(name);
  return parent ? `${found} < ${parent}` : found;
};

it('puts spellings of one base model in one family, under its parent', () => {
  expect(['Llama-2-70B', 'Llama 2 70B', 'meta-llama/Llama-2-70b-hf', 'Llama-2-7B-Chat', 'Llama-2'].map(family)).toEqual(Array(5).fill('Llama 2 < Llama'));
  expect(['LLaMA', 'LLaMA-7B'].map(family)).toEqual(['Llama', 'Llama']);
  expect(['Llama-3.1-8B', 'Llama-3-70B', 'Qwen2.5-32B-Instruct', 'Qwen3-8B', 'Qwen3.5-35B-A3B', 'Qwen-7B'].map(family)).toEqual([
    'Llama 3.1 < Llama',
    'Llama 3 < Llama',
    'Qwen 2.5 < Qwen',
    'Qwen 3 < Qwen',
    'Qwen 3.5 < Qwen',
    'Qwen',
  ]);
  expect(['Gemma 3', 'google/gemma-3-4b-pt', 'PaLM 2', 'Flan-PaLM-540B', 'Mistral-7B', 'ChatGLM-6B', 'BERT-base'].map(family)).toEqual([
    'Gemma 3 < Gemma',
    'Gemma 3 < Gemma',
    'PaLM 2 < PaLM',
    'PaLM',
    'Mistral',
    'ChatGLM',
    'BERT',
  ]);
  expect(['dinov2-base', 'facebook/dinov2-giant', 'SAM 2', 'SAM ViT-B', 'CLIP ViT-L/14', 'vicuna-7b-v1.5', 'LLaVA-7B'].map(family)).toEqual([
    'DINOv2 < DINOv',
    'DINOv2 < DINOv',
    'SAM 2 < SAM',
    'SAM',
    'CLIP',
    'Vicuna',
    'LLaVA',
  ]);
});

it('keeps an unknown base model under its own name, without sizes and variant words', () => {
  expect(['BioBERT', 'ModernBERT', 'OpenFlamingo-9B', 'Apertus-70B-Instruct', 'HuatuoGPT-o1-8B', 'MiniGPT-4'].map(family)).toEqual([
    'BioBERT',
    'ModernBERT',
    'OpenFlamingo',
    'Apertus',
    'HuatuoGPT-o1',
    'MiniGPT-4',
  ]);
  expect(modelFamily('Llama 2 70B').slug).toBe('llama-2');
});

it('reads several base models from one field', () => {
  expect(baseFamilies('Gemini 1.0 and Gemini 1.5').map((f) => f.name)).toEqual(['Gemini 1.0', 'Gemini 1.5']);
  expect(baseFamilies('a/x, Mistral-7B').map((f) => f.name)).toEqual(['x', 'Mistral']);
  expect(baseFamilies(undefined)).toEqual([]);
});

it('writes the base model out beside its families only where it says more than their names', () => {
  expect(['Gemma 3', 'BioBERT', 'Gemini 1.0 and Gemini 1.5', 'Gemma-3'].map(baseModelDetail)).toEqual([undefined, undefined, undefined, undefined]);
  expect(['Llama-2-70B', 'Qwen2.5-VL-7B-Instruct', 'CLIP ViT-L/14'].map(baseModelDetail)).toEqual(['Llama-2-70B', 'Qwen2.5-VL-7B-Instruct', 'CLIP ViT-L/14']);
});

it('gathers the entries of each family and of its versions, and finds the entries built on an entry', () => {
  const biobert = testEntry('biobert', { title: 'BioBERT' });
  const kebiolm = testEntry('kebiolm', { baseModel: 'BioBERT' });
  const meditron = testEntry('meditron', { baseModel: 'Llama-2-70B' });
  const asclepius = testEntry('asclepius', { baseModel: 'Llama 2 7B' });
  const pmc = testEntry('pmc-llama', { baseModel: 'LLaMA-7B' });
  const families = familiesOf([biobert, kebiolm, meditron, asclepius, pmc], (entry) => entry.data.baseModel);
  expect([...families.keys()]).toEqual(['biobert', 'llama-2', 'llama']);
  expect(families.get('llama-2')!.entries.map((e) => e.slug)).toEqual(['meditron', 'asclepius']);
  expect(families.get('llama')!.entries.map((e) => e.slug)).toEqual(['meditron', 'asclepius', 'pmc-llama']);
  expect(families.get('llama')!.children.map((c) => c.name)).toEqual(['Llama 2']);
  expect(builtOn(biobert, families).map((e) => e.slug)).toEqual(['kebiolm']);
  expect(builtOn(meditron, families)).toEqual([]);
});

it('lists the later versions of an entry, newest first', () => {
  const first = testEntry('medgemma', { date: '2025-05' });
  const later = [testEntry('medgemma-1-5', { date: '2026-01', earlierVersion: 'medgemma' }), testEntry('medgemma-2', { date: '2026-09', earlierVersion: 'medgemma' })];
  const bySlug = laterVersionsBySlug([first, ...later]);
  expect(bySlug.get('medgemma')?.map((entry) => entry.slug)).toEqual(['medgemma-2', 'medgemma-1-5']);
  expect(bySlug.get('medgemma-1-5')).toBeUndefined();
});
