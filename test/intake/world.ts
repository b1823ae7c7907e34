/** A small world for the weekly watch's tests: two listed entries, and what the fake Hub, arXiv and Crossref have that week. */
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

/** A journal article as Crossref's records hold it, published `days` before `now`. */
export function work(
  doi: string,
  { title, journal, issn, days, abstract, preprints = [], affiliations = [] }: { title: string; journal: string; issn: string; days: number; abstract?: string; preprints?: { 'id-type': string; id: string }[]; affiliations?: string[] },
  now: number,
): Record<string, unknown> {
  const day = new Date(now - days * 86_400_000);
  const parts = { 'date-parts': [[day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]] };
  return {
    DOI: doi,
    title: [title],
    author: [{ given: 'A.', family: 'Author', sequence: 'first', affiliation: affiliations.map((name) => ({ name })) }],
    published: parts,
    issued: parts,
    'published-online': parts,
    'container-title': [journal],
    ISSN: [issn],
    type: 'journal-article',
    ...(abstract ? { abstract } : {}),
    relation: preprints.length ? { 'has-preprint': preprints.map((preprint) => ({ ...preprint, 'asserted-by': 'subject' })) } : {},
    // What `select` leaves out: a record's references are most of its bytes.
    reference: [{ key: 'ref1', 'doi-asserted-by': 'publisher', DOI: '10.1000/ref' }],
  };
}

/** The week's news: a paper with its weights, a listed owner's new model, journal-first models, duplicates, noise and hostile answers. */
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
    works: [
      work('10.1038/s41551-026-01500-1', {
        title: 'A generalist foundation model for computational pathology trained on 1.2 million slides',
        journal: 'Nature Biomedical Engineering',
        issn: '2157-846X',
        days: 4,
        abstract: '<jats:p>We present PathX, a self-supervised pathology model. Code: https://github.com/acme-path/pathx.</jats:p>',
        affiliations: ['Acme Cancer Center'],
      }, now),
      work('10.1038/s41746-026-02000-2', {
        title: 'EchoNet-Next: an echocardiography foundation model',
        journal: 'npj Digital Medicine',
        issn: '2398-6352',
        days: 6,
        preprints: [{ 'id-type': 'doi', id: '10.48550/arXiv.2508.04321' }],
      }, now),
      work('10.1038/s41591-026-03000-3', {
        title: 'Meditron: open medical foundation language models for low-resource settings',
        journal: 'Nature Medicine',
        issn: '1546-170X',
        days: 5,
        preprints: [{ 'id-type': 'arxiv', id: 'arXiv:2311.16079v2' }],
      }, now),
      work('10.1038/s41591-026-03001-4', { title: 'Low-dose aspirin in older adults: a randomized trial', journal: 'Nature Medicine', issn: '1546-170X', days: 2 }, now),
      work('10.1016/s2589-7500(26)00001-1', { title: 'An LLM for triage, published long ago', journal: 'The Lancet Digital Health', issn: '2589-7500', days: 40 }, now),
    ],
  };
}
