import { expect, it } from 'vitest';
import { modelIndexResults } from './model-index.ts';

const result = (metrics: unknown, dataset: unknown = { type: 'a/b', split: 'test' }) => [{ name: 'm', results: [{ task: { type: 'question-answering' }, dataset, metrics }] }];

it('gives one row per metric, with the task, dataset and metric as the card writes them, leaving out the rest', () => {
  const modelIndex = result([{ type: 'accuracy', name: 'Accuracy', value: 71.2, verified: true, args: { k: 5 } }], { type: 'a/b', name: 'AB', config: 'c', split: 'test', revision: 'x' });
  expect(modelIndexResults(modelIndex)).toEqual([
    { task: 'question-answering', dataset: { type: 'a/b', name: 'AB', config: 'c', split: 'test' }, metric: { type: 'accuracy', name: 'Accuracy', value: 71.2, verified: true } },
  ]);
});

it.each([
  ['not a list', { results: [] }],
  ['a model without results', [{ name: 'm' }]],
  ['results that are no list', [{ name: 'm', results: { dataset: { type: 'a/b' } } }]],
  ['a result without a dataset type', result([{ type: 'accuracy', value: 1 }], { name: 'AB' })],
  ['metrics that are no list', result('accuracy: 1')],
  ['a value as text', result([{ type: 'accuracy', value: '64.4' }])],
  ['a missing value', result([{ type: 'accuracy' }])],
  ['a null value', result([{ type: 'accuracy', value: null }])],
  ['a metric without a type', result([{ name: 'Accuracy', value: 1 }])],
])('skips %s', (_, modelIndex) => {
  expect(modelIndexResults(modelIndex)).toEqual([]);
});

it('keeps a metric whose optional parts are odd, without them', () => {
  expect(modelIndexResults([{ results: [{ task: 'qa', dataset: { type: 'a/b', name: 3, split: '' }, metrics: [{ type: 'f1', value: 0.5, verified: 'yes' }] }] }])).toEqual([
    { dataset: { type: 'a/b' }, metric: { type: 'f1', value: 0.5 } },
  ]);
});
