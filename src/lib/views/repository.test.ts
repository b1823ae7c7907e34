import { expect, it } from 'vitest';
import { editFileUrl, newFileUrl, newIssueUrl, repositoryFrom } from './repository.ts';

it('takes the repository from SITE_REPOSITORY, else GitHub Actions\' GITHUB_REPOSITORY, else the project\'s own', () => {
  expect(repositoryFrom({ GITHUB_REPOSITORY: 'someone/fork', SITE_BRANCH: 'trunk' })).toEqual({ owner: 'someone', name: 'fork', branch: 'trunk' });
  expect(repositoryFrom({ SITE_REPOSITORY: 'a/b', GITHUB_REPOSITORY: 'someone/fork' })).toMatchObject({ owner: 'a', name: 'b', branch: 'main' });
  expect(repositoryFrom({}).name).toBe('medical-foundation-models');
  expect(() => repositoryFrom({ SITE_REPOSITORY: 'evil.example/x?y' })).toThrow('is not owner/name');
});

it('writes GitHub\'s edit and issue-form links, every value encoded', () => {
  const repository = repositoryFrom({ SITE_REPOSITORY: 'owner/repo' });
  expect(editFileUrl(repository, 'content/llms/x.md')).toBe('https://github.com/owner/repo/edit/main/content/llms/x.md');
  const issue = new URL(newIssueUrl(repository, 'report-problem.yml', { entry: 'x', title: 'Problem: X' }));
  expect(Object.fromEntries(issue.searchParams)).toEqual({ template: 'report-problem.yml', entry: 'x', title: 'Problem: X' });
});

it('writes GitHub\'s new-file link with the file name and text filled in, every value encoded', () => {
  const text = '---\ntitle: A & B #1\n---\n';
  const url = new URL(newFileUrl(repositoryFrom({ SITE_REPOSITORY: 'owner/repo', SITE_BRANCH: 'dev/x' }), 'content/llms/a-b.md', text));
  expect(`${url.origin}${url.pathname}`).toBe('https://github.com/owner/repo/new/dev%2Fx');
  expect(Object.fromEntries(url.searchParams)).toEqual({ filename: 'content/llms/a-b.md', value: text });
  expect(url.href).not.toMatch(/[\s#&]title/);
});
