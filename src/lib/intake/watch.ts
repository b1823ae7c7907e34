/**
 * The weekly watch's judgement over what the sources found: a Hub model and an arXiv paper that name each
 * other are one candidate with paper and weights, and a journal article joins the arXiv paper it names as
 * its preprint (or that names it, or that has its title); what the list already has is skipped with the
 * file it matched (the duplicate check of `import --candidates`); what is plainly not medical, and
 * quantizations (another file of a model, not a new one), are dropped; the rest is ranked, each score with
 * its reasons, and dated by the earliest of its papers, preprints and weights (the date rule).
 */
import type { EntryFile } from '../content/content-files.ts';
import { foldText } from '../content/slug.ts';
import type { Section } from '../content/schema.ts';
import { duplicateIndex, type Comparable } from './candidates.ts';
import { sectionOf as sectionOfWords } from './sections.ts';
import { TitleIndex } from './title-index.ts';
import type { ListedOnHub } from './watch-huggingface.ts';
import { uniqueIds, type Found, type SourceRun, type WatchSource } from './watch-found.ts';

export interface WatchCandidate {
  title: string;
  url: string;
  source: WatchSource;
  /** The earliest public day (or month) of its paper, preprint and weights. */
  date: string;
  ids: { huggingface: string[]; arxiv: string | null; github: string[] };
  score: number;
  why: string;
  /** For a draft: where it would go, the DOI, the journal that published it, and the authors' affiliations to suggest. */
  section: Section;
  doi?: string;
  journal?: string;
  affiliations: string[];
}

export interface WatchResult {
  candidates: WatchCandidate[];
  skipped: { title: string; duplicateOf: string; reason: string }[];
  failed: { source: WatchSource; reason: string }[];
  dropped: { notMedical: number; quantizations: number; unusable: number; offTopic: number };
  runs: Pick<SourceRun, 'source' | 'requests' | 'budget' | 'answered' | 'notAsked'>[];
}

/** Word stems that make a name, tag or abstract medical ("med" alone is too common a start: media, medium, median). */
const MEDICAL_STEMS = [
  'medic', 'clinic', 'biomed', 'health', 'radiolog', 'radiograph', 'patholog', 'patient', 'hospital', 'diagnos', 'disease',
  'surg', 'oncolog', 'cancer', 'tumor', 'tumour', 'cardio', 'cardiac', 'dermat', 'ophthalm', 'retina', 'xray', 'mri', 'ehr',
  'pharma', 'drug', 'genom', 'pediatr', 'paediatr', 'psychiatr', 'nurs', 'dental', 'histopath', 'mammogra', 'usmle',
];
const NOT_MEDICAL_MED = new Set(['media', 'medium', 'median', 'mediation', 'mediator', 'medley']);
const isMedicalWord = (word: string) => MEDICAL_STEMS.some((stem) => word.startsWith(stem)) || (word.startsWith('med') && !NOT_MEDICAL_MED.has(word));

export function isMedical(found: readonly Found[]): boolean {
  const text = found.flatMap((item) => [item.title, item.summary ?? '', ...item.tags, ...item.huggingface]).join(' ');
  return foldText(text).split(/[^a-z0-9]+/).some(isMedicalWord);
}

const texts = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
const field = (frontMatter: unknown, name: string) => texts((frontMatter as Record<string, unknown> | null)?.[name]);

/** What the list has on the Hub (owners and model ids, newest entries first), with the file of each. */
export function listedOnHub(known: readonly Pick<EntryFile, 'file' | 'frontMatter'>[]) {
  const dateOf = (file: Pick<EntryFile, 'frontMatter'>) => field(file.frontMatter, 'date')[0] ?? '';
  const newestFirst = [...known].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
  const owners = new Map<string, { name: string; file: string }>();
  const models = new Map<string, { id: string; file: string }>();
  for (const { file, frontMatter } of newestFirst) {
    for (const id of field(frontMatter, 'huggingface')) {
      if (/^(?:datasets|spaces)\//.test(id) || id.split('/').length !== 2) continue;
      const owner = id.split('/')[0]!;
      if (!owners.has(owner.toLowerCase())) owners.set(owner.toLowerCase(), { name: owner, file });
      if (!models.has(id.toLowerCase())) models.set(id.toLowerCase(), { id, file });
    }
  }
  const queries: ListedOnHub = { owners: [...owners.values()].map(({ name }) => name), models: [...models.values()].map(({ id }) => id) };
  return { owners, models, queries };
}

type Listed = ReturnType<typeof listedOnHub>;

/** An arXiv paper, the journal article of it, and the models that name either; or an article or a model alone. */
interface Lead {
  paper?: Found;
  journal?: Found;
  models: Found[];
}

/**
 * A journal article joins the arXiv paper of the results that it names as its preprint, that names it by
 * DOI, or whose title is near-identical to its own; each Hub model joins the paper or article whose arXiv id
 * it names. Everything else stands alone. Each link is a map lookup or the title index, never a pairwise scan.
 */
function leadsOf(found: readonly Found[]): Lead[] {
  const leads: Lead[] = [];
  const byArxiv = new Map<string, Lead>();
  const byDoi = new Map<string, Lead>();
  const papers = found.filter((item) => item.source === 'arxiv');
  const articles = found.filter((item) => item.source === 'crossref');
  // Titles are indexed only for articles to look up in them.
  const titles = articles.length ? new TitleIndex([...papers, ...articles].map((item) => nameAndSubtitle(item.title))) : undefined;
  for (const paper of papers) {
    const lead: Lead = { paper, models: [] };
    leads.push(lead);
    byArxiv.set(paper.arxiv[0]!, lead);
    if (paper.doi) byDoi.set(paper.doi.toLowerCase(), lead);
    titles?.add(paper.arxiv[0]!, nameAndSubtitle(paper.title));
  }
  for (const article of articles) {
    const twin = titles?.twinOf(nameAndSubtitle(article.title));
    const paper = article.arxiv.map((id) => byArxiv.get(id)).find(Boolean) ?? byDoi.get(article.doi!) ?? (twin === undefined ? undefined : byArxiv.get(twin));
    if (paper && !paper.journal) paper.journal = article;
    else {
      const lead: Lead = { journal: article, models: [] };
      leads.push(lead);
      for (const id of article.arxiv) if (!byArxiv.has(id)) byArxiv.set(id, lead);
    }
  }
  for (const model of found.filter((item) => item.source === 'huggingface')) {
    const lead = model.arxiv.map((id) => byArxiv.get(id)).find(Boolean);
    if (lead) lead.models.push(model);
    else leads.push({ models: [model] });
  }
  return leads;
}

const ofLead = (lead: Lead) => [...(lead.paper ? [lead.paper] : []), ...(lead.journal ? [lead.journal] : []), ...lead.models];

/**
 * The lead's own paper on arXiv: the arXiv result, else the article's preprint, else the one paper a model
 * names when it is built on nothing (a finetune's arxiv: tags are mostly its base's).
 */
function paperOf({ paper, journal, models: [model] }: Lead): string | null {
  return paper?.arxiv[0] ?? journal?.arxiv[0] ?? (model && model.baseModels.length === 0 && model.arxiv.length === 1 ? model.arxiv[0]! : null);
}

/** The date rule: the earliest public day or month of the lead's paper, its preprints and its weights. */
const earliestDate = (lead: Lead) => ofLead(lead).flatMap((item) => [item.date, ...(item.preprintMonth ? [item.preprintMonth] : [])]).sort()[0]!;

/**
 * "MEDITRON-70B: Scaling Medical Pretraining…" compares as an entry writes it: the name as title, the rest
 * as summary (the abstract is left out: its hundred words would outweigh any title).
 */
function nameAndSubtitle(title: string): { title: string; summary?: string } {
  const colon = title.indexOf(': ');
  return colon > 0 && colon <= 60 ? { title: title.slice(0, colon), summary: title.slice(colon + 2) } : { title };
}

/** The lead's first item: the arXiv paper, else the journal article, else the model. */
const firstOf = (lead: Lead) => (lead.paper ?? lead.journal ?? lead.models[0])!;

function comparable(lead: Lead): Comparable {
  const arxiv = paperOf(lead);
  const dois = uniqueIds([lead.paper?.doi, lead.journal?.doi, ...(lead.journal?.preprintDois ?? [])].filter((doi) => doi !== undefined));
  return {
    ...nameAndSubtitle(firstOf(lead).title),
    // A new model that shares its name with an entry of another year is not that entry.
    date: earliestDate(lead),
    papers: [...(arxiv ? [{ url: `https://arxiv.org/abs/${arxiv}` }] : []), ...dois.map((doi) => ({ url: `https://doi.org/${doi}` }))],
    huggingface: uniqueIds(ofLead(lead).flatMap((item) => item.huggingface)),
    github: uniqueIds(ofLead(lead).flatMap((item) => item.github)),
  };
}

const count = (n: number) => n.toLocaleString('en-US');

/** Points and the reason for each: popularity on a log scale, a known owner or base, paper and weights together. */
function scoreOf(lead: Lead, listed: Listed): { score: number; why: string } {
  const reasons: [points: number, reason: string][] = [];
  const likes = lead.models.reduce((sum, model) => sum + (model.likes ?? 0), 0);
  const downloads = lead.models.reduce((sum, model) => sum + (model.downloads ?? 0), 0);
  if (likes) reasons.push([Math.round(10 * Math.log10(1 + likes)), `${count(likes)} likes`]);
  if (downloads) reasons.push([Math.round(5 * Math.log10(1 + downloads)), `${count(downloads)} downloads`]);
  const owner = lead.models.map((model) => listed.owners.get(model.owner!.toLowerCase())).find(Boolean);
  if (owner) reasons.push([10, `from ${owner.name}, whom the list has (${owner.file})`]);
  const base = lead.models.flatMap((model) => model.baseModels).map((id) => listed.models.get(id.toLowerCase())).find(Boolean);
  if (base) reasons.push([5, `built on ${base.id}, which the list has (${base.file})`]);
  if (lead.journal?.journal) reasons.push([10, `published in ${lead.journal.journal}`]);
  if ((lead.paper || lead.journal) && lead.models.length) reasons.push([15, 'paper and weights']);
  if (ofLead(lead).some((item) => item.github.length)) reasons.push([3, 'code on GitHub']);
  if (!reasons.length) return { score: 0, why: 'new; nothing else known yet' };
  return { score: reasons.reduce((sum, [points]) => sum + points, 0), why: reasons.map(([points, reason]) => `${reason} (+${points})`).join(', ') };
}

function sectionOf(lead: Lead): Section {
  const paper = lead.paper ?? lead.journal;
  if (paper && /\b(?:survey|review)\b/i.test(paper.title)) return 'surveys';
  const tags = ofLead(lead).flatMap((item) => item.tags);
  if (tags.some((tag) => tag === 'cs.cv' || tag === 'eess.iv' || tag.startsWith('image-') || tag.endsWith('-to-image') || tag === 'vision')) return 'vision';
  // A journal article has no categories: its title's words place it, as an imported row's do.
  return !lead.paper && !lead.models.length && lead.journal ? sectionOfWords({ headings: [], text: lead.journal.title }) : 'llms';
}

function candidateOf(lead: Lead, ids: Comparable, listed: Listed): WatchCandidate {
  const first = firstOf(lead);
  const doi = lead.journal?.doi ?? lead.paper?.doi;
  return {
    title: first.title,
    url: first.url,
    source: first.source,
    date: earliestDate(lead),
    ids: { huggingface: ids.huggingface, arxiv: paperOf(lead), github: ids.github },
    ...scoreOf(lead, listed),
    section: sectionOf(lead),
    ...(doi ? { doi } : {}),
    ...(lead.journal?.journal ? { journal: lead.journal.journal } : {}),
    affiliations: uniqueIds([...(lead.paper?.affiliations ?? []), ...(lead.journal?.affiliations ?? [])]).slice(0, 20),
  };
}

/** A source that answered nothing is one failure (its first reason); one that answered some, each query that failed. */
function failuresOf({ source, answered, problems }: SourceRun): WatchResult['failed'] {
  if (answered > 0) return problems.map((reason) => ({ source, reason }));
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more requests that failed)` : '';
  return [{ source, reason: `no answer: ${problems[0] ?? 'nothing was asked'}${more}` }];
}

const byRank = (a: WatchCandidate, b: WatchCandidate) => b.score - a.score || b.date.localeCompare(a.date) || a.title.localeCompare(b.title);

export function judgeFindings(runs: readonly SourceRun[], known: readonly Pick<EntryFile, 'file' | 'frontMatter'>[]): WatchResult {
  const listed = listedOnHub(known);
  const found = runs.flatMap((run) => run.found);
  const skipped: WatchResult['skipped'] = [];
  const dropped = {
    notMedical: 0,
    quantizations: 0,
    unusable: runs.reduce((sum, run) => sum + run.unusable, 0),
    offTopic: runs.reduce((sum, run) => sum + (run.offTopic ?? 0), 0),
  };
  const kept: Found[] = [];
  for (const item of found) {
    if (!item.quantized) kept.push(item);
    else {
      // A quantization of a listed model is the list's model again; of any other, not a model of its own.
      const base = item.baseModels.map((id) => listed.models.get(id.toLowerCase())).find(Boolean);
      if (base) skipped.push({ title: item.title, duplicateOf: base.file, reason: `a quantization of ${base.id}, which ${base.file} has` });
      else dropped.quantizations++;
    }
  }
  const leads = leadsOf(kept);
  const medical = leads.filter((lead) => isMedical(ofLead(lead)));
  dropped.notMedical = leads.length - medical.length;
  // Best first, so that of two near-identical candidates the better one stays and names the other.
  const ranked = medical
    .map((lead) => {
      const ids = comparable(lead);
      return { ids, candidate: candidateOf(lead, ids, listed) };
    })
    .sort((a, b) => byRank(a.candidate, b.candidate));
  const index = duplicateIndex(known, ranked.map(({ ids }) => ids));
  const candidates: WatchCandidate[] = [];
  for (const { ids, candidate } of ranked) {
    const match = index.find(ids);
    if (match) skipped.push({ title: candidate.title, duplicateOf: match.file, reason: match.reason });
    else {
      index.add(candidate.url, ids);
      candidates.push(candidate);
    }
  }
  return {
    candidates,
    skipped,
    failed: runs.flatMap(failuresOf),
    dropped,
    runs: runs.map(({ source, requests, budget, answered, notAsked }) => ({ source, requests, budget, answered, notAsked })),
  };
}

/** Every source failed: nothing was watched, which is a failure, not "nothing new". */
export const everySourceFailed = (result: Pick<WatchResult, 'runs'>) => result.runs.every((run) => run.answered === 0);
