/**
 * Near-identical titles among many, without comparing each with every other (20,000 imported rows
 * against each other took most of a minute). Two titles are near-identical when their names fold to
 * the same text, or when they share at least 90% of the words of name and summary (of the larger set).
 * Of different years, the name alone does not make them one (a 2026 model may share its name with a 2024
 * entry, `../content/same-name.ts`): both must have a summary, and name and summary together must match.
 * The year is the title's own ("MedX (2026)") or its date's.
 *
 * Word sets that share that many words share one among the first |set| - ceil(0.9·|set|) + 1 words of
 * each, in any fixed order of words ("prefix filtering", as similarity joins do); ordering the rarest
 * words first keeps the lists behind those words short.
 */
import { foldText } from '../content/slug.ts';
import { nameAndYear, titleKey, yearOf } from '../content/same-name.ts';

interface Titled {
  title: string;
  summary?: string;
  /** The entry's date (2024, "2024-05"), for its year. */
  date?: unknown;
}

interface TitleKey {
  file: string;
  /** Insertion order: of several twins, the first one added is named, as a scan in order would. */
  order: number;
  /** The name folded and run together: "Med-PaLM 2" and "MedPaLM 2" are one. */
  name: string;
  /** Words of the name and summary together. */
  words: Set<string>;
  year?: number;
  /** Whether it has a summary: of different years, a name alone says too little. */
  described: boolean;
}

const wordsOf = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function nearlySame(a: Omit<TitleKey, 'file' | 'order'>, b: TitleKey): boolean {
  const yearsDiffer = a.year !== undefined && b.year !== undefined && a.year !== b.year;
  if (yearsDiffer && !(a.described && b.described)) return false;
  if (!yearsDiffer && a.name && a.name === b.name) return true;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  return shared > 0 && shared / Math.max(a.words.size, b.words.size) >= 0.9;
}

export class TitleIndex {
  private readonly frequency = new Map<string, number>();
  /** The first title added of each name in each year (undefined: undated): a few per name, however many rows share it. */
  private readonly byName = new Map<string, Map<number | undefined, TitleKey>>();
  private readonly byWord = new Map<string, TitleKey[]>();
  private count = 0;

  /** `vocabulary`: every title that will be added or looked up, for the order of words (rarest first). */
  constructor(vocabulary: readonly Titled[]) {
    for (const titled of vocabulary) for (const word of this.keyOf(titled).words) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
  }

  private keyOf({ title, summary, date }: Titled) {
    const { name, year = yearOf(date) } = nameAndYear(title);
    return { name: titleKey(name), words: new Set(wordsOf(`${name} ${summary ?? ''}`)), year, described: Boolean(summary?.trim()) };
  }

  private prefix(words: Set<string>): string[] {
    const rarity = (word: string) => this.frequency.get(word) ?? 0;
    const ordered = [...words].sort((a, b) => rarity(a) - rarity(b) || (a < b ? -1 : a > b ? 1 : 0));
    return ordered.slice(0, words.size - Math.ceil((9 * words.size) / 10) + 1);
  }

  add(file: string, titled: Titled) {
    const key: TitleKey = { file, order: this.count++, ...this.keyOf(titled) };
    if (key.name) {
      const byYear = this.byName.get(key.name) ?? new Map<number | undefined, TitleKey>();
      if (!byYear.has(key.year)) byYear.set(key.year, key);
      this.byName.set(key.name, byYear);
    }
    for (const word of this.prefix(key.words)) {
      const list = this.byWord.get(word);
      if (list) list.push(key);
      else this.byWord.set(word, [key]);
    }
  }

  /** The file of the first title added that is near-identical to this one, if any. */
  twinOf(titled: Titled): string | undefined {
    const key = this.keyOf(titled);
    const candidates = new Set<TitleKey>(key.name ? (this.byName.get(key.name)?.values() ?? []) : []);
    for (const word of this.prefix(key.words)) for (const other of this.byWord.get(word) ?? []) candidates.add(other);
    let first: TitleKey | undefined;
    for (const other of candidates) if ((!first || other.order < first.order) && nearlySame(key, other)) first = other;
    return first?.file;
  }
}
