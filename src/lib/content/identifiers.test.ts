import { expect, it } from 'vitest';
import {
  arxivIdFromUrl,
  canonicalPaperUrl,
  githubRepoFromUrl,
  huggingfaceIdFromUrl,
  isPlaceholderId,
  paperKey,
  semanticScholarIdFromUrl,
  semanticScholarUrl,
} from './identifiers.ts';

it('reads GitHub repositories from URLs', () => {
  expect(githubRepoFromUrl('https://github.com/deepmind/codoc/tree/main')).toBe('deepmind/codoc');
  expect(githubRepoFromUrl('https://github.com/epfLLM/meditron.git')).toBe('epfLLM/meditron');
  expect(githubRepoFromUrl('https://github.com/epfLLM')).toBeUndefined();
  expect(githubRepoFromUrl('https://gitlab.com/a/b')).toBeUndefined();
});

it('takes a URL with a malformed % escape for one that names no id, instead of throwing', () => {
  expect(githubRepoFromUrl('https://github.com/%E0%A4%A/x')).toBeUndefined();
  expect(githubRepoFromUrl('https://github.com/a/%')).toBeUndefined();
  expect(huggingfaceIdFromUrl('https://huggingface.co/%E0%A4%A/x')).toBeUndefined();
  expect(semanticScholarIdFromUrl('https://api.semanticscholar.org/graph/v1/paper/%E0%A4%A')).toBeUndefined();
  // Well-formed escapes are still read.
  expect(githubRepoFromUrl('https://github.com/a/b%2Dc')).toBe('a/b-c');
});

it('reads Hugging Face ids from model, dataset, space and API URLs', () => {
  expect(huggingfaceIdFromUrl('https://huggingface.co/epfl-llm/meditron-70b')).toBe('epfl-llm/meditron-70b');
  expect(huggingfaceIdFromUrl('https://huggingface.co/datasets/a/b/tree/main')).toBe('datasets/a/b');
  expect(huggingfaceIdFromUrl('https://huggingface.co/spaces/openlifescienceai/open_medical_llm_leaderboard')).toBe(
    'spaces/openlifescienceai/open_medical_llm_leaderboard',
  );
  expect(huggingfaceIdFromUrl('https://huggingface.co/api/models/google/medgemma-4b-it')).toBe('google/medgemma-4b-it');
  expect(huggingfaceIdFromUrl('https://huggingface.co/api/models/')).toBeUndefined();
});

it('treats arXiv abs, pdf, versioned and ftp URLs as one paper', () => {
  const forms = [
    'https://arxiv.org/abs/2311.16079',
    'https://arxiv.org/pdf/2311.16079.pdf',
    'http://arxiv.org/pdf/2311.16079v2',
    'https://export.arxiv.org/abs/2311.16079v1',
  ];
  expect(new Set(forms.map(paperKey))).toEqual(new Set(['arxiv:2311.16079']));
  expect(arxivIdFromUrl('https://arxiv.org/ftp/arxiv/papers/2303/2303.14070.pdf')).toBe('2303.14070');
  expect(canonicalPaperUrl('https://arxiv.org/pdf/2311.16079.pdf')).toBe('https://arxiv.org/abs/2311.16079');
  expect(paperKey('https://www.aclanthology.org/2020.clinicalnlp-1.17/')).toBe(paperKey('https://aclanthology.org/2020.clinicalnlp-1.17'));
});

it('reads the Semantic Scholar id a citation badge asks for', () => {
  const badge =
    'https://img.shields.io/badge/dynamic/json?url=https://api.semanticscholar.org/graph/v1/paper/CorpusID:265456229?fields=citationCount&query=%24.citationCount&label=citations';
  expect(semanticScholarIdFromUrl(badge)).toBe('CorpusID:265456229');
  expect(semanticScholarIdFromUrl('https://img.shields.io/badge/citations-N.A.-red')).toBeUndefined();
  expect(semanticScholarUrl('CorpusID:265456229')).toBe('https://api.semanticscholar.org/CorpusID:265456229');
  expect(semanticScholarUrl('ARXIV:2311.16079')).toBeUndefined();
});

it('knows placeholder ids copied from the template', () => {
  expect(isPlaceholderId('CorpusID:12345678')).toBe(true);
  expect(isPlaceholderId('CorpusID:0000')).toBe(true);
  expect(isPlaceholderId('CorpusID:265456229')).toBe(false);
});
