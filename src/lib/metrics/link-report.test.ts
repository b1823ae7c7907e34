import { expect, it } from 'vitest';
import { formatLinkReport, linkReportMarkdown } from './link-report.ts';
import { buildReport } from './links.ts';
import { githubWouldActOn } from '../../../test/github-rules.ts';

const report = buildReport([
  {
    url: 'https://example.org/gone',
    references: [
      { file: 'content/llms/a.md', field: 'papers.0.url' },
      { file: 'content/vision/b.md', field: 'links.1.url' },
    ],
    status: 'dead',
    reason: '404',
  },
  { url: 'https://github.com/a/old', references: [{ file: 'content/llms/a.md', field: 'github.0' }], status: 'moved', reason: '301', movedTo: 'https://github.com/a/new' },
  { url: 'https://example.org/a|b', references: [{ file: 'content/llms/a.md', field: 'links.0.url' }], status: 'unsure', reason: '403' },
  {
    url: 'https://example.org/data',
    references: [{ file: 'content/llms/a.md', field: 'links.3.url' }],
    status: 'unsure',
    reason: '302 to a login page',
    at: 'https://example.org/login?next=data',
  },
  { url: 'https://example.org/fine', references: [{ file: 'content/llms/a.md', field: 'links.2.url' }], status: 'ok', reason: '200' },
]);

it('prints a line per place a URL to act on is named, dead first, then the counts', () => {
  expect(formatLinkReport(report).split('\n')).toEqual([
    'dead  content/llms/a.md papers.0.url https://example.org/gone (404)',
    'dead  content/vision/b.md links.1.url https://example.org/gone (404)',
    'moved  content/llms/a.md github.0 https://github.com/a/old -> https://github.com/a/new (301)',
    'unsure  content/llms/a.md links.0.url https://example.org/a|b (403)',
    'unsure  content/llms/a.md links.3.url https://example.org/data (302 to a login page at https://example.org/login?next=data)',
    '5 link(s) checked: 1 ok, 1 moved, 2 unsure, 1 dead',
  ]);
});

it('writes a Markdown section with a table per kind, URLs as links', () => {
  expect(linkReportMarkdown(report)).toBe(
    [
      '## Link health',
      '',
      '`npm run links` checked 5 link(s): 1 ok, 1 moved, 2 unsure, 1 dead.',
      '',
      '### Dead (1)',
      '',
      'Not found, gone, no such host, connection refused or no answer: fix or remove the link.',
      '',
      '| Entry | Field | URL | Problem |',
      '| - | - | - | - |',
      '| `content/llms/a.md` | `papers.0.url` | <https://example.org/gone> | 404 |',
      '| `content/vision/b.md` | `links.1.url` | <https://example.org/gone> | 404 |',
      '',
      '### Moved (1)',
      '',
      'Permanent redirects: update the entry to the new URL.',
      '',
      '| Entry | Field | URL | New URL |',
      '| - | - | - | - |',
      '| `content/llms/a.md` | `github.0` | <https://github.com/a/old> | <https://github.com/a/new> (301) |',
      '',
      '### Unsure (2)',
      '',
      'Refused, rate-limited, failing or behind a login: worth a look by hand.',
      '',
      '| Entry | Field | URL | Problem |',
      '| - | - | - | - |',
      '| `content/llms/a.md` | `links.0.url` | <https://example.org/a%7Cb> | 403 |',
      '| `content/llms/a.md` | `links.3.url` | <https://example.org/data> | 302 to a login page at <https://example.org/login?next=data> |',
    ].join('\n'),
  );
});

it('leaves out the tables when every link is ok', () => {
  const fine = buildReport([{ url: 'https://example.org/fine', references: [], status: 'ok', reason: '200' }]);
  expect(linkReportMarkdown(fine)).toBe('## Link health\n\n`npm run links` checked 1 link(s): 1 ok, 0 moved, 0 unsure, 0 dead.');
  expect(formatLinkReport(fine)).toBe('1 link(s) checked: 1 ok, 0 moved, 0 unsure, 0 dead');
});

it('leaves GitHub nothing to mention, link or typeset in a server’s error text or redirect', () => {
  const hostile = buildReport([
    { url: 'https://example.org/a', references: [{ file: 'content/llms/a.md', field: 'links.0.url' }], status: 'unsure', reason: 'network error: @octocat #1 $x$' },
    { url: 'https://example.org/b', references: [{ file: 'content/llms/a.md', field: 'links.1.url' }], status: 'moved', reason: '301', movedTo: 'https://example.org/$x$/@org/team' },
  ]);
  expect(githubWouldActOn(linkReportMarkdown(hostile))).toEqual([]);
});
