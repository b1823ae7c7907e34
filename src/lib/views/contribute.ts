/**
 * The /contribute/ form's logic: what a pasted URL tells, a draft through the same code `npm run new-entry`
 * uses, its problems per field from the schema `npm run validate` uses, and entries it may duplicate.
 */
import { distance } from 'fastest-levenshtein';
import type { ZodError } from 'zod';
import { arxivIdFromUrl, arxivMonth, canonicalPaperUrl, githubRepoFromUrl, huggingfaceIdFromUrl, paperKey } from '../content/identifiers.ts';
import type { InstituteIndex } from '../content/institutes.ts';
import { draftEntry, type DraftIds, type NewEntryAnswers } from '../content/new-entry.ts';
import { serializeEntry } from '../content/entry-text.ts';
import type { createEntrySchema, Entry, EntryInput, Institute, Section } from '../content/schema.ts';
import { foldText } from '../content/slug.ts';
import { newFileUrl, type Repository } from './repository.ts';

/** What /data/contribute.json ships: just enough to spot a duplicate and check institute names. */
export interface ContributeData {
  entries: { slug: string; title: string; papers: string[]; huggingface: string[]; github: string[] }[];
  institutes: Institute[];
}

const idKey = (id: string) => id.toLowerCase();

export function contributeData(entries: readonly Entry[], institutes: readonly Institute[]): ContributeData {
  return {
    entries: entries.map(({ slug, data }) => ({
      slug,
      title: data.title,
      papers: data.papers.map((paper) => paperKey(paper.url)),
      huggingface: data.huggingface.map(idKey),
      github: data.github.map(idKey),
    })),
    institutes: [...institutes],
  };
}

/** The fields a pasted URL fills: a Hub or GitHub URL is an id, anything else a paper (arXiv's with its Semantic Scholar id and month). */
export function fieldsFromUrl(url: string): { paper?: string; semanticScholar?: string; date?: string; huggingface?: string; github?: string } {
  const huggingface = huggingfaceIdFromUrl(url);
  if (huggingface) return { huggingface };
  const github = githubRepoFromUrl(url);
  if (github) return { github };
  const arxiv = arxivIdFromUrl(url);
  const date = arxiv && arxivMonth(arxiv);
  return { paper: canonicalPaperUrl(url), ...(arxiv ? { semanticScholar: `ARXIV:${arxiv}` } : {}), ...(date ? { date } : {}) };
}

/** The form's fields, as typed. */
export interface ContributeForm {
  section: Section;
  title: string;
  date: string;
  summary: string;
  paper: string;
  /** The first paper's title and authors (comma-separated), as its page prints them. */
  paperTitle: string;
  paperAuthors: string;
  huggingface: string;
  github: string;
  institutes: string[];
  access: string;
  accessNote: string;
  license: string;
  licenseNote: string;
  baseModel: string;
  parameters: string;
  modalities: string[];
  specialties: string[];
  tasks: string[];
  /** Free Markdown written below the front matter. */
  notes: string;
}

const listed = (text: string) => text.split(',').map((part) => part.trim()).filter(Boolean);
const given = (text: string) => text.trim() || undefined;

/** The entry the form describes, with its slug among those taken. */
export function draftFromForm(form: ContributeForm, institutes: InstituteIndex, takenSlugs: ReadonlySet<string>) {
  const answers: NewEntryAnswers = {
    section: form.section,
    title: form.title,
    summary: form.summary,
    date: form.date,
    papers: listed(form.paper),
    institutes: form.institutes.map((name) => name.trim()).filter(Boolean),
    huggingface: listed(form.huggingface),
    github: listed(form.github),
    links: [],
  };
  const draft = draftEntry(answers, institutes, takenSlugs);
  const [first, ...others] = draft.data.papers;
  const citation = { ...(given(form.paperTitle) ? { title: form.paperTitle.trim() } : {}), ...(listed(form.paperAuthors).length ? { authors: listed(form.paperAuthors) } : {}) };
  const data: EntryInput & DraftIds = {
    ...draft.data,
    papers: first ? [{ url: first.url, ...citation, ...(first.semanticScholar ? { semanticScholar: first.semanticScholar } : {}) }, ...others] : [],
    access: given(form.access) as EntryInput['access'],
    accessNote: given(form.accessNote),
    license: given(form.license),
    licenseNote: given(form.licenseNote),
    baseModel: given(form.baseModel),
    parameters: given(form.parameters),
    modalities: form.modalities as EntryInput['modalities'],
    specialties: form.specialties as EntryInput['specialties'],
    tasks: form.tasks as EntryInput['tasks'],
  };
  return { section: draft.section, slug: draft.slug || 'new-entry', data };
}

/** The form fields of the first paper's title and authors. */
const PAPER_FIELDS = { title: 'paperTitle', authors: 'paperAuthors' } as const;

/** Each field's problems, in validate's words, keyed by the form field they belong to ("institutes.1" for the second institute). */
export function problemsByField(error: ZodError): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const issue of error.issues) {
    const [field = 'title', index, part] = issue.path.map(String);
    const key =
      field === 'institutes' && index !== undefined ? `institutes.${index}` : field === 'papers' && index === '0' && (part === 'title' || part === 'authors') ? PAPER_FIELDS[part] : field;
    problems.set(key, [...(problems.get(key) ?? []), issue.message]);
  }
  return problems;
}

/** Titles this close (share of differing characters, folded) are taken for one model written twice. */
const NEAR_TITLE = 0.1;

/** Entries on the list that have the draft's paper, Hub or GitHub id, or a near-identical title, with what matched. */
export function duplicatesOf(data: Partial<DraftIds>, known: ContributeData['entries']): { slug: string; title: string; reason: string }[] {
  const papers = new Set((data.papers ?? []).map((paper) => paperKey(paper.url)));
  const hub = new Set((data.huggingface ?? []).map(idKey));
  const repos = new Set((data.github ?? []).map(idKey));
  const title = foldText(data.title ?? '');
  return known.flatMap((entry) => {
    const other = foldText(entry.title);
    const reason = entry.papers.some((key) => papers.has(key))
      ? 'the same paper'
      : entry.huggingface.some((id) => hub.has(id))
        ? 'the same Hugging Face id'
        : entry.github.some((id) => repos.has(id))
          ? 'the same GitHub repository'
          : title && distance(title, other) / Math.max(title.length, other.length) <= NEAR_TITLE
            ? 'nearly the same title'
            : undefined;
    return reason ? [{ slug: entry.slug, title: entry.title, reason }] : [];
  });
}

export interface PreviewContext {
  institutes: InstituteIndex;
  schema: ReturnType<typeof createEntrySchema>;
  takenSlugs: ReadonlySet<string>;
  known: ContributeData['entries'];
  repository: Repository;
}

/**
 * Everything the page shows for the form as it stands: the file's path and text, each field's problems,
 * the duplicates and the pull-request link. One function of the form's values, so the preview and the
 * link always follow them, whatever was typed or pasted.
 */
export function contributePreview(form: ContributeForm, { institutes, schema, takenSlugs, known, repository }: PreviewContext) {
  const draft = draftFromForm(form, institutes, takenSlugs);
  const result = schema.safeParse(draft.data);
  const path = `content/${draft.section}/${draft.slug}.md`;
  const text = serializeEntry(draft.data, form.notes);
  return {
    path,
    text,
    valid: result.success,
    problems: result.success ? new Map<string, string[]>() : problemsByField(result.error),
    duplicates: duplicatesOf(draft.data, known),
    pullRequest: newFileUrl(repository, path, text),
  };
}
