import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { instituteRegistrySchema } from '../content/schema.ts';
import { institutesEditUrl, proposeInstitute } from './institute-proposal.ts';

const registry = instituteRegistrySchema.parse([{ name: 'EPFL', aliases: ['École Polytechnique Fédérale de Lausanne'] }, { name: 'Google' }]);
const blank = { name: '', aliases: '', parent: '', url: '' };

it('gives the lines for content/institutes.yaml, which the registry accepts beside its own, and the registry the entry is checked against', () => {
  const proposal = proposeInstitute({ ...blank, name: ' Clinic: of #Nowhere ', aliases: 'CoN, Nowhere Clinic', parent: 'EPFL', url: 'https://clinic.example.org' }, registry);
  expect(proposal.problems).toEqual(new Map());
  expect(proposal.text).toBe('- name: "Clinic: of #Nowhere"\n  aliases: [CoN, Nowhere Clinic]\n  parent: EPFL\n  url: https://clinic.example.org\n');
  // Appended to the registry's text, the lines parse back to the same institute.
  expect(instituteRegistrySchema.parse([...registry, ...parse(proposal.text)]).at(-1)).toEqual({ name: 'Clinic: of #Nowhere', aliases: ['CoN', 'Nowhere Clinic'], parent: 'EPFL', url: 'https://clinic.example.org' });
  expect(proposal.registry?.map((institute) => institute.name)).toEqual(['EPFL', 'Google', 'Clinic: of #Nowhere']);
});

it('refuses, at its field, a name or alias the registry already uses, a parent it does not know, a URL that is not http(s), and a missing name', () => {
  const taken = proposeInstitute({ ...blank, name: 'Lab X', aliases: 'epfl', parent: 'Nowhere', url: 'javascript:alert(1)' }, registry);
  expect(taken.registry).toBeUndefined();
  expect(taken.problems.get('aliases')).toEqual(['"epfl" is already used by the institute "EPFL" (each name and alias may appear once)']);
  expect(taken.problems.get('parent')).toEqual(['parent "Nowhere" of "Lab X" is not an institute name in the registry (use the name, not an alias)']);
  expect(taken.problems.get('url')?.[0]).toMatch(/http/);
  expect(proposeInstitute(blank, registry).problems.get('name')?.[0]).toMatch(/name/);
});

it("links to GitHub's editor of content/institutes.yaml on the pull request's branch of the contributor's fork, whatever is typed staying in GitHub's path", () => {
  const repository = { owner: 'medical-foundation-models', name: 'list', branch: 'main' };
  expect(institutesEditUrl(repository, ' octo-cat ', '')).toBe('https://github.com/octo-cat/list/edit/patch-1/content/institutes.yaml');
  expect(institutesEditUrl(repository, 'octo-cat', 'patch-2')).toBe('https://github.com/octo-cat/list/edit/patch-2/content/institutes.yaml');
  expect(new URL(institutesEditUrl(repository, '//evil.example/x', 'a/../b')).host).toBe('github.com');
});
