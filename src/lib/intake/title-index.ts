/**
 * Near-identical titles among many, without comparing each with every other (20,000 imported rows
 * against each other took most of a minute). Two titles are near-identical when their names fold to
 * the same text, or when they share at least 90% of the words of name and summary (of the larger set).
 *
 * Word sets that share that many words share one among the first |set| - ceil(0.9·|set|) + 1 words of
 * each, in any fixed order of words ("prefix filtering", as similarity joins do); ordering the rarest
 * words first keeps the lists behind those words short.
 */
import { foldText } from '../content/slug.ts';

interface Titled {
  title: string;
  summary?: string;
}

interface TitleKey {
  file: string;
  /** Insertion order: of several twins, the first one added is named, as a scan in order would. */
  order: number;
  /** The name folded and run together: "Med-PaLM 2" and "MedPaLM 2" are one. */
  name: string;
  /** Words of the name and summary together. */
  words: Set<string>;
}

const wordsOf = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function nearlySame(a: Pick<TitleKey, 'name' | 'words'>, b: TitleKey): boolean {
  if (a.name && a.name === b.name) return true;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  return shared > 0 && shared / Math.max(a.words.size, b.words.size) >= 0.9;
}

export class TitleIndex {
  private readonly frequency = new Map<string, number>();
  private readonly byName = new Map<string, TitleKey>();
  private readonly byWord = new Map<string, TitleKey[]>();
  private count = 0;

  /** `vocabulary`: every title that will be added or looked up, for the order of words (rarest first). */
  constructor(vocabulary: readonly Titled[]) {
    for (const titled of vocabulary) for (const word of this.keyOf(titled).words) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
  }

  private keyOf({ title, summary }: Titled) {
    return { name: wordsOf(title).join(''), words: new Set(wordsOf(`${title} ${summary ?? ''}`)) };
  }

  private prefix(words: Set<string>): string[] {
    const rarity = (word: string) => this.frequency.get(word) ?? 0;
    const ordered = [...words].sort((a, b) => rarity(a) - rarity(b) || (a < b ? -1 : a > b ? 1 : 0));
    return ordered.slice(0, words.size - Math.ceil((9 * words.size) / 10) + 1);
  }

  add(file: string, titled: Titled) {
    const key: TitleKey = { file, order: this.count++, ...this.keyOf(titled) };
    if (key.name && !this.byName.has(key.name)) this.byName.set(key.name, key);
    for (const word of this.prefix(key.words)) {
      const list = this.byWord.get(word);
      if (list) list.push(key);
      else this.byWord.set(word, [key]);
    }
  }

  /** The file of the first title added that is near-identical to this one, if any. */
  twinOf(titled: Titled): string | undefined {
    const key = this.keyOf(titled);
    const candidates = new Set<TitleKey>(key.name && this.byName.has(key.name) ? [this.byName.get(key.name)!] : []);
    for (const word of this.prefix(key.words)) for (const other of this.byWord.get(word) ?? []) candidates.add(other);
    let first: TitleKey | undefined;
    for (const other of candidates) if ((!first || other.order < first.order) && nearlySame(key, other)) first = other;
    return first?.file;
  }
}
