import { expect, it } from 'vitest';
import { HUB_VERIFY_TOKEN } from '../../../../test/metrics/fake-apis.ts';
import { modelIndexResults } from './model-index.ts';

const result = (metrics: unknown, dataset: unknown = { type: 'a/b', split: 'test' }) => [{ name: 'm', results: [{ task: { type: 'question-answering' }, dataset, metrics }] }];

it('gives one row per metric, with the task, dataset and metric as the card writes them, leaving out the rest', () => {
  const modelIndex = result([{ type: 'accuracy', name: 'Accuracy', value: 71.2, args: { k: 5 } }], { type: 'a/b', name: 'AB', config: 'c', split: 'test', revision: 'x' });
  expect(modelIndexResults(modelIndex)).toEqual({
    results: [{ task: 'question-answering', dataset: { type: 'a/b', name: 'AB', config: 'c', split: 'test' }, metric: { type: 'accuracy', name: 'Accuracy', value: 71.2 } }],
    malformed: 0,
  });
});

it.each([
  ['not a list', { results: [] }, 0],
  ['a model without results', [{ name: 'm' }], 1],
  ['results that are no list', [{ name: 'm', results: { dataset: { type: 'a/b' } } }], 1],
  ['a result without a dataset type', result([{ type: 'accuracy', value: 1 }], { name: 'AB' }), 1],
  ['metrics that are no list', result('accuracy: 1'), 1],
  ['a value as text', result([{ type: 'accuracy', value: '64.4' }]), 1],
  ['"NaN" and "Infinity" as text', result([{ type: 'accuracy', value: 'NaN' }, { type: 'accuracy', value: 'Infinity' }]), 2],
  ['a value too large for a number (1e999 in the JSON)', result(JSON.parse('[{ "type": "accuracy", "value": 1e999 }]')), 1],
  ['a missing value', result([{ type: 'accuracy' }]), 1],
  ['a null value', result([{ type: 'accuracy', value: null }]), 1],
  ['a metric without a type', result([{ name: 'Accuracy', value: 1 }]), 1],
])('skips %s, counting it', (_, modelIndex, malformed) => {
  expect(modelIndexResults(modelIndex)).toEqual({ results: [], malformed });
});

it('keeps a metric whose optional parts are odd, without them', () => {
  expect(modelIndexResults([{ results: [{ task: 'qa', dataset: { type: 'a/b', name: 3, split: '' }, metrics: [{ type: 'f1', value: 0.5, verifyToken: 7 }] }] }]).results).toEqual([
    { dataset: { type: 'a/b' }, metric: { type: 'f1', value: 0.5 } },
  ]);
});

it("keeps a token in the Hub's shape and never the card's own verified flag", () => {
  const forged = `${HUB_VERIFY_TOKEN.split('.')[0]}.${Buffer.from('{"model":"a/b","value":99}').toString('base64url')}.${HUB_VERIFY_TOKEN.split('.')[2]}`;
  const metrics = [
    { type: 'accuracy', value: 1, verified: true, verifyToken: HUB_VERIFY_TOKEN },
    { type: 'accuracy', value: 2, verified: true },
    { type: 'accuracy', value: 3, verified: true, verifyToken: forged },
  ];
  expect(modelIndexResults(result(metrics)).results.map((r) => r.metric)).toEqual([
    { type: 'accuracy', value: 1, verifyToken: HUB_VERIFY_TOKEN },
    { type: 'accuracy', value: 2 },
    { type: 'accuracy', value: 3 },
  ]);
});
