import { expect, it } from 'vitest';
import { createInstituteIndex } from '../content/institutes.ts';
import { metricsFileSchema } from '../metrics/metrics.ts';
import { LIST_END, LIST_START, renderList, replaceList } from './readme-list.ts';
import { testEntry } from '../../../test/entry-fixture.ts';
import { githubWouldActOn } from '../../../test/github-rules.ts';
import { instituteRegistrySchema, type Section } from '../content/schema.ts';

const institutes = createInstituteIndex(instituteRegistrySchema.parse([{ name: 'EPFL', aliases: ['EPFL Lausanne'] }, { name: 'NIH' }]));
const entry = (slug: string, section: Section, fields: Record<string, unknown>) => testEntry(slug, fields, section);
const ENTRIES = [
  entry('meditron-70b', 'llms', {
    title: 'MEDITRON-70B',
    summary: 'Scaling Medical Pretraining',
    date: '2023-11',
    institutes: ['EPFL Lausanne'],
    papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:265456229' }],
    huggingface: ['epfl-llm/meditron-70b'],
    github: ['epfLLM/meditron'],
  }),
  entry('older', 'llms', { title: 'Older | piped', date: '2019-01', institutes: ['NIH'] }),
  entry('survey', 'surveys', { title: 'A survey', date: '2024-01', institutes: ['NIH'], papers: [{ url: 'https://a.org/s' }] }),
];
const metrics = metricsFileSchema.parse({
  semanticScholar: { 'CorpusID:265456229': { citations: 1234, fetchedAt: '2026-11-20T06:00:00Z' } },
  github: { 'epfLLM/meditron': { stars: 2100, fetchedAt: '2026-11-21T06:00:00Z' } },
});

it('writes a table per section, newest first, with plain numbers and a Code column only for models', () => {
  const list = renderList(ENTRIES, metrics, institutes);
  expect(list).toContain('Citations, likes and stars as of Nov 20, 2026 (the oldest fetch), refreshed weekly.');
  expect(list).toContain(
    '| [MEDITRON-70B](https://arxiv.org/abs/2311.16079): Scaling Medical Pretraining | EPFL<br>1.2k citations | 2023-11 | [Hugging Face](https://huggingface.co/epfl-llm/meditron-70b)<br>[GitHub](https://github.com/epfLLM/meditron) (2.1k stars) |',
  );
  expect(list).toContain('| Older \\| piped | NIH | 2019-01 | - |');
  expect(list).toMatch(/### Survey Papers & Clinical Studies\n\n\| Title \| Institute \| Date \|\n\| :- \| :-: \| :-: \|\n\| \[A survey\]\(https:\/\/a\.org\/s\) \| NIH \| 2024-01 \|/);
  expect(list.indexOf('MEDITRON-70B')).toBeLessThan(list.indexOf('Older'));
  expect(list).toContain('### Articles\n\n| Title | Institute | Date |\n| :- | :-: | :-: |');
});

it('keeps math between dollar signs in an entry’s text from being typeset in GitHub’s view of README.md', () => {
  const priced = entry('priced', 'llms', { title: 'Priced', summary: 'From $5 to $20 per run', date: '2024-02', institutes: ['NIH'] });
  const list = renderList([priced], metrics, institutes);
  expect(list).toContain('| Priced: From `$`5 to `$`20 per run | NIH |');
  expect(githubWouldActOn(list)).toEqual([]);
});

it('replaces only what lies between the markers, and says so when they are missing', () => {
  const readme = `# Project\n\nIntro.\n\n${LIST_START}\nold list\n${LIST_END}\n\n## Development\n`;
  expect(replaceList(readme, 'NEW')).toBe(`# Project\n\nIntro.\n\n${LIST_START}\n\nNEW\n\n${LIST_END}\n\n## Development\n`);
  expect(() => replaceList('# No markers', 'NEW')).toThrow(/README\.md needs the two lines/);
});
