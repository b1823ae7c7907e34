import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importReadme } from './readme-import.ts';
import { TitleIndex } from './title-index.ts';
import { foldText } from '../content/slug.ts';

// The rule the index must give the same answers for, applied to every pair: of different years, name and summary must match.
const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const yearSuffix = / ?\((\d{4})\)$/;
const nameOf = (title: string) => title.replace(yearSuffix, '');
const yearOf = ({ title, date }: { title: string; date?: string | number }) => yearSuffix.exec(title)?.[1] ?? (date === undefined ? undefined : String(date).slice(0, 4));
interface Row {
  file: string;
  title: string;
  summary?: string;
  date?: string | number;
}
function scanTwin(titles: Row[], row: Omit<Row, 'file'>) {
  const name = words(nameOf(row.title)).join('');
  const set = new Set(words(`${nameOf(row.title)} ${row.summary ?? ''}`));
  return titles.find((other) => {
    const yearsDiffer = yearOf(row) && yearOf(other) && yearOf(row) !== yearOf(other);
    if (yearsDiffer && !(row.summary?.trim() && other.summary?.trim())) return false;
    if (!yearsDiffer && name && name === words(nameOf(other.title)).join('')) return true;
    const otherSet = new Set(words(`${nameOf(other.title)} ${other.summary ?? ''}`));
    const shared = [...set].filter((word) => otherSet.has(word)).length;
    return shared > 0 && shared / Math.max(set.size, otherSet.size) >= 0.9;
  })?.file;
}

it('finds the same near-identical titles as a scan of every pair, on real lists', () => {
  const dir = 'test/fixtures/lists';
  const rows = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .flatMap((name) => importReadme(readFileSync(join(dir, name), 'utf8')).entries.map((entry) => ({ file: `${name}:${entry.line}`, ...entry.data })));
  expect(rows.length).toBeGreaterThan(500);
  const index = new TitleIndex(rows);
  const added: Row[] = [];
  let twins = 0;
  for (const row of rows) {
    const expected = scanTwin(added, row);
    expect(index.twinOf(row), row.file).toBe(expected);
    if (expected) twins++;
    index.add(row.file, row);
    added.push(row);
  }
  expect(twins).toBeGreaterThan(10);
});
