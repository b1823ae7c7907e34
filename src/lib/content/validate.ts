/**
 * `npm run validate`: every entry file on its own (the file, its front matter, the shared schema),
 * then across entries (the same slug, paper, Semantic Scholar id, Hub id or repository twice).
 * Each finding names the file, the line, the field and the fix.
 */
import { parseEntryFile } from './entry-parse.ts';
import { arxivIdFromUrl, paperKey } from './identifiers.ts';
import { similarInstitutes } from './institutes.ts';
import { ARITHMETIC_FIX, fractionsAmongPercentages, resultArithmetic } from './result-arithmetic.ts';
import type { BenchmarkLookup } from './benchmarks.ts';
import type { ParsedEntryFile } from './entry-parse.ts';
import { missingPaperMetadata } from './paper-metadata.ts';
import { ACCESS_LEVELS, MODALITIES, MODEL_SECTIONS, SECTIONS, SLUG_PATTERN, SPECIALTIES, TASKS, createEntrySchema, type Entry, type EntrySchemaOptions, type Institute, type Section } from './schema.ts';
import { foldText, isWindowsDeviceName, slugify } from './slug.ts';
import { titleKey, withYear } from './same-name.ts';
import { SPDX_IDS } from './spdx-ids.ts';

type Severity = 'error' | 'warning';

export interface Finding {
  file: string;
  line: number;
  field: string;
  severity: Severity;
  message: string;
}

export const formatFinding = ({ file, line, field, severity, message }: Finding) =>
  `${file}:${line}: ${field}: ${severity === 'warning' ? 'warning: ' : ''}${message}`;

// GitHub's workflow commands: the message escapes %, CR and LF; a property value also : and , (which
// would end it), so a file name or a field cannot smuggle in another property or a second command.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions annotation, so a pull request shows the finding on the line. */
export const githubAnnotation = ({ file, line, field, severity, message }: Finding) =>
  `::${severity} file=${escapeProperty(file)},line=${line},title=${escapeProperty(field)}::${escapeData(message)}`;

/** Notes are a few paragraphs; a page of them is what a link is for (and every page and the search index carry them). */
const MAX_NOTES_CHARS = 20_000;

/** An entry file to check, or a symbolic link found where entries are read (refused, never followed). */
export type EntryFileInput =
  | {
      /** Path as shown in messages: content/<section>/<slug>.md */
      file: string;
      bytes: Uint8Array;
    }
  | { file: string; symlink: true };

/** Followed, a link would have the build read and publish any file it can reach. */
export const SYMLINK_REFUSAL = 'this is a symbolic link, which content/ may not hold and is never followed (replace the symlink with the file or folder itself)';
export const symlinkFinding = (file: string): Finding => ({ file, line: 1, field: '(file)', severity: 'error', message: SYMLINK_REFUSAL });

/** A valid entry with where it came from, for cross-entry checks and their line numbers. */
export interface LocatedEntry {
  entry: Entry;
  lineOf(path: readonly PropertyKey[]): number;
}

const fieldName = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(front matter)');

function sectionAndSlug(file: string): { section?: Section; slug: string } {
  const parts = file.split(/[\\/]/);
  const name = parts.at(-1)!.replace(/\.md$/, '');
  const section = parts.at(-2) as Section;
  return { section: SECTIONS.includes(section) ? section : undefined, slug: name };
}

/** Words of a title for comparing two titles: folded, without short words. */
function titleWords(title: string): Set<string> {
  return new Set(foldText(title).split(/[^a-z0-9]+/).filter((word) => word.length >= 3));
}

/** How much of `reference` (Semantic Scholar's title) the entry's words cover, from 0 to 1. */
function titleResemblance(reference: string, candidate: string): number {
  const wanted = titleWords(reference);
  if (wanted.size === 0) return 1;
  const have = titleWords(candidate);
  return [...wanted].filter((word) => have.has(word)).length / wanted.size;
}

/** Below this share of Semantic Scholar's title words, an id probably names another paper. */
const TITLE_RESEMBLANCE = 0.3;

/** What validate knows of papers from the last metrics refresh: Semantic Scholar's titles. */
export type KnownPapers = Readonly<Record<string, { title?: string }>>;

/** Warnings about an entry that is valid: plain http, papers without an id, arXiv ids that disagree, titles that do not match, model facts left out. */
function entryWarnings({ entry, lineOf }: LocatedEntry, file: string, knownPapers: KnownPapers): Finding[] {
  const warn = (path: PropertyKey[], message: string): Finding => ({ file, line: lineOf(path), field: fieldName(path), severity: 'warning', message });
  const found: Finding[] = [];
  const { papers, links } = entry.data;
  papers.forEach((paper, i) => {
    if (paper.url.startsWith('http://')) found.push(warn(['papers', i, 'url'], `${paper.url} is plain http (use https:// if the site has it)`));
    if (!paper.semanticScholar) {
      const arxiv = arxivIdFromUrl(paper.url);
      found.push(warn(['papers', i], `no semanticScholar id, so its citations are not counted (add one${arxiv ? `: semanticScholar: ARXIV:${arxiv}` : ', e.g. CorpusID:… from semanticscholar.org'})`));
    }
    const idArxiv = /^ARXIV:(.+)$/.exec(paper.semanticScholar ?? '')?.[1];
    const urlArxiv = arxivIdFromUrl(paper.url);
    if (idArxiv && urlArxiv && idArxiv !== urlArxiv) {
      found.push(warn(['papers', i, 'semanticScholar'], `ARXIV:${idArxiv} and the URL's arXiv id ${urlArxiv} disagree (one of them points to another paper)`));
    }
    const missing = missingPaperMetadata(paper);
    if (missing.length) {
      found.push(
        warn(['papers', i], `no ${missing.join(' or ')} of the paper, so its citation is a @misc about the entry (copy them from ${paper.url} as printed: title: "…", authors: [Given Family, …])`),
      );
    }
    const known = paper.semanticScholar ? knownPapers[paper.semanticScholar]?.title : undefined;
    const ours = paper.title ?? [entry.data.title, entry.data.summary].filter(Boolean).join(': ');
    if (known && titleResemblance(known, ours) < TITLE_RESEMBLANCE) {
      found.push(
        warn(['papers', i, 'semanticScholar'], `Semantic Scholar's title for ${paper.semanticScholar} is "${known}", which does not resemble "${ours}" (a wrong or swapped id?)`),
      );
    }
  });
  links.forEach((link, i) => {
    if (link.url.startsWith('http://')) found.push(warn(['links', i, 'url'], `${link.url} is plain http (use https:// if the site has it)`));
  });
  if (MODEL_SECTIONS.has(entry.section)) {
    const { access, license, modalities, specialties, tasks } = entry.data;
    if (!access) found.push(warn(['access'], `a model entry says how it can be used: access: ${ACCESS_LEVELS.filter((level) => level !== 'unknown').join(', ')} (read it on the model card, repository or paper), or unknown with an accessNote giving the reason`));
    if (!license) found.push(warn(['license'], 'a model entry says under which licence its weights come: license: an SPDX id like Apache-2.0, a named licence like llama-3-community, or unknown with a licenseNote giving the reason (read it on the model card or repository)'));
    if (!modalities.length) found.push(warn(['modalities'], `a model entry says what it takes in, like modalities: [text, image] (one or more of ${MODALITIES.join(', ')})`));
    if (!specialties.length) found.push(warn(['specialties'], `a model entry says which fields it serves, like specialties: [radiology] (one or more of ${SPECIALTIES.join(', ')})`));
    if (!tasks.length) found.push(warn(['tasks'], `a model entry says what it does, main task first, like tasks: [question-answering] (one or more of ${TASKS.join(', ')})`));
  }
  return found;
}

/**
 * The same slug, title, paper, Semantic Scholar id, Hub id or repository in two entries: an error on the
 * later one, naming the first. Shared by validate and the site build. Two models of one name are two
 * entries, told apart by the year in the later one's title (same-name.ts).
 */
export function duplicateFindings(located: readonly LocatedEntry[]): Finding[] {
  const firstSeen = new Map<string, { file: string; field: string }>();
  const found: Finding[] = [];
  for (const { entry, lineOf } of located) {
    const file = entry.file ?? `${entry.section}/${entry.slug}.md`;
    const keys: [key: string, path: PropertyKey[], what: string, fix: string][] = [
      [`slug ${entry.slug}`, [], `the slug "${entry.slug}"`, 'rename one of the files'],
      [
        `title ${titleKey(entry.data.title)}`,
        ['title'],
        `the title "${entry.data.title}"`,
        `two models of one name are told apart by the later one's year: title: "${withYear(entry.data.title, entry.data.date)}", in ${slugify(withYear(entry.data.title, entry.data.date))}.md (or merge the two if they are one model)`,
      ],
      ...entry.data.papers.map((paper, i): [string, PropertyKey[], string, string] => [`paper ${paperKey(paper.url)}`, ['papers', i, 'url'], 'the same paper', 'merge the two entries or correct the URL']),
      ...entry.data.papers.flatMap((paper, i): [string, PropertyKey[], string, string][] =>
        paper.semanticScholar ? [[`s2 ${paper.semanticScholar}`, ['papers', i, 'semanticScholar'], `the Semantic Scholar id ${paper.semanticScholar}`, 'one of the two ids is wrong']] : [],
      ),
      ...entry.data.huggingface.map((id, i): [string, PropertyKey[], string, string] => [`hf ${id.toLowerCase()}`, ['huggingface', i], `the Hub id ${id}`, 'a model belongs to one entry']),
      ...entry.data.github.map((repo, i): [string, PropertyKey[], string, string] => [`gh ${repo.toLowerCase()}`, ['github', i], `the repository ${repo}`, 'a repository belongs to one entry']),
    ];
    for (const [key, path, what, fix] of keys) {
      const earlier = firstSeen.get(key);
      if (earlier) {
        found.push({ file, line: lineOf(path), field: fieldName(path), severity: 'error', message: `${what} is also in ${earlier.file} (${earlier.field}); ${fix}` });
      } else firstSeen.set(key, { file, field: fieldName(path) });
    }
  }
  return found;
}

/**
 * Each result on a metric that counts items: its value a whole count of its variant's items at the
 * decimals it is printed with, its standard error fitting both. Results left unchecked are counted by
 * reason in `skipped`, which validate prints.
 */
function arithmeticFindings(entry: Entry, file: ParsedEntryFile, path: string, benchmarks: BenchmarkLookup, skipped: Map<string, number>): Finding[] {
  return entry.data.results.flatMap((result, i) => {
    const benchmark = benchmarks.get(result.benchmark);
    if (!benchmark) return [];
    const printed = { value: file.numberText(['results', i, 'value']) ?? String(result.value), stderr: file.numberText(['results', i, 'stderr']) };
    const { problems, skipped: reason } = resultArithmetic(result, benchmark, printed);
    if (reason) skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
    return problems.map(({ field, message }) => ({ file: path, line: file.lineOf(['results', i, field]), field: `results.${i}.${field}`, severity: 'error' as const, message }));
  });
}

/** A percentage written as a fraction (0.548 where the benchmark's other values are tens), across entries. */
function unitFindings(located: readonly LocatedEntry[], benchmarks: BenchmarkLookup): Finding[] {
  const byBenchmark = new Map<string, { value: number; at: LocatedEntry; index: number }[]>();
  for (const at of located) {
    at.entry.data.results.forEach((result, index) => {
      const metric = benchmarks.get(result.benchmark)?.metrics.find((m) => m.id === result.metric);
      if (metric?.unit !== '%' || result.flags.includes('source-inconsistent')) return;
      const values = byBenchmark.get(result.benchmark) ?? [];
      if (!values.length) byBenchmark.set(result.benchmark, values);
      values.push({ value: result.value, at, index });
    });
  }
  return [...byBenchmark].flatMap(([benchmark, values]) =>
    fractionsAmongPercentages(values).map(({ item: { value, at, index }, median }) => {
      const path = ['results', index, 'value'];
      return {
        file: at.entry.file ?? '',
        line: at.lineOf(path),
        field: fieldName(path),
        severity: 'error' as const,
        message: `${value} reads as a fraction in a percent metric, where ${benchmark}'s other values are tens (their median is ${Number(median.toPrecision(6))}): write it in percent, ${Number((value * 100).toPrecision(12))} (${ARITHMETIC_FIX})`,
      };
    }),
  );
}

/** An earlierVersion must name another entry of the list. */
function versionFindings(located: readonly LocatedEntry[]): Finding[] {
  const slugs = new Set(located.map(({ entry }) => entry.slug));
  return located.flatMap(({ entry, lineOf }) => {
    const earlier = entry.data.earlierVersion;
    if (earlier === undefined || (slugs.has(earlier) && earlier !== entry.slug)) return [];
    const message = earlier === entry.slug ? 'earlierVersion names this entry itself (name the entry of the earlier version)' : `earlierVersion "${earlier}" is no entry's slug (the earlier entry's file name without .md)`;
    return [{ file: entry.file ?? '', line: lineOf(['earlierVersion']), field: 'earlierVersion', severity: 'error' as const, message }];
  });
}

export function validateEntryFiles(inputs: readonly EntryFileInput[], { knownPapers = {}, ...options }: EntrySchemaOptions & { knownPapers?: KnownPapers }) {
  const schema = createEntrySchema({ spdxIds: SPDX_IDS, ...options });
  const findings: Finding[] = [];
  const located: LocatedEntry[] = [];
  /** Results on a counting metric that could not be checked, by reason. */
  const skippedArithmetic = new Map<string, number>();
  for (const input of inputs) {
    const { file } = input;
    if ('symlink' in input) {
      findings.push(symlinkFinding(file));
      continue;
    }
    const { section, slug } = sectionAndSlug(file);
    if (!section) {
      findings.push({ file, line: 1, field: '(file)', severity: 'error', message: `entries live in content/<section>/, with a section of ${SECTIONS.join(', ')}` });
      continue;
    }
    if (!SLUG_PATTERN.test(slug)) {
      findings.push({ file, line: 1, field: '(file name)', severity: 'error', message: `"${slug}" is not lowercase kebab-case (rename the file to ${slugify(slug)}.md)` });
    } else if (isWindowsDeviceName(slug)) {
      findings.push({ file, line: 1, field: '(file name)', severity: 'error', message: `"${slug}" is a name Windows keeps for a device, so the file cannot be checked out there (rename the file to ${slugify(slug)}.md)` });
    }
    const parsed = parseEntryFile(input.bytes);
    if (!parsed.ok) {
      findings.push({ file, ...parsed.problem, severity: 'error' });
      continue;
    }
    const result = schema.safeParse(parsed.file.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        findings.push({ file, line: parsed.file.lineOf(path), field: fieldName(path), severity: 'error', message: issue.message });
      }
      continue;
    }
    if (parsed.file.body.length > MAX_NOTES_CHARS) {
      findings.push({ file, line: parsed.file.bodyLine, field: '(notes)', severity: 'error', message: `the notes below the front matter have ${parsed.file.body.length.toLocaleString('en-US')} characters, over the ${MAX_NOTES_CHARS.toLocaleString('en-US')} an entry may have (keep a few paragraphs; link to a page for more)` });
      continue;
    }
    const entry: Entry = { slug, section, data: result.data, body: parsed.file.body, file };
    const here = { entry, lineOf: parsed.file.lineOf };
    located.push(here);
    findings.push(...entryWarnings(here, file, knownPapers));
    if (options.benchmarks) findings.push(...arithmeticFindings(entry, parsed.file, file, options.benchmarks, skippedArithmetic));
  }
  findings.push(...duplicateFindings(located), ...versionFindings(located), ...(options.benchmarks ? unitFindings(located, options.benchmarks) : []));
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { findings, entries: located.map(({ entry }) => entry), located, skippedArithmetic };
}

/** Warnings about the institutes registry itself: two institutes whose names read alike, at the later one's line. */
export function registryFindings(registry: readonly Institute[], text: string, file: string): Finding[] {
  const lines = text.split('\n');
  const lineOf = (name: string) => lines.findIndex((line) => /^- name: /.test(line) && line.slice('- name: '.length).replace(/^["']|["']$/g, '') === name) + 1 || 1;
  return similarInstitutes(registry).map(({ institute, other, names: [name, otherName] }) => ({
    file,
    line: lineOf(institute),
    field: 'name',
    severity: 'warning',
    message: `"${name}" (${institute}) reads like "${otherName}" (${other}): if they are one institute, keep one entry and make the other name an alias`,
  }));
}
