/**
 * `discover --write`: draft entry files for the best candidates, with only what the sources said (title,
 * month, papers, the journal as venue, Hub and GitHub ids). The institutes are left out, so `npm run
 * validate` names the field; the authors' affiliations (arXiv's, Crossref's) are only suggested, in a YAML
 * comment that no reader of entries ever sees as data.
 */
import { entryPath, serializeEntry } from '../content/entry-file.ts';
import type { EntryInput } from '../content/schema.ts';
import type { EntryFile } from '../content/content-files.ts';
import { slugNamer } from '../content/slug.ts';
import { titleNamer } from '../content/same-name.ts';
import { comparableOf } from './candidates.ts';
import { plainText } from './watch-found.ts';
import type { WatchCandidate } from './watch.ts';

export interface Draft {
  path: string;
  text: string;
}

function draftData(candidate: WatchCandidate, title: string): Omit<EntryInput, 'institutes'> {
  const { ids, doi, journal } = candidate;
  const papers = [
    ...(ids.arxiv ? [{ url: `https://arxiv.org/abs/${ids.arxiv}`, semanticScholar: `ARXIV:${ids.arxiv}` }] : []),
    ...(doi ? [{ url: `https://doi.org/${doi}` }] : []),
  ];
  return { title, date: candidate.date.slice(0, 7), papers, huggingface: ids.huggingface, github: ids.github, ...(journal ? { venue: journal } : {}) };
}

/** The comment under the opening `---`: where the draft came from, and the affiliations to check. */
function provenance(candidate: WatchCandidate): string {
  const lines = [`# Drafted by npm run discover from ${candidate.url} (${candidate.why}); read the sources before keeping it.`];
  const affiliations = candidate.affiliations.map((name) => plainText(name, 200)).filter(Boolean);
  if (affiliations.length) lines.push(`# Institutes suggested by the authors' affiliations (check them against content/institutes.yaml): ${affiliations.join('; ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Files for the first `top` candidates, named with slugs no entry (and no other draft) has; a candidate
 * whose name a listed entry of another year has gets its year in title and slug ("MedX (2026)", medx-2026).
 */
export function draftEntries(candidates: readonly WatchCandidate[], top: number, contentDir: string, known: readonly Pick<EntryFile, 'slug' | 'frontMatter'>[]): Draft[] {
  const nameSlug = slugNamer(known.map((file) => file.slug));
  const nameTitle = titleNamer(known.map(({ frontMatter }) => comparableOf(frontMatter)));
  return candidates.slice(0, top).map((candidate) => {
    const title = nameTitle(candidate.title, candidate.date);
    const serialized = serializeEntry(draftData(candidate, title) as EntryInput);
    return { path: entryPath(contentDir, candidate.section, nameSlug(title)), text: serialized.replace(/^---\n/, `---\n${provenance(candidate)}`) };
  });
}
