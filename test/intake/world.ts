/** A small world for the weekly watch's tests: two listed entries, and what the fake Hub and arXiv have that week. */
import { daysAgo, type FakePaper, type WatchState } from './fake-watch-apis.ts';

export const KNOWN = [
  {
    file: 'content/llms/meditron.md',
    slug: 'meditron',
    frontMatter: { title: 'MEDITRON-70B', summary: 'Scaling Medical Pretraining for Large Language Models', date: '2023-11', papers: [{ url: 'https://arxiv.org/abs/2311.16079' }], huggingface: ['epfl-llm/meditron-70b'] },
  },
  {
    file: 'content/llms/medgemma.md',
    slug: 'medgemma',
    frontMatter: { title: 'MedGemma', date: '2025-05', huggingface: ['google/medgemma-4b-it'], github: ['google-health/medgemma'] },
  },
];

export const paper = (id: string, fields: Partial<FakePaper> & { title: string }, now: number): FakePaper => ({
  id,
  summary: 'A medical foundation model.',
  published: daysAgo(3, now),
  authors: [{ name: 'A. Author' }],
  categories: ['cs.CL'],
  ...fields,
});

/** The week's news: a paper with its weights, a listed owner's new model, duplicates, noise and hostile answers. */
export function world(now: number): WatchState {
  return {
    hub: [
      { _id: '1', id: 'acme-health/RadFM-2-7B', author: 'acme-health', createdAt: daysAgo(2, now), likes: 40, downloads: 1200, tags: ['transformers', 'medical', 'radiology', 'arxiv:2611.01234', 'license:apache-2.0'], pipeline_tag: 'image-text-to-text' },
      { _id: '2', id: 'google/medgemma-2-27b', author: 'google', createdAt: daysAgo(3, now), likes: 300, downloads: 0, tags: ['medical', 'base_model:google/gemma-3-27b', 'base_model:finetune:google/gemma-3-27b'], pipeline_tag: 'text-generation' },
      { _id: '3', id: 'someone/medgemma-4b-it-GGUF', createdAt: daysAgo(1, now), likes: 2, tags: ['gguf', 'medical', 'base_model:google/medgemma-4b-it', 'base_model:quantized:google/medgemma-4b-it'] },
      { _id: '4', id: 'epfl-llm/meditron-3-8b', createdAt: daysAgo(4, now), likes: 9, tags: ['medical', 'arxiv:2311.16079'] },
      { _id: '5', id: 'coder/named-entity-tagger', createdAt: daysAgo(1, now), likes: 1, tags: ['token-classification'] },
      { _id: '6', id: 'acme-health/old-med-model', createdAt: daysAgo(30, now), likes: 99, tags: ['medical'] },
      { _id: '7', id: '../../etc/passwd', createdAt: daysAgo(1, now), tags: ['medical'] },
      { _id: '8', id: 'x/med-undated', createdAt: 'yesterday', tags: ['medical'] },
    ],
    papers: [
      paper('2611.01234', {
        title: 'RadFM-2: A Radiology Foundation Model',
        summary: 'We present a medical vision-language foundation model for radiology. Code: https://github.com/acme-health/radfm2.',
        authors: [{ name: 'B. Author', affiliations: ['Acme Hospital'] }, { name: 'C. Author', affiliations: ['Acme University', 'Acme Hospital'] }],
        categories: ['cs.CV', 'eess.IV'],
      }, now),
      paper('2611.05555', { title: 'A Survey of Clinical Large Language Models', published: daysAgo(5, now) }, now),
      paper('2611.07777', { title: 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models', published: daysAgo(6, now) }, now),
      paper('2611.08888', { title: 'Fast Sorting with Language Models', summary: 'Sorting lists with an LLM.', published: daysAgo(2, now) }, now),
      paper('2611.09999', {
        title: 'Med|Bot [click](javascript:alert(1)) <img src=x onerror=alert(1)>\n\u202Eevil',
        summary: 'A clinical chatbot.',
        links: ['javascript:alert(1)'],
        comment: 'code at https://github.com/bad/repo"onmouseover=x',
        published: daysAgo(1, now),
      }, now),
    ],
  };
}
