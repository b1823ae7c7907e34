/**
 * The GitHub repository the site is built from, for the links that let a visitor change it: the one
 * setting a fork changes. GitHub Actions sets GITHUB_REPOSITORY (owner/name) on every run, so a fork's
 * deploy links to the fork; SITE_REPOSITORY overrides it, and SITE_BRANCH the branch (main).
 */
export interface Repository {
  owner: string;
  name: string;
  branch: string;
}

const DEFAULT_REPOSITORY = 'medical-foundation-models/medical-foundation-models';
const OWNER_NAME = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([\w.-]{1,100})$/;

export function repositoryFrom(env: Record<string, string | undefined>): Repository {
  const slug = env.SITE_REPOSITORY || env.GITHUB_REPOSITORY || DEFAULT_REPOSITORY;
  const match = OWNER_NAME.exec(slug);
  if (!match) throw new Error(`SITE_REPOSITORY / GITHUB_REPOSITORY "${slug}" is not owner/name`);
  return { owner: match[1]!, name: match[2]!, branch: env.SITE_BRANCH || 'main' };
}

const repositoryUrl = ({ owner, name }: Repository) => `https://github.com/${owner}/${name}`;

/** GitHub's editor for a file of the repository (it offers a fork and a pull request to those who cannot push). */
export const editFileUrl = (repository: Repository, path: string) => `${repositoryUrl(repository)}/edit/${encodeURIComponent(repository.branch)}/${path.split('/').map(encodeURIComponent).join('/')}`;

/** A new issue on one of the repository's issue forms, its fields filled in by their ids. */
export function newIssueUrl(repository: Repository, template: string, fields: Record<string, string>): string {
  const url = new URL(`${repositoryUrl(repository)}/issues/new`);
  url.searchParams.set('template', template);
  for (const [field, value] of Object.entries(fields)) url.searchParams.set(field, value);
  return url.href;
}

/** GitHub's new-file page with the file's name and text filled in; it forks and opens a pull request for those who cannot push. */
export function newFileUrl(repository: Repository, path: string, text: string): string {
  const url = new URL(`${repositoryUrl(repository)}/new/${encodeURIComponent(repository.branch)}`);
  url.searchParams.set('filename', path);
  url.searchParams.set('value', text);
  return url.href;
}
