import { expect, it } from 'vitest';
import { requestCounts, watchJson, watchMarkdown } from './watch-report.ts';
import type { WatchResult } from './watch.ts';
import { githubWouldActOn } from '../../../test/github-rules.ts';

const RESULT: WatchResult & { since: string; until: string } = {
  since: '2026-11-17',
  until: '2026-12-01',
  candidates: [
    {
      title: 'Rad *bold* | pipe',
      url: 'https://huggingface.co/lab/Rad',
      source: 'huggingface',
      date: '2026-11-28',
      ids: { huggingface: ['lab/Rad', 'lab/Rad-32B'], arxiv: '2611.00001', github: ['lab/rad'] },
      score: 12,
      why: '3 likes (+6)',
      section: 'llms',
      affiliations: ['Lab'],
    },
    {
      title: 'Path: a pathology model',
      url: 'https://doi.org/10.1038/s41551-026-00001-1',
      source: 'crossref',
      date: '2025-08',
      ids: { huggingface: [], arxiv: '2508.00001', github: [] },
      score: 10,
      why: 'published in Nature Biomedical Engineering (+10)',
      section: 'vision',
      doi: '10.1038/s41551-026-00001-1',
      journal: 'Nature Biomedical Engineering',
      affiliations: [],
    },
  ],
  skipped: [{ title: 'Old', duplicateOf: 'content/llms/old.md', reason: 'same Hugging Face id as content/llms/old.md' }],
  failed: [{ source: 'arxiv', reason: 'no answer: results 1 and on: HTTP 503 after 3 tries' }],
  dropped: { notMedical: 4, quantizations: 2, unusable: 1, offTopic: 9 },
  runs: [
    { source: 'huggingface', requests: 20, budget: 20, answered: 20, notAsked: ['author=google'] },
    { source: 'arxiv', requests: 3, budget: 5, answered: 0, notAsked: [] },
    { source: 'crossref', requests: 5, budget: 5, answered: 5, notAsked: ['results 501 and on'] },
  ],
};

it('writes the report as Markdown through mdast, every text escaped', () => {
  expect(watchMarkdown(RESULT, ['content/llms/rad.md'])).toBe(`## Weekly watch: 2 candidates

Models on the Hugging Face Hub, papers on arXiv and articles in 7 journals (through Crossref) from 2026-11-17 to 2026-12-01 that the list does not have yet, best first (the score and its reasons in Why; Date is the earliest of paper, preprint and weights). Asked the Hugging Face Hub: 20 of 20 requests; arXiv: 3 of 5 requests; Crossref: 5 of 5 requests.

Drafts for the top 1, with what the sources said; each still needs its institutes (the authors' affiliations are suggested in a comment) and a reading by hand, and npm run validate names every missing field:

- \`content/llms/rad.md\`

| # | Candidate | Source | Date | Score | Why | Also |
| :-: | :- | :-: | :-: | :-: | :- | :-: |
| 1 | [Rad \\*bold\\* \\| pipe](https://huggingface.co/lab/Rad) | Hub | 2026-11-28 | 12 | 3 likes (+6) | [arXiv 2611.00001](https://arxiv.org/abs/2611.00001), [lab/Rad-32B](https://huggingface.co/lab/Rad-32B), [GitHub lab/rad](https://github.com/lab/rad) |
| 2 | [Path: a pathology model](https://doi.org/10.1038/s41551-026-00001-1) | journal | 2025-08 | 10 | published in Nature Biomedical Engineering (+10) | [arXiv 2508.00001](https://arxiv.org/abs/2508.00001) |

### Failed

- **arXiv**: no answer: results 1 and on: HTTP 503 after 3 tries

### Not asked (the budget was spent)

- the Hugging Face Hub: author=google
- Crossref: results 501 and on

### Already on the list (1)

- Old: same Hugging Face id as content/llms/old.md

Dropped: 4 with no medical term in name, tags or abstract; 9 journal articles that name no model in title or abstract; 2 quantizations of models not on the list; 1 answers with an id, date or URL no entry could hold.`);
  expect(watchMarkdown({ ...RESULT, candidates: [], skipped: [], failed: [], runs: [] })).toContain('\n\nNothing new in the window.\n\n');
  // A journal article that is not the title's link is named by its journal.
  expect(watchMarkdown({ ...RESULT, candidates: [{ ...RESULT.candidates[1]!, source: 'arxiv', url: 'https://arxiv.org/abs/2508.00001' }] })).toContain(
    '| [Path: a pathology model](https://arxiv.org/abs/2508.00001) | arXiv | 2025-08 | 10 | published in Nature Biomedical Engineering (+10) | [Nature Biomedical Engineering](https://doi.org/10.1038/s41551-026-00001-1) |',
  );
  const many = watchMarkdown({ ...RESULT, candidates: Array.from({ length: 70 }, () => RESULT.candidates[0]!) });
  expect(many.split('\n').filter((line) => line.startsWith('| ') && line.includes('Rad'))).toHaveLength(50);
  expect(many).toContain('And 20 more candidates; npm run discover -- --json lists them all.');
});

it('leaves GitHub nothing to mention, link or typeset in a title, a reason or an error text from a source', () => {
  const hostile = 'cc @octocat @github/security-team, fixes #1, GH-2, octo-org/octo-repo#3, $x^2$ and $$\\href{https://evil.example}{y}$$';
  const candidate = { ...RESULT.candidates[0]!, title: hostile, why: hostile };
  const markdown = watchMarkdown({ ...RESULT, candidates: [candidate], skipped: [{ title: hostile, duplicateOf: 'content/llms/old.md', reason: hostile }], failed: [{ source: 'arxiv', reason: hostile }] });
  expect(githubWouldActOn(markdown)).toEqual([]);
  // Each of the five places (title, why, a skipped title and its reason, a failure) reads as the source wrote it.
  expect(markdown.split('`@octocat` `@github/security-team`, fixes `#1`, `GH-2`, octo-org/octo-repo`#3`, `$`x^2`$` and `$$`')).toHaveLength(6);
});

it('gives --json exactly its three lists, and counts the requests', () => {
  expect(watchJson(RESULT)).toEqual({
    candidates: [
      { title: 'Rad *bold* | pipe', url: 'https://huggingface.co/lab/Rad', source: 'huggingface', date: '2026-11-28', ids: { ...RESULT.candidates[0]!.ids, doi: null }, score: 12, why: '3 likes (+6)' },
      {
        title: 'Path: a pathology model',
        url: 'https://doi.org/10.1038/s41551-026-00001-1',
        source: 'crossref',
        date: '2025-08',
        ids: { huggingface: [], arxiv: '2508.00001', github: [], doi: '10.1038/s41551-026-00001-1' },
        score: 10,
        why: 'published in Nature Biomedical Engineering (+10)',
      },
    ],
    skipped: [{ title: 'Old', duplicateOf: 'content/llms/old.md' }],
    failed: [{ source: 'arxiv', reason: 'no answer: results 1 and on: HTTP 503 after 3 tries' }],
  });
  expect(requestCounts(RESULT)).toBe('the Hugging Face Hub: 20 of 20 requests; arXiv: 3 of 5 requests; Crossref: 5 of 5 requests');
});
