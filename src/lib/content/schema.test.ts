import { describe, expect, it } from 'vitest';
import { createInstituteIndex } from './institutes.ts';
import { createEntrySchema, instituteRegistrySchema } from './schema.ts';

const registry = instituteRegistrySchema.parse([
  { name: 'EPFL', aliases: ['EPFL Lausanne'] },
  { name: 'Google' },
  { name: 'Google DeepMind', aliases: ['DeepMind'], parent: 'Google' },
  { name: 'University of Oxford', aliases: ['Oxford'] },
]);
const schema = createEntrySchema({ institutes: createInstituteIndex(registry), now: new Date('2026-11-25T12:00:00Z') });

const valid = {
  title: 'MEDITRON-70B',
  summary: 'Scaling Medical Pretraining for Large Language Models',
  date: '2023-11',
  institutes: ['EPFL'],
  papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:265456229' }],
  huggingface: ['epfl-llm/meditron-70b', 'datasets/epfl-llm/guidelines'],
  github: ['epfLLM/meditron'],
  links: [{ label: 'Blog', url: 'https://example.org/post' }],
};

/** The messages zod gives for some front matter, as "field: message" lines. */
function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('entry schema', () => {
  it('accepts a complete entry and fills empty lists', () => {
    expect(schema.parse(valid)).toEqual({ ...valid, modalities: [], specialties: [], tasks: [], results: [] });
    expect(schema.parse({ title: 'X', date: '2024-01', institutes: ['DeepMind'] })).toEqual({
      title: 'X',
      date: '2024-01',
      institutes: ['DeepMind'],
      papers: [],
      huggingface: [],
      github: [],
      links: [],
      modalities: [],
      specialties: [],
      tasks: [],
      results: [],
    });
  });

  it('takes a single institute or id written without brackets', () => {
    expect(schema.parse({ ...valid, institutes: 'EPFL Lausanne', github: 'a/b' })).toMatchObject({
      institutes: ['EPFL Lausanne'],
      github: ['a/b'],
    });
  });

  it.each([
    [{ date: '2023-11', institutes: ['EPFL'] }, 'title: title is required (for example title: MEDITRON-70B)'],
    [{ ...valid, title: '  ' }, 'title: title must not be empty (for example title: MEDITRON-70B)'],
    [{ ...valid, date: undefined }, 'date: date is required: the publication month as YYYY-MM, like date: 2023-11'],
    [{ ...valid, date: '2023-13' }, 'date: date "2023-13" is not a real month: write YYYY-MM, like 2023-11'],
    [{ ...valid, date: 'Nov 2023' }, 'date: date "Nov 2023" is not a real month: write YYYY-MM, like 2023-11'],
    [{ ...valid, date: '2026-12' }, 'date: date 2026-12 lies in the future (latest allowed is 2026-11)'],
    [{ ...valid, institutes: [] }, 'institutes: institutes needs at least one name, like institutes: [EPFL]'],
    [{ ...valid, institutes: undefined }, 'institutes: institutes must be a list, like institutes: [EPFL]'],
    [
      { ...valid, institutes: ['Oxford University'] },
      'institutes.0: unknown institute "Oxford University" (did you mean "University of Oxford"? Otherwise add it to content/institutes.yaml)',
    ],
    [
      { ...valid, institutes: ['Nowhere Institute of Things'] },
      'institutes.0: unknown institute "Nowhere Institute of Things" (add it to content/institutes.yaml, with its aliases and parent if it has them)',
    ],
    [{ ...valid, papers: [{ url: 'ftp://arxiv.org/x.pdf' }] }, 'papers.0.url: url "ftp://arxiv.org/x.pdf" is not an http(s) URL (write it in full, starting with https://)'],
    [{ ...valid, papers: [{ url: 'arxiv.org/abs/1' }] }, 'papers.0.url: url "arxiv.org/abs/1" is not an http(s) URL (write it in full, starting with https://)'],
    [{ ...valid, papers: [{ url: 'https://example.org/a b' }] }, 'papers.0.url: url "https://example.org/a b" holds a space, which a URL may not hold as written (write it as %20)'],
    [{ ...valid, links: [{ label: 'X', url: 'https://example.org/a}' }] }, 'links.0.url: url "https://example.org/a}" holds the character }, which a URL may not hold as written (write it as %7D)'],
    [{ ...valid, links: [{ label: 'X', url: 'https://example.org/"x' }] }, 'links.0.url: url "https://example.org/"x" holds the character ", which a URL may not hold as written (write it as %22)'],
    [
      { ...valid, papers: [{ url: 'https://arxiv.org/abs/1', semanticScholar: '265456229' }] },
      'papers.0.semanticScholar: semanticScholar "265456229" is not in the form CorpusID:265456229, ARXIV:2311.16079, DOI:10.1038/..., PMID:12345 or ACL:2020.clinicalnlp-1.17',
    ],
    [
      { ...valid, huggingface: ['https://huggingface.co/epfl-llm/meditron-70b'] },
      'huggingface.0: huggingface "https://huggingface.co/epfl-llm/meditron-70b" is not in the form owner/name (models), datasets/owner/name or spaces/owner/name',
    ],
    [{ ...valid, github: ['epfLLM'] }, 'github.0: github "epfLLM" is not in the form owner/repo, like epfLLM/meditron'],
    [{ ...valid, links: [{ url: 'https://example.org' }] }, 'links.0.label: label is required (for example label: Blog)'],
    [
      { ...valid, stars: 5 },
      ': unknown field "stars" in the front matter (allowed: title, summary, date, institutes, papers, huggingface, github, links, access, accessNote, withdrawn, license, licenseNote, baseModel, parameters, modalities, specialties, tasks, earlierVersion, venue, results)',
    ],
    [{ ...valid, papers: [{ url: 'https://a.org/p', doi: 'x' }] }, 'papers.0: unknown field "doi" in a paper (allowed: url, title, authors, venue, year, kind, semanticScholar)'],
  ])('rejects %j with a readable message', (input, expected) => {
    expect(messages(input)).toContain(expected);
  });

  it('takes the curated facts, and rejects them in the wrong shape', () => {
    expect(schema.parse({ ...valid, access: 'open-weights', baseModel: 'Llama-2-70B', parameters: '70B', modalities: ['text'], specialties: ['general'], venue: 'Findings of ACL 2024' })).toMatchObject({
      access: 'open-weights',
      parameters: '70B',
      modalities: ['text'],
      specialties: ['general'],
    });
    expect(messages({ ...valid, access: 'open', parameters: '70 billion', modalities: ['smell'], specialties: ['astrology'] })).toEqual([
      'access: access "open" is not one of open-weights, gated, api, not-released, unknown',
      'parameters: parameters "70 billion" is not a size like 7B, 2.7B or 345M',
      'modalities.0: modality "smell" is not one of text, image, video, audio, genomics, structured, time-series',
      'specialties.0: specialty "astrology" is not one of general, radiology, pathology, ophthalmology, dermatology, cardiology, oncology, genomics, mental-health, gastroenterology, surgery, neurology, pediatrics',
    ]);
  });

  it('reports every problem of an entry at once', () => {
    expect(messages({ title: 'X', date: '2023-1', institutes: ['EPFL'], github: ['x'] })).toHaveLength(2);
  });
});

describe('institutes registry schema', () => {
  it('rejects an alias used twice, an unknown parent and a cycle', () => {
    const result = instituteRegistrySchema.safeParse([
      { name: 'A', aliases: ['Same'], parent: 'B' },
      { name: 'B', aliases: ['same'], parent: 'A' },
      { name: 'C', parent: 'Nope' },
    ]);
    expect(result.success).toBe(false);
    const found = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '1.aliases: "same" is already used by the institute "A" (each name and alias may appear once)',
        '2.parent: parent "Nope" of "C" is not an institute name in the registry (use the name, not an alias)',
        '0.parent: "A" is its own ancestor',
      ]),
    );
  });
});
