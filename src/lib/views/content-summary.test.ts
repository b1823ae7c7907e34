import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { expect, it } from 'vitest';
import { contentSummary } from './content-summary.ts';
import { githubWouldActOn } from '../../../test/github-rules.ts';

it('lists the errors first, then the warnings, then the entries the change adds, escaping what they say', () => {
  const summary = contentSummary(
    [
      { file: 'content/llms/a.md', line: 4, field: 'papers.0', severity: 'warning', message: 'no semanticScholar id' },
      { file: 'content/llms/b.md', line: 3, field: 'date', severity: 'error', message: 'date "2023-13" is not a real month' },
    ],
    [{ file: 'content/llms/b.md', title: 'B *not emphasis* <script>' }],
  );
  const lines = summary.split('\n').filter(Boolean);
  expect(lines[0]).toBe('## Content check');
  expect(lines[1]).toBe('1 error(s) to fix, 1 warning(s).');
  expect(lines.findIndex((l) => l.includes('b.md:3'))).toBeLessThan(lines.findIndex((l) => l.includes('a.md:4')));
  expect(lines).toContain('### New entries (1)');
  // What a contributor wrote stays text: no emphasis, no HTML.
  const tree = remark().parse(summary);
  expect(JSON.stringify(tree)).not.toContain('"type":"emphasis"');
  expect(JSON.stringify(tree)).not.toContain('"type":"html"');
  expect(toString(tree)).toContain('B *not emphasis* <script>');
  expect(contentSummary([], [])).toBe('## Content check\n\nNo errors; 0 warning(s).\n\n### No new entries\n');
});

it('leaves GitHub nothing to mention, link or typeset in an added title or a validator message', () => {
  const hostile = 'cc @octocat @github/security-team, fixes #1, GH-2, octo-org/octo-repo#3, $x^2$ and $$y$$';
  const summary = contentSummary([{ file: 'content/llms/a.md', line: 2, field: 'title', severity: 'error', message: `"${hostile}" is too long` }], [{ file: 'content/llms/a.md', title: hostile }]);
  expect(githubWouldActOn(summary)).toEqual([]);
  expect(toString(remark().parse(summary))).toContain(hostile);
});
