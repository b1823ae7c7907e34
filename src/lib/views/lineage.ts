/**
 * Model lineage: which family a base model belongs to, so that "Llama-2-70B", "Llama 2 70B" and
 * "meta-llama/Llama-2-70b-hf" are all Llama 2, under Llama. Known families are recognised by their
 * names' start, with the version that follows (not a size); any other base model stays under its own
 * name, without sizes and variant words.
 */
import type { Entry } from '../content/schema.ts';
import { slugify } from '../content/slug.ts';

export interface ModelFamily {
  /** "Llama 2", "Qwen 2.5", "DINOv2", "BioBERT" */
  name: string;
  /** The family above a versioned one: "Llama" for "Llama 2". */
  parent?: string;
  slug: string;
}

/** Name start, family name, and how a version joins it ("Llama" + " 2", "DINOv" + "2"). */
const FAMILIES: readonly [RegExp, string, string][] = [
  [/^llama/, 'Llama', ' '],
  [/^llava/, 'LLaVA', ' '],
  [/^qwen/, 'Qwen', ' '],
  [/^gemma/, 'Gemma', ' '],
  [/^gemini/, 'Gemini', ' '],
  [/^(?:flan-)?palm/, 'PaLM', ' '],
  [/^mistral/, 'Mistral', ' '],
  [/^mixtral/, 'Mixtral', ' '],
  [/^chatglm/, 'ChatGLM', ''],
  [/^phi/, 'Phi', '-'],
  [/^(?:flan-)?t5/, 'T5', ' '],
  [/^bert/, 'BERT', ' '],
  [/^vicuna/, 'Vicuna', ' '],
  [/^clip/, 'CLIP', ' '],
  [/^sam/, 'SAM', ' '],
  [/^dinov/, 'DINOv', ''],
  [/^baichuan/, 'Baichuan', ' '],
  [/^deepseek/, 'DeepSeek', ' '],
  [/^internlm/, 'InternLM', ' '],
  [/^gpt/, 'GPT', '-'],
];

/** Sizes and variant words that do not make another model: 70B, 7b, 345M, A3B, Instruct, Chat, hf... */
const NOT_A_NAME = /^(?:\d+(?:\.\d+)?[kmbt]|a\d+b|instruct|chat|base|hf|it|pt|v\d+(?:\.\d+)*)$/i;

/** The family of one base model's name. */
export function modelFamily(baseModel: string): ModelFamily {
  // A Hub id ("meta-llama/Llama-2-70b-hf") names the model after its owner; "CLIP ViT-L/14" is one name.
  const trimmed = baseModel.trim();
  const name = /^[\w.-]+\/([\w.-]+)$/.exec(trimmed)?.[1] ?? trimmed;
  const lower = name.toLowerCase();
  for (const [start, family, join] of FAMILIES) {
    const match = start.exec(lower);
    if (!match) continue;
    // A number right after the name is a version unless a size unit follows it (Llama-2-70B: 2; LLaMA-7B: none).
    const version = /^[-\s]?(\d+(?:\.\d+)?)(?!\d)(?![\d.]*[kmbt](?![a-z]))/.exec(lower.slice(match[0].length))?.[1];
    return version
      ? { name: `${family}${join}${version}`, parent: family, slug: slugify(`${family}${join}${version}`) }
      : { name: family, slug: slugify(family) };
  }
  const kept = name.split(/[-\s]+/).filter((part) => !NOT_A_NAME.test(part)).join('-') || name;
  return { name: kept, slug: slugify(kept) };
}

/** The families of an entry's base model field, which may name several ("Gemini 1.0 and Gemini 1.5"). */
export const baseFamilies = (baseModel: string | undefined): ModelFamily[] =>
  (baseModel ?? '')
    .split(/,|\band\b/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(modelFamily);

/** Letters, digits and dots, lower-cased: "Gemma-3" and "gemma 3" read the same. */
const nameKey = (text: string) => text.toLowerCase().replace(/\band\b|[^a-z0-9.]+/g, '');

/** The base model field as written, where it says more than its families' names (Llama-2-70B under Llama 2); nothing where it repeats them (Gemma 3). */
export function baseModelDetail(baseModel: string): string | undefined {
  return nameKey(baseModel) === nameKey(baseFamilies(baseModel).map((family) => family.name).join(' ')) ? undefined : baseModel;
}

export interface FamilyEntries {
  family: ModelFamily;
  /** Entries built on the family or on one of its versions, in the order given. */
  entries: Entry[];
  /** Versions of the family that entries name ("Llama 2" under "Llama"). */
  children: ModelFamily[];
}

/** Every family the entries are built on, parents included, by slug. `baseOf` gives an entry's base model (curated, else fetched). */
export function familiesOf(entries: readonly Entry[], baseOf: (entry: Entry) => string | undefined): Map<string, FamilyEntries> {
  const families = new Map<string, FamilyEntries>();
  const add = (family: ModelFamily, entry?: Entry) => {
    const known = families.get(family.slug) ?? { family, entries: [], children: [] };
    families.set(family.slug, known);
    if (entry && !known.entries.includes(entry)) known.entries.push(entry);
    return known;
  };
  for (const entry of entries) {
    for (const family of baseFamilies(baseOf(entry))) {
      add(family, entry);
      if (!family.parent) continue;
      const parent = add({ name: family.parent, slug: slugify(family.parent) }, entry);
      if (!parent.children.some((child) => child.slug === family.slug)) parent.children.push(family);
    }
  }
  return families;
}

/** For each entry named as an earlier version, the entries that name it, newest first (made once for all pages). */
export function laterVersionsBySlug(entries: readonly Entry[]): Map<string, Entry[]> {
  const later = new Map<string, Entry[]>();
  for (const entry of entries) {
    const earlier = entry.data.earlierVersion;
    if (!earlier) continue;
    const list = later.get(earlier);
    if (list) list.push(entry);
    else later.set(earlier, [entry]);
  }
  for (const list of later.values()) list.sort((a, b) => b.data.date.localeCompare(a.data.date));
  return later;
}

/** Entries built on this one: their base model is of the family its title names ("BioBERT" for BioBERT). */
export function builtOn(entry: Entry, families: ReadonlyMap<string, FamilyEntries>): Entry[] {
  return (families.get(modelFamily(entry.data.title).slug)?.entries ?? []).filter((other) => other !== entry);
}
