import { expect, it } from 'vitest';
import { createInstituteIndex } from './institutes.ts';
import { draftEntry, missingAnswers, type NewEntryAnswers } from './new-entry.ts';
import { instituteRegistrySchema } from './schema.ts';

const institutes = createInstituteIndex(instituteRegistrySchema.parse([{ name: 'EPFL', aliases: ['EPFL Lausanne'] }, { name: 'Google DeepMind', aliases: ['DeepMind'] }]));
const answers = (extra: Partial<NewEntryAnswers>): NewEntryAnswers => ({ papers: [], institutes: [], huggingface: [], github: [], links: [], ...extra });

it('derives ids from URLs: arXiv gives ARXIV:<id>, Hugging Face and GitHub URLs give ids', () => {
  const draft = draftEntry(
    answers({
      section: 'llms',
      title: 'MEDITRON-70B',
      date: '2023-11',
      institutes: ['EPFL Lausanne'],
      papers: ['https://arxiv.org/pdf/2311.16079v2.pdf', 'https://huggingface.co/epfl-llm/meditron-70b'],
      links: ['https://github.com/epfLLM/meditron', 'Blog=https://example.org/post', 'https://www.example.org/page'],
    }),
    institutes,
    new Set(['meditron-70b']),
  );
  expect(draft).toMatchObject({
    section: 'llms',
    slug: 'meditron-70b-2',
    data: {
      title: 'MEDITRON-70B',
      institutes: ['EPFL'],
      papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'ARXIV:2311.16079' }],
      huggingface: ['epfl-llm/meditron-70b'],
      github: ['epfLLM/meditron'],
      links: [{ label: 'Blog', url: 'https://example.org/post' }, { label: 'example.org', url: 'https://www.example.org/page' }],
    },
  });
  expect(draft.notes).toContain('https://arxiv.org/pdf/2311.16079v2.pdf -> semanticScholar: ARXIV:2311.16079');
});

it('says which answers are missing, and which institutes are unknown with the closest names', () => {
  expect(missingAnswers(answers({ title: 'X' }))).toEqual(['section', 'date', 'institutes']);
  const draft = draftEntry(answers({ section: 'surveys', title: 'X', date: '2024-01', institutes: ['Deep Mind'] }), institutes, new Set());
  expect(draft.notes).toEqual(['"Deep Mind" is not in content/institutes.yaml (did you mean "Google DeepMind"?): add it there or use a known name']);
  expect(() => draftEntry(answers({ section: 'models', title: 'X', date: '2024-01', institutes: ['EPFL'] }), institutes, new Set())).toThrow(
    '--section must be one of llms, vision, other-modalities, surveys, articles, not "models"',
  );
});
