import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importReadme } from './readme-import.ts';
import { TitleIndex } from './title-index.ts';
import { foldText } from '../content/slug.ts';

// The rule the index must give the same answers for, applied to every pair.
const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
function scanTwin(titles: { file: string; title: string; summary?: string }[], title: string, summary?: string) {
  const name = words(title).join('');
  const set = new Set(words(`${title} ${summary ?? ''}`));
  return titles.find((other) => {
    if (name && name === words(other.title).join('')) return true;
    const otherSet = new Set(words(`${other.title} ${other.summary ?? ''}`));
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
  const added: typeof rows = [];
  let twins = 0;
  for (const row of rows) {
    const expected = scanTwin(added, row.title, row.summary);
    expect(index.twinOf(row), row.file).toBe(expected);
    if (expected) twins++;
    index.add(row.file, row);
    added.push(row);
  }
  expect(twins).toBeGreaterThan(10);
});
