import { describe, expect, it } from 'vitest';
import { createInstituteIndex } from '../content/institutes.ts';
import { createEntrySchema } from '../content/schema.ts';
import { contributeData, contributePreview, draftFromForm, duplicatesOf, fieldsFromUrl, problemsByField, type ContributeForm, type PreviewContext } from './contribute.ts';

const institutes = createInstituteIndex([{ name: 'EPFL', aliases: ['École Polytechnique Fédérale de Lausanne'] }]);
const form: ContributeForm = {
  section: 'llms', title: 'New Med Model', date: '2024-05', summary: '', paper: 'https://arxiv.org/pdf/2405.00001v2', paperTitle: '', paperAuthors: '',
  huggingface: 'owner/model', github: '', institutes: ['EPFL Lausane', ''], access: 'open-weights',
  license: 'Apache 2.0', licenseNote: '', accessNote: '', baseModel: '', parameters: '7B', modalities: ['text'], specialties: [], tasks: [], notes: '',
};
const meditron = contributeData(
  [{ slug: 'meditron-70b', section: 'llms', body: '', data: { title: 'MEDITRON-70B', papers: [{ url: 'https://arxiv.org/abs/2311.16079' }], huggingface: ['epfl-llm/meditron-70b'], github: ['epfLLM/meditron'] } as never }],
  institutes.all,
).entries;

it('fills the fields a URL tells: Hub and GitHub ids, papers with arXiv\'s Semantic Scholar id', () => {
  expect(fieldsFromUrl('https://arxiv.org/abs/2311.16079v3')).toEqual({ paper: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'ARXIV:2311.16079', date: '2023-11' });
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
  // The page checks an SPDX id's shape only (the list stays out of its script); validate checks the id.
  expect(problemsByField(result.error!).get('license')).toEqual([expect.stringMatching(/^license "Apache 2.0" is not an SPDX id or a named licence \(use an SPDX id like Apache-2.0/)]);
  expect(draftFromForm({ ...form, license: 'unknown', licenseNote: 'no licence in the README' }, institutes, new Set()).data).toMatchObject({ license: 'unknown', licenseNote: 'no licence in the README' });
  expect(draftFromForm({ ...form, access: 'unknown', accessNote: 'no release named' }, institutes, new Set()).data).toMatchObject({ access: 'unknown', accessNote: 'no release named' });
});

it("writes the first paper's title and authors as given, and names their problems at their own fields", () => {
  const withCitation = { ...form, institutes: ['EPFL'], license: 'Apache-2.0', paperTitle: ' New Med Model: Scaling Things ', paperAuthors: 'Ann Author, Bob Builder' };
  const preview = contributePreview(withCitation, { institutes, schema: createEntrySchema({ institutes, now: new Date('2025-01-01') }), takenSlugs: new Set(), known: [], repository: { owner: 'o', name: 'r', branch: 'main' } });
  expect(preview.valid).toBe(true);
  expect(preview.text).toContain('papers:\n  - url: https://arxiv.org/abs/2405.00001\n    title: "New Med Model: Scaling Things"\n    authors: [Ann Author, Bob Builder]\n    semanticScholar: ARXIV:2405.00001\n');
  const draft = draftFromForm({ ...withCitation, paperTitle: 'T' }, institutes, new Set());
  (draft.data.papers![0] as { title?: unknown }).title = 7;
  const result = createEntrySchema({ institutes, now: new Date('2025-01-01') }).safeParse(draft.data);
  expect(problemsByField(result.error!).get('paperTitle')).toEqual(["title must be text: the paper's title as its page prints it"]);
  expect(draftFromForm({ ...form, paper: '' , paperTitle: 'Orphan' }, institutes, new Set()).data.papers).toEqual([]);
});

it("takes the month from an arXiv id's first four digits", () => {
  expect(fieldsFromUrl('https://arxiv.org/pdf/2604.00493v2').date).toBe('2026-04');
  expect(fieldsFromUrl('https://arxiv.org/abs/2412.12345').date).toBe('2024-12');
});

it('writes the tasks into the front matter and the notes below it', () => {
  const preview = contributePreview(
    { ...form, institutes: ['EPFL'], license: 'Apache-2.0', tasks: ['question-answering', 'dialogue'], notes: '  Trained on **public** data only.\n' },
    { institutes, schema: createEntrySchema({ institutes, now: new Date('2025-01-01') }), takenSlugs: new Set(), known: [], repository: { owner: 'o', name: 'r', branch: 'main' } },
  );
  expect(preview.valid).toBe(true);
  expect(preview.text).toContain('tasks: [question-answering, dialogue]\n---\n\nTrained on **public** data only.\n');
  const unknownTask = contributePreview({ ...form, tasks: ['juggling'] }, { institutes, schema: createEntrySchema({ institutes, now: new Date('2025-01-01') }), takenSlugs: new Set(), known: [], repository: { owner: 'o', name: 'r', branch: 'main' } });
  expect(unknownTask.problems.get('tasks')).toEqual([expect.stringMatching(/^task "juggling" is not one of/)]);
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

describe('whatever is typed or pasted', () => {
  const context: PreviewContext = {
    institutes,
    schema: createEntrySchema({ institutes, now: new Date('2025-01-01') }),
    takenSlugs: new Set(['meditron-70b']),
    known: meditron,
    repository: { owner: 'o', name: 'r', branch: 'main' },
  };
  const HOSTILE = [
    'https://github.com/%E0%A4%A/x',
    'https://huggingface.co/%E0%A4%A/x',
    'https://huggingface.co/api/models/a/%',
    'https://api.semanticscholar.org/graph/v1/paper/%E0%A4%A',
    'https://arxiv.org/abs/%E0%A4%A',
    '%E0%A4%A, https://github.com/a/%, =1+1',
    '\uD800 lone surrogate \uDFFF',
    '\u0000\u202E\r\n---\n---',
    'x'.repeat(20_000),
  ];
  const TEXT_FIELDS = ['title', 'date', 'summary', 'paper', 'paperTitle', 'paperAuthors', 'huggingface', 'github', 'baseModel', 'parameters'] as const;

  it.each(HOSTILE)('fills from %j without throwing', (pasted) => {
    expect(() => fieldsFromUrl(pasted)).not.toThrow();
  });

  it.each(HOSTILE)('keeps the preview and the pull-request link on the form’s current values with %j in any field', (pasted) => {
    for (const name of TEXT_FIELDS) {
      const withPasted = { ...form, [name]: pasted, institutes: [pasted] };
      contributePreview(withPasted, context);
      // The contributor goes on typing: the file and the link say what the form now says.
      const preview = contributePreview({ ...withPasted, title: name === 'title' ? 'Changed Title' : withPasted.title, summary: 'Changed summary' }, context);
      expect(preview.text).toContain(name === 'title' ? 'title: Changed Title' : 'summary: Changed summary');
      expect(new URL(preview.pullRequest).searchParams.get('value')).toBe(preview.text);
      expect(new URL(preview.pullRequest).searchParams.get('filename')).toBe(preview.path);
    }
  });
});
