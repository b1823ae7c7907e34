/**
 * The entry format, a public contract: contributors write these files by hand, so every rule here
 * answers with a message that says what is wrong and how to fix it. Astro's content config and the
 * Node scripts import this one module.
 */
import { z } from 'zod';
import { resultsSchema, type BenchmarkLookup } from './benchmarks.ts';
import { paperMetadataFields } from './paper-metadata.ts';
import { licenseField, licenseNoteField, licenseNoteProblem } from './license.ts';
import { parametersField } from './parameter-size.ts';
import { httpUrl, listOf, requiredText, strictObject } from './schema-fields.ts';
import { ACCESS_LEVELS, MODALITIES, SLUG_PATTERN, SPECIALTIES, TASKS, type Section } from './vocabulary.ts';
export { SECTION_INFO } from './labels.ts';
export { ACCESS_LABELS, ACCESS_LEVELS, MODALITIES, SECTIONS, SLUG_PATTERN, SPECIALTIES, SPECIALTY_LABELS, TASKS, TASK_LABELS, type Section, type Specialty, type Task } from './vocabulary.ts';
/** Sections of models (rather than papers about them): their entries carry access, modalities and specialties. */
export const MODEL_SECTIONS: ReadonlySet<Section> = new Set(['llms', 'vision', 'other-modalities']);


const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const SEMANTIC_SCHOLAR_ID_PATTERN =
  /^(?:CorpusID:\d+|ARXIV:(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})|DOI:10\.\d{4,9}\/\S+|PMID:\d+|ACL:[A-Za-z0-9.-]+)$/;
export const HUGGINGFACE_ID_PATTERN = /^(?:(?:datasets|spaces)\/)?[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/;
export const GITHUB_REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[\w.-]+$/;

/** The current month as YYYY-MM in UTC; entries may not be dated after it. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The checks every URL of an entry gets, for URLs that come from elsewhere (the weekly watch's sources). */
export const entryUrlSchema = httpUrl('url');

const idPattern = (field: string, pattern: RegExp, shape: string) =>
  z
    .string({ error: `${field} must be text like ${shape}` })
    .trim()
    .regex(pattern, {
      error: (issue) => `${field} "${String(issue.input)}" is not in the form ${shape}`,
    });

/** Ids copied from a template rather than a real paper: CorpusID:12345678, CorpusID:0, CorpusID:11111111. */
export function isPlaceholderId(id: string): boolean {
  const digits = /^CorpusID:(\d+)$/.exec(id)?.[1];
  return digits !== undefined && (digits === '12345678' || /^0+$/.test(digits) || /^(\d)\1{3,}$/.test(digits));
}

const semanticScholarIdSchema = idPattern(
  'semanticScholar',
  SEMANTIC_SCHOLAR_ID_PATTERN,
  'CorpusID:265456229, ARXIV:2311.16079, DOI:10.1038/..., PMID:12345 or ACL:2020.clinicalnlp-1.17',
).refine((id) => !isPlaceholderId(id), {
  error: (issue) => `semanticScholar ${String(issue.input)} is the template's placeholder (find the paper's real id on semanticscholar.org, or leave the field out)`,
});
const huggingfaceIdSchema = idPattern(
  'huggingface',
  HUGGINGFACE_ID_PATTERN,
  'owner/name (models), datasets/owner/name or spaces/owner/name',
);
const githubRepoSchema = idPattern('github', GITHUB_REPO_PATTERN, 'owner/repo, like epfLLM/meditron');

const paperSchema = strictObject(
  {
    url: httpUrl('url'),
    ...paperMetadataFields,
    semanticScholar: semanticScholarIdSchema.optional(),
  },
  'a paper',
);

const linkSchema = strictObject(
  {
    label: requiredText('label', 'Blog'),
    url: httpUrl('url'),
  },
  'a link',
);

/** What the schema needs to know of the institutes registry to check names. */
export interface InstituteLookup {
  has(nameOrAlias: string): boolean;
  suggest(nameOrAlias: string): string[];
}

export interface EntrySchemaOptions {
  /** Check institute names against the registry; without it any non-empty name passes. */
  institutes?: InstituteLookup;
  /** Check results against the benchmark registry; without it only their shape is checked. */
  benchmarks?: BenchmarkLookup;
  /** "Now" for the no-future-date rule; tests pin it. */
  now?: Date;
  /** Check SPDX licence ids against this list (spdx-ids.ts); without it only their shape is checked. */
  spdxIds?: readonly string[];
}

export function createEntrySchema({ institutes, benchmarks, now = new Date(), spdxIds }: EntrySchemaOptions = {}) {
  const latestMonth = monthOf(now);
  const month = z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'date is required: the publication month as YYYY-MM, like date: 2023-11'
          : 'date must be a month written YYYY-MM, like date: 2023-11',
    })
    .trim()
    .superRefine((value, ctx) => {
      const match = MONTH_PATTERN.exec(value);
      const monthNumber = match ? Number(match[2]) : 0;
      if (!match || monthNumber < 1 || monthNumber > 12) {
        ctx.addIssue({ code: 'custom', message: `date "${value}" is not a real month: write YYYY-MM, like 2023-11` });
      } else if (value > latestMonth) {
        ctx.addIssue({ code: 'custom', message: `date ${value} lies in the future (latest allowed is ${latestMonth})` });
      }
    });

  const institute = requiredText('institutes', '[EPFL]').superRefine((name, ctx) => {
    if (!institutes || institutes.has(name)) return;
    const suggestions = institutes.suggest(name);
    ctx.addIssue({
      code: 'custom',
      message: suggestions.length
        ? `unknown institute "${name}" (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}? Otherwise add it to content/institutes.yaml)`
        : `unknown institute "${name}" (add it to content/institutes.yaml, with its aliases and parent if it has them)`,
    });
  });

  return strictObject(
    {
      title: requiredText('title', 'MEDITRON-70B'),
      summary: z.string({ error: 'summary must be text' }).trim().min(1).optional(),
      date: month,
      institutes: listOf(institute, 'institutes', 'EPFL').refine((list) => list.length > 0, {
        error: 'institutes needs at least one name, like institutes: [EPFL]',
      }),
      papers: listOf(paperSchema, 'papers', '{ url: https://arxiv.org/abs/2311.16079 }').default([]),
      huggingface: listOf(huggingfaceIdSchema, 'huggingface', 'epfl-llm/meditron-70b').default([]),
      github: listOf(githubRepoSchema, 'github', 'epfLLM/meditron').default([]),
      links: listOf(linkSchema, 'links', '{ label: Blog, url: https://example.org/post }').default([]),
      access: z
        .enum(ACCESS_LEVELS, { error: (issue) => `access "${String(issue.input)}" is not one of ${ACCESS_LEVELS.join(', ')}` })
        .optional(),
      accessNote: z
        .string({ error: 'accessNote must be text, like "no weights, API or release named in the paper or the repository"' })
        .trim()
        .min(1)
        .optional(),
      withdrawn: month.optional(),
      license: licenseField(spdxIds).optional(),
      licenseNote: licenseNoteField().optional(),
      baseModel: z.string({ error: 'baseModel must be text, like Llama-2-70B' }).trim().min(1).optional(),
      parameters: parametersField().optional(),
      modalities: listOf(
        z.enum(MODALITIES, { error: (issue) => `modality "${String(issue.input)}" is not one of ${MODALITIES.join(', ')}` }),
        'modalities',
        'text, image',
      )
        .default([]),
      specialties: listOf(
        z.enum(SPECIALTIES, { error: (issue) => `specialty "${String(issue.input)}" is not one of ${SPECIALTIES.join(', ')}` }),
        'specialties',
        'radiology',
      )
        .default([]),
      tasks: listOf(
        z.enum(TASKS, { error: (issue) => `task "${String(issue.input)}" is not one of ${TASKS.join(', ')}` }),
        'tasks',
        'question-answering',
      )
        .default([]),
      earlierVersion: z
        .string({ error: 'earlierVersion must be the slug of an entry, like medgemma' })
        .regex(SLUG_PATTERN, { error: (issue) => `earlierVersion "${String(issue.input)}" is not a slug (the earlier entry's file name without .md, like medgemma)` })
        .optional(),
      venue: z.string({ error: 'venue must be text, like Findings of ACL 2024' }).trim().min(1).optional(),
      results: resultsSchema(benchmarks),
    },
    'the front matter',
  ).superRefine(({ license, licenseNote, access, accessNote }, ctx) => {
    const problem = licenseNoteProblem(license, licenseNote);
    if (problem) ctx.addIssue({ code: 'custom', path: ['license'], message: problem });
    if (access === 'unknown' && accessNote === undefined) {
      ctx.addIssue({ code: 'custom', path: ['access'], message: 'access: unknown needs an accessNote with the reason, like "no weights, API or release named in the paper or the repository"' });
    }
  });
}

export type EntryData = z.output<ReturnType<typeof createEntrySchema>>;
export type EntryInput = z.input<ReturnType<typeof createEntrySchema>>;
export type Paper = z.output<typeof paperSchema>;
export type Link = z.output<typeof linkSchema>;

/** An entry as the site and scripts use it: its data plus where it lives. */
export interface Entry {
  slug: string;
  section: Section;
  data: EntryData;
  /** Free Markdown notes below the front matter, if any. */
  body: string;
  /** The entry's file, relative to the project, where it is known (scripts; not the site). */
  file?: string;
}

const instituteSchema = strictObject(
  {
    name: requiredText('name', 'Google DeepMind'),
    aliases: listOf(requiredText('aliases', 'DeepMind'), 'aliases', 'DeepMind').default([]),
    parent: requiredText('parent', 'Google').optional(),
    url: httpUrl('url').optional(),
  },
  'an institute',
);

export type Institute = z.output<typeof instituteSchema>;

const fold = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** content/institutes.yaml: each institute once, aliases unique, parents known and acyclic. */
export const instituteRegistrySchema = z
  .array(instituteSchema, { error: 'content/institutes.yaml must be a list of institutes (- name: ...)' })
  .superRefine((registry, ctx) => {
    const owner = new Map<string, string>();
    registry.forEach((institute, index) => {
      for (const [field, name] of [['name', institute.name], ...institute.aliases.map((a) => ['aliases', a])] as const) {
        const key = fold(name);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== institute.name) {
          ctx.addIssue({
            code: 'custom',
            path: [index, field],
            message: `"${name}" is already used by the institute "${previous}" (each name and alias may appear once)`,
          });
        }
        owner.set(key, institute.name);
      }
    });
    const byName = new Map(registry.map((institute) => [institute.name, institute]));
    registry.forEach((institute, index) => {
      if (institute.parent === undefined) return;
      if (!byName.has(institute.parent)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'parent'],
          message: `parent "${institute.parent}" of "${institute.name}" is not an institute name in the registry (use the name, not an alias)`,
        });
        return;
      }
      const seen = new Set([institute.name]);
      for (let up = byName.get(institute.parent); up; up = up.parent ? byName.get(up.parent) : undefined) {
        if (seen.has(up.name)) {
          ctx.addIssue({ code: 'custom', path: [index, 'parent'], message: `"${institute.name}" is its own ancestor` });
          break;
        }
        seen.add(up.name);
      }
    });
  });

export { fold as foldInstituteName };
