import { expect, it } from 'vitest';
import { createInstituteIndex } from '../content/institutes.ts';
import { createEntrySchema } from '../content/schema.ts';
import { contributeData, draftFromForm, duplicatesOf, fieldsFromUrl, problemsByField, type ContributeForm } from './contribute.ts';

const institutes = createInstituteIndex([{ name: 'EPFL', aliases: ['École Polytechnique Fédérale de Lausanne'] }]);
const form: ContributeForm = {
  section: 'llms', title: 'New Med Model', date: '2024-05', summary: '', paper: 'https://arxiv.org/pdf/2405.00001v2',
  huggingface: 'owner/model', github: '', institutes: ['EPFL Lausane', ''], access: 'open-weights',
  baseModel: '', parameters: '7B', modalities: ['text'], specialties: [],
};
const meditron = contributeData(
  [{ slug: 'meditron-70b', section: 'llms', body: '', data: { title: 'MEDITRON-70B', papers: [{ url: 'https://arxiv.org/abs/2311.16079' }], huggingface: ['epfl-llm/meditron-70b'], github: ['epfLLM/meditron'] } as never }],
  institutes.all,
).entries;

it('fills the fields a URL tells: Hub and GitHub ids, papers with arXiv\'s Semantic Scholar id', () => {
  expect(fieldsFromUrl('https://arxiv.org/abs/2311.16079v3')).toEqual({ paper: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'ARXIV:2311.16079' });
  expect(fieldsFromUrl('https://doi.org/10.1038/s41591-024-03423-7')).toEqual({ paper: 'https://doi.org/10.1038/s41591-024-03423-7' });
  expect(fieldsFromUrl('https://huggingface.co/epfl-llm/meditron-70b/tree/main')).toEqual({ huggingface: 'epfl-llm/meditron-70b' });
  expect(fieldsFromUrl('https://github.com/epfLLM/meditron')).toEqual({ github: 'epfLLM/meditron' });
});

it('drafts the entry as new-entry does and names each problem at its field, in validate\'s words', () => {
  const draft = draftFromForm(form, institutes, new Set());
  expect(draft).toMatchObject({ section: 'llms', slug: 'new-med-model' });
  expect(draft.data).toMatchObject({ papers: [{ url: 'https://arxiv.org/abs/2405.00001', semanticScholar: 'ARXIV:2405.00001' }], huggingface: ['owner/model'], access: 'open-weights', parameters: '7B' });
  const result = createEntrySchema({ institutes, now: new Date('2025-01-01') }).safeParse(draft.data);
  expect(result.success).toBe(false);
  expect(problemsByField(result.error!).get('institutes.0')).toEqual(['unknown institute "EPFL Lausane" (did you mean "EPFL"? Otherwise add it to content/institutes.yaml)']);
});

it('never drafts a file name Windows keeps for a device', () => {
  expect(['CON', 'aux', 'Com1', 'lpt9'].map((title) => draftFromForm({ ...form, title }, institutes, new Set()).slug)).toEqual(['con-1', 'aux-1', 'com1-1', 'lpt9-1']);
});

it('finds an entry with the same paper, id or a near-identical title', () => {
  expect(duplicatesOf({ title: 'Other', papers: [{ url: 'http://arxiv.org/pdf/2311.16079v1' }] }, meditron)).toEqual([{ slug: 'meditron-70b', title: 'MEDITRON-70B', reason: 'the same paper' }]);
  expect(duplicatesOf({ title: 'Other', github: ['epfllm/meditron'] }, meditron)[0]?.reason).toBe('the same GitHub repository');
  expect(duplicatesOf({ title: 'Meditron 70B' }, meditron)[0]?.reason).toBe('nearly the same title');
  expect(duplicatesOf({ title: 'Meditron 7B', huggingface: ['a/b'] }, meditron)).toEqual([]);
});
