/** `npm run new-entry`: from what a contributor gives (flags or answers) to an entry, deriving what it can. */
import { arxivIdFromUrl, canonicalPaperUrl, githubRepoFromUrl, huggingfaceIdFromUrl } from './identifiers.ts';
import type { InstituteIndex } from './institutes.ts';
import { SECTIONS, type EntryInput, type Section } from './schema.ts';
import { slugNamer } from './slug.ts';

export interface NewEntryAnswers {
  section?: string;
  title?: string;
  summary?: string;
  date?: string;
  /** Paper URLs; a Hugging Face or GitHub URL given here becomes an id instead. */
  papers: string[];
  institutes: string[];
  huggingface: string[];
  github: string[];
  /** `label=url`, or a bare URL (a Hugging Face or GitHub one becomes an id). */
  links: string[];
}

/** The ids a draft always has, as lists (the schema's input type allows a single value too). */
export interface DraftIds {
  title: string;
  papers: { url: string; semanticScholar?: string }[];
  huggingface: string[];
  github: string[];
}

export interface Draft {
  section: Section;
  slug: string;
  data: EntryInput & DraftIds;
  /** Things derived or doubtful, to tell the contributor. */
  notes: string[];
}

/** What is still missing for a draft; the command asks for these, or names the flags. */
export function missingAnswers(answers: NewEntryAnswers): ('section' | 'title' | 'date' | 'institutes')[] {
  const missing: ('section' | 'title' | 'date' | 'institutes')[] = [];
  if (!answers.section) missing.push('section');
  if (!answers.title) missing.push('title');
  if (!answers.date) missing.push('date');
  if (answers.institutes.length === 0) missing.push('institutes');
  return missing;
}

export function draftEntry(answers: NewEntryAnswers, institutes: InstituteIndex, takenSlugs: ReadonlySet<string>): Draft {
  const section = answers.section as Section;
  if (!SECTIONS.includes(section)) throw new Error(`--section must be one of ${SECTIONS.join(', ')}, not "${answers.section}"`);
  const notes: string[] = [];
  const huggingface = [...answers.huggingface];
  const github = [...answers.github];
  const papers: { url: string; semanticScholar?: string }[] = [];
  const links: { label: string; url: string }[] = [];

  /** A Hugging Face or GitHub URL becomes an id wherever it was given; true if it did. */
  const takeId = (url: string) => {
    const hub = huggingfaceIdFromUrl(url);
    const repo = githubRepoFromUrl(url);
    if (hub) huggingface.push(hub);
    if (repo) github.push(repo);
    if (hub || repo) notes.push(`${url} -> ${hub ? `huggingface: ${hub}` : `github: ${repo}`}`);
    return Boolean(hub || repo);
  };
  for (const url of answers.papers) {
    if (takeId(url)) continue;
    const arxiv = arxivIdFromUrl(url);
    papers.push({ url: canonicalPaperUrl(url), ...(arxiv ? { semanticScholar: `ARXIV:${arxiv}` } : {}) });
    if (arxiv) notes.push(`${url} -> semanticScholar: ARXIV:${arxiv}`);
  }
  for (const link of answers.links) {
    const [, label, url] = /^(?:([^=]+)=)?(.+)$/.exec(link)!;
    if (!label && takeId(url!)) continue;
    links.push({ label: label?.trim() || new URL(url!).hostname.replace(/^www\./, ''), url: url!.trim() });
  }
  for (const name of answers.institutes) {
    if (!institutes.has(name)) {
      const suggestions = institutes.suggest(name);
      notes.push(`"${name}" is not in content/institutes.yaml${suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : ''}: add it there or use a known name`);
    }
  }
  const title = answers.title!.trim();
  return {
    section,
    slug: slugNamer(takenSlugs)(title),
    notes,
    data: {
      title,
      ...(answers.summary?.trim() ? { summary: answers.summary.trim() } : {}),
      date: answers.date!.trim(),
      institutes: answers.institutes.map((name) => institutes.resolve(name)?.name ?? name.trim()),
      papers,
      huggingface: [...new Set(huggingface)],
      github: [...new Set(github)],
      links,
    },
  };
}
