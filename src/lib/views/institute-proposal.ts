/**
 * A new institute proposed on /contribute/: checked as `npm run validate` checks content/institutes.yaml
 * (its names and aliases unused, its parent a registered name), the registry the entry is then checked
 * against, the lines it adds to content/institutes.yaml, and GitHub's editor of that file on the pull
 * request's branch.
 */
import { serializeInstitute } from '../content/entry-text.ts';
import { instituteRegistrySchema, type Institute } from '../content/schema.ts';
import { editFileUrl, type Repository } from './repository.ts';

/** The proposal's fields, as typed (aliases comma-separated). */
export interface InstituteProposalForm {
  name: string;
  aliases: string;
  parent: string;
  url: string;
}

export interface InstituteProposal {
  /** The registry with the proposed institute, when it passes; the entry is checked against it. */
  registry?: Institute[];
  /** Lines for content/institutes.yaml. */
  text: string;
  /** Each field's problems, keyed by the form field ("name", "aliases", "parent", "url"). */
  problems: Map<string, string[]>;
}

/** Where the lines go: content/institutes.yaml in the contributor's fork, on the branch GitHub made for the pull request (patch-1 for a first change). */
export const institutesEditUrl = (repository: Repository, account: string, branch: string) =>
  editFileUrl({ ...repository, owner: encodeURIComponent(account.trim()), branch: branch.trim() || 'patch-1' }, 'content/institutes.yaml');

export function proposeInstitute(form: InstituteProposalForm, registry: readonly Institute[]): InstituteProposal {
  const aliases = form.aliases.split(',').map((alias) => alias.trim()).filter(Boolean);
  const proposed = {
    name: form.name.trim(),
    ...(aliases.length ? { aliases } : {}),
    ...(form.parent.trim() ? { parent: form.parent.trim() } : {}),
    ...(form.url.trim() ? { url: form.url.trim() } : {}),
  };
  const problems = new Map<string, string[]>();
  const result = instituteRegistrySchema.safeParse([...registry, proposed]);
  for (const issue of result.error?.issues ?? []) {
    // The registry's own problems are not the contributor's: only the proposal's row counts.
    if (issue.path[0] !== registry.length) continue;
    const field = String(issue.path[1] ?? 'name');
    problems.set(field, [...(problems.get(field) ?? []), issue.message]);
  }
  return { registry: problems.size ? undefined : result.data, text: serializeInstitute(proposed), problems };
}
