/** The committed content: every entry valid against the shared schema and the institutes registry. */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEntries } from '../src/lib/content/content-files.ts';
import type { InstituteIndex } from '../src/lib/content/institutes.ts';
import { MODEL_SECTIONS, SLUG_PATTERN, type Entry } from '../src/lib/content/schema.ts';
import { duplicateFindings, formatFinding } from '../src/lib/content/validate.ts';
import { paperKey } from '../src/lib/content/identifiers.ts';

describe('committed content', () => {
  let institutes: InstituteIndex;
  let entries: Entry[];

  beforeAll(async () => {
    const result = await readEntries('content');
    expect(result.errors.map(formatFinding)).toEqual([]);
    ({ entries, institutes } = result);
  });

  it('is a list worth reading: 150 entries or more, 40 vision models, and every year from 2019 to 2026', () => {
    const count = (section: string) => entries.filter((e) => e.section === section).length;
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(count('vision')).toBeGreaterThanOrEqual(40);
    expect(count('llms')).toBeGreaterThanOrEqual(60);
    expect(count('surveys') + count('articles')).toBeGreaterThanOrEqual(20);
    const years = new Set(entries.map((e) => Number(e.data.date.slice(0, 4))));
    for (let year = 2019; year <= 2026; year++) expect(years, `no entry from ${year}`).toContain(year);
  });

  it('states access, modalities and specialties on every model entry, access left out only where SOURCES.md says why', async () => {
    const models = entries.filter((entry) => MODEL_SECTIONS.has(entry.section));
    expect(models.filter((entry) => !entry.data.modalities.length || !entry.data.specialties.length).map((e) => e.slug)).toEqual([]);
    const sources = await readFile('content/SOURCES.md', 'utf8');
    const withoutAccess = models.filter((entry) => !entry.data.access);
    // Most papers say whether weights are out; a few recent ones do not, and SOURCES.md says so for each.
    expect(withoutAccess.length).toBeLessThanOrEqual(Math.ceil(models.length / 10));
    for (const entry of withoutAccess) expect(sources, `${entry.slug} has no access and SOURCES.md does not say why`).toMatch(new RegExp(`${entry.section}/${entry.slug}\\b[^\\n]*\\baccess\\b`));
  });

  it('uses unique kebab-case slugs across all sections', () => {
    for (const { slug } of entries) expect(slug).toMatch(SLUG_PATTERN);
    expect(duplicateFindings(entries.map((entry) => ({ entry, lineOf: () => 1 })))).toEqual([]);
  });

  it('names every paper, Hub id and repository once', () => {
    const keys = entries.flatMap(({ data }) => [
      ...data.papers.map((p) => paperKey(p.url)),
      ...data.papers.flatMap((p) => (p.semanticScholar ? [p.semanticScholar] : [])),
      ...data.huggingface.map((id) => `hf:${id.toLowerCase()}`),
      ...data.github.map((id) => `gh:${id.toLowerCase()}`),
    ]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('files its institutes under the registry, with parents that take in their children', () => {
    expect(institutes.lineage('DeepMind').map((i) => i.name)).toEqual(['Google DeepMind', 'Google']);
    expect(institutes.lineage('Google Research').map((i) => i.name)).toEqual(['Google Research', 'Google']);
    expect(institutes.resolve('EPFL Lausanne')?.name).toBe('EPFL');
    const used = new Set(entries.flatMap((e) => e.data.institutes.flatMap((name) => institutes.lineage(name).map((i) => i.name))));
    expect(institutes.all.map((i) => i.name).filter((name) => !used.has(name))).toEqual([]);
  });
});
