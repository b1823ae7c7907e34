import { expect, it } from 'vitest';
import { createInstituteIndex } from '../content/institutes.ts';
import { createEntrySchema, instituteRegistrySchema, type Entry } from '../content/schema.ts';
import { searchRecord } from './search-records.ts';

const institutes = createInstituteIndex(
  instituteRegistrySchema.parse([
    { name: 'Google' },
    { name: 'Google DeepMind', aliases: ['DeepMind'], parent: 'Google' },
  ]),
);
const schema = createEntrySchema();

it('indexes what a searcher types: names, institutes with aliases and parents, facts, ids and notes', () => {
  const entry: Entry = {
    slug: 'amie',
    section: 'llms',
    body: 'Trained on **simulated** dialogues.\n\n| split | size |\n|---|---|\n| train | 10k |\n',
    data: schema.parse({
      title: 'AMIE',
      summary: 'Towards conversational diagnostic AI',
      date: '2024-01',
      institutes: ['DeepMind'],
      huggingface: ['google/amie'],
      github: ['google/amie-code'],
      access: 'not-released',
      baseModel: 'PaLM 2',
      parameters: '340B',
      modalities: ['text'],
      specialties: ['general'],
      tasks: ['dialogue', 'question-answering'],
      venue: 'Nature 2025',
      papers: [{ url: 'https://arxiv.org/abs/2401.05654', semanticScholar: 'ARXIV:2401.05654' }, { url: 'https://example.org/b', title: 'Follow-up', authors: ['Ann Author', 'Bob Builder'] }],
    }),
  };
  const record = searchRecord(entry, institutes, '/sub');
  expect(record).toMatchObject({ url: '/sub/entries/amie/', language: 'en', meta: { title: 'AMIE' } });
  expect(record.content).toBe(
    'AMIE. Towards conversational diagnostic AI. Large Language Models, Jan 2024. ' +
      'Institutes: DeepMind, Google DeepMind, Google. Specialties: General medicine. Tasks: Dialogue, Question answering. Modalities: text. ' +
      'Access: Not released. Built on PaLM 2. 340B parameters. Published in Nature 2025. ' +
      'Papers: https://arxiv.org/abs/2401.05654 ARXIV:2401.05654, Follow-up Ann Author, Bob Builder https://example.org/b. ' +
      'Hugging Face: google/amie. GitHub: google/amie-code. Trained on simulated dialogues. split size train 10k',
  );
});

it('leaves out what an entry does not say', () => {
  const entry: Entry = { slug: 'survey', section: 'surveys', body: '', data: schema.parse({ title: 'A survey', date: '2023-05', institutes: ['Google'] }) };
  expect(searchRecord(entry, institutes, '').content).toBe('A survey. Survey Papers & Clinical Studies, May 2023. Institutes: Google.');
});
