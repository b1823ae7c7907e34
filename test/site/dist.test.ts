/** The built fixture site: the pages exist, list the right entries, and ask nothing of another origin. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readEntryFiles, type EntryFile } from '../../src/lib/content/content-files.ts';
import { SECTIONS } from '../../src/lib/content/schema.ts';
import { distSnapshot, FIXTURE_CONTENT, FIXTURE_PAGE_SIZE } from './build.ts';
import { htmlFiles } from './built-pages.ts';
import { SITE_DIR } from './site-dir.ts';
import { parse as parseYaml } from 'yaml';
import { repositoryFrom } from '../../src/lib/views/repository.ts';

const page = async (path: string) => fromHtml(await readFile(join(SITE_DIR, path), 'utf8'));

let files: EntryFile[];
beforeAll(async () => {
  ({ files } = await readEntryFiles(FIXTURE_CONTENT));
});

describe('every page', () => {
  it('keeps the space between a word and the link or code after it (Astro drops a line break before an inline element)', async () => {
    const joined: string[] = [];
    for (const file of await htmlFiles()) {
      const html = await readFile(file, 'utf8');
      for (const match of html.matchAll(/[a-z,;:]<(?:a|code|strong|em)[ >][^<]{0,30}/g)) joined.push(`${file.slice(SITE_DIR.length)}: ${match[0]}`);
    }
    expect(joined).toEqual([]);
  });
});

describe('home page', () => {
  it('says what the list is, counts each section, shows the newest entries and links the leaderboard', async () => {
    const home = await page('index.html');
    expect(toString(select('h1', home)!)).toBe('Foundation models for healthcare');
    const cards = selectAll('.section-card', home).map((card) => `${toString(select('.section-count', card)!)} ${toString(select('.section-name', card)!)}`);
    // The fixture's added.json has every entry on one day, the list's import: none of them is an addition.
    expect(toString(select('.freshness', home)!).replace(/\s+/g, ' ').trim()).toBe('The list was imported on Nov 25, 2026; no entry has been added since.');
    expect(cards).toEqual(['33 Large Language Models', '3 Large Vision Models', '0 Other Modalities', '8 Survey Papers & Clinical Studies', '1 Articles']);
    const newest = selectAll('.entry', home).map((li) => li.properties.dataDate);
    expect(newest.length).toBeGreaterThan(0);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(newest[0]).toBe(files.map((f) => (f.frontMatter as { date: string }).date).sort().at(-1));
    // "Recently added" goes by the day an entry entered the list (git history, else content/added.json).
    const addedItems = selectAll('.added-list li', home).map((li) => toString(li).replace(/\s+/g, ' ').trim());
    expect(addedItems).toHaveLength(6);
    expect(addedItems.every((item) => item.endsWith('· added Nov 25, 2026'))).toBe(true);
    // It promises the numbers the site has (the fixture's metrics file has all four), and says when they are as of.
    expect(toString(select('.lede', home)!).replace(/\s+/g, ' ').trim()).toMatch(/with the institutes behind them and their citations, GitHub stars, Hugging Face likes and downloads\.$/);
    expect(toString(select('section[aria-labelledby="newest-heading"] .muted', home)!)).toMatch(/^Metrics as of [A-Z][a-z]{2} \d+, \d{4}\.$/);
    const leaderboard = selectAll('a', home).find((a) => toString(a) === 'Open Medical-LLM Leaderboard');
    // The benchmark pages are a link away, not only in the menu.
    expect(selectAll('main a', home).some((a) => a.properties.href === '/benchmarks/')).toBe(true);
    expect(leaderboard?.properties.href).toBe('https://huggingface.co/spaces/openlifescienceai/open_medical_llm_leaderboard');
  });
});

/** Every page of a list, from its first through its rel=next links. */
async function listPages(first: string): Promise<Root[]> {
  const pages = [await page(first)];
  for (let next = select('link[rel="next"]', pages.at(-1)!); next; next = select('link[rel="next"]', pages.at(-1)!)) {
    pages.push(await page(`${String(next.properties.href).slice(1)}/index.html`.replace('//', '/')));
  }
  return pages;
}

// The frozen fixture (the original README) has no entry of the sections added since.
const FILLED_SECTIONS = SECTIONS.filter((section) => existsSync(join(FIXTURE_CONTENT, section)));

it('builds the page of a section that has no entry yet, saying it holds none', async () => {
  const empty = SECTIONS.filter((section) => !FILLED_SECTIONS.includes(section));
  expect(empty).toEqual(['other-modalities']);
  for (const section of empty) expect(selectAll('li.entry', await page(`${section}/index.html`))).toEqual([]);
});

describe.each(FILLED_SECTIONS)('the %s page', (section) => {
  it('lists every entry of its section, newest first, a page at a time, each page linking the others', async () => {
    const pages = await listPages(`${section}/index.html`);
    const expected = files.filter((f) => f.section === section);
    expect(pages).toHaveLength(Math.ceil(expected.length / FIXTURE_PAGE_SIZE));
    const items = pages.flatMap((html) => selectAll('li.entry', html));
    for (const html of pages.slice(0, -1)) expect(selectAll('li.entry', html)).toHaveLength(FIXTURE_PAGE_SIZE);
    expect(items.map((li) => li.properties.dataSlug).sort()).toEqual(expected.map((f) => f.slug).sort());
    const dates = items.map((li) => String(li.properties.dataDate));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const li of items) expect(select('a.details', li)?.properties.href).toBe(`/entries/${li.properties.dataSlug}/`);
    pages.forEach((html, i) => {
      const links = selectAll('nav.pagination ol a', html).map((a) => a.properties.href);
      if (pages.length > 1) expect(links).toEqual(pages.map((_, n) => (n === 0 ? `/${section}/` : `/${section}/${n + 1}/`)));
      expect(select('nav.pagination a[aria-current="page"]', html)?.properties.href ?? `/${section}/`).toBe(i === 0 ? `/${section}/` : `/${section}/${i + 1}/`);
      expect(select('link[rel="prev"]', html)?.properties.href).toBe(i === 0 ? undefined : i === 1 ? `/${section}/` : `/${section}/${i}/`);
    });
  });

  it('shows nothing, not a dash, for metrics that were never fetched', async () => {
    const html = await page(`${section}/index.html`);
    const fetched = ['meditron-70b', 'ph-llm', 'medgemma', 'gatortron', 'biobert', 'llava-med'];
    const unfetched = selectAll('li.entry', html).filter((li) => !fetched.includes(String(li.properties.dataSlug)));
    expect(unfetched.length).toBeGreaterThan(0);
    expect(unfetched.flatMap((li) => selectAll('.metrics', li))).toEqual([]);
    expect(unfetched.filter((li) => toString(select('.entry-foot', li)!).includes('—')).map((li) => li.properties.dataSlug)).toEqual([]);
  });
});

describe('metrics from the metrics file the site was built with', () => {
  const metricsOf = (li: Element) => selectAll('.metrics dd', li).map((dd) => toString(dd));

  it('shows numbers for reading on the section page, with the oldest fetch time shown as "as of"', async () => {
    const html = await page('llms/index.html');
    const card = (slug: string) => selectAll('li.entry', html).find((li) => li.properties.dataSlug === slug)!;
    expect(metricsOf(card('meditron-70b'))).toEqual(['1.2k', '2.1k', '230', '1.5k']);
    expect(metricsOf(card('ph-llm'))).toEqual(['52']); // two papers: 40 + 12
    // The browse index the script filters and sorts with holds the same numbers, and the licence as an entry writes it.
    const index = JSON.parse(await readFile(join(SITE_DIR, 'data/browse/llms.json'), 'utf8')) as { entries: { slug: string; metrics: object; license?: string }[] };
    const indexed = (slug: string) => index.entries.find((e) => e.slug === slug)!;
    expect(indexed('meditron-70b')).toMatchObject({ metrics: { citations: 1234, stars: 2100, likes: 230, downloads: 1500 }, license: 'llama-2-community' });
    expect(indexed('gatortron')).toMatchObject({ metrics: { likes: 60, downloads: 25000 }, license: 'Apache-2.0' });
    expect(indexed('med-palm-2')).toMatchObject({ license: 'proprietary-api' });
    expect(indexed('ph-llm').metrics).toEqual({ citations: 52 });
    expect(toString(select('.page-meta', html)!)).toContain('Metrics as of Nov 2, 2026.');
    const surveys = await page('surveys/index.html');
    expect(toString(select('.page-meta', surveys)!)).toContain('Metrics have not been fetched yet: the refresh runs every Monday at 05:23 UTC.');
  });

  it('shows each value with its own fetch time on the entry page', async () => {
    const meditron = await page('entries/meditron-70b/index.html');
    const lines = selectAll('.metric-line', meditron).map((line) => toString(line).replace(/\s+/g, ' ').trim());
    expect(lines).toEqual([
      'Citations: 1.2k as of Nov 20, 2026',
      'Likes: 230 as of Nov 20, 2026',
      'Downloads (30 days): 1.5k as of Nov 20, 2026',
      'Stars: 2.1k as of Nov 20, 2026',
    ]);
    const phllm = await page('entries/ph-llm/index.html');
    expect(selectAll('.metric-line', phllm).map((line) => toString(line).replace(/\s+/g, ' ').trim())).toEqual([
      'Citations: 40 as of Nov 2, 2026',
      'Citations: 12 as of Nov 3, 2026',
    ]);
    const biobert = await page('entries/biobert/index.html');
    expect(selectAll('.metric-line', biobert).map((line) => toString(line).replace(/\s+/g, ' ').trim())).toEqual(['Citations: not fetched yet', 'Stars: 1.9k as of Nov 20, 2026']);
  });

  it('shows the facts of the same answers: licence, size, gate, venue and year, open-access PDF, and warnings on code links', async () => {
    const facts = (html: Root) => Object.fromEntries(selectAll('.facts > div', html).map((div) => [toString(select('dt', div)!), toString(select('dd', div)!).replace(/\s+/g, ' ').trim()]));
    const meditron = await page('entries/meditron-70b/index.html');
    // Curated values win, unmarked; the licence only the Hub knows is marked as fetched, named as an entry would name it.
    expect(facts(meditron)).toMatchObject({ Access: 'Open weights', Parameters: '70B', 'Built on': 'Llama 2 (Llama-2-70B)', Licence: 'Llama 2 Community License (fetched)' });
    expect(facts(await page('entries/med-palm-2/index.html'))).toMatchObject({ Licence: 'Proprietary (API terms)' });
    expect(toString(select('#papers-heading + .detail-list .detail-meta', meditron)!)).toMatch(/^arXiv\.org 2023 · Open-access PDF · Citations/);
    expect(select('a[href="https://arxiv.org/pdf/2311.16079"]', meditron)).toBeTruthy();
    expect(toString(select('#models-heading + .detail-list .detail-meta', meditron)!).replace(/\s+/g, ' ')).toContain('licence llama2 · 69B parameters');
    const gatortron = await page('entries/gatortron/index.html');
    expect(facts(gatortron)).toMatchObject({ Access: 'Open weights', Parameters: '355M (fetched)', Licence: 'Apache-2.0 (fetched)' });
    // The list's cards say the same facts on one line: access, size (curated, else fetched), main specialty, licence.
    const cardFacts = async (list: string, slug: string) =>
      toString(select('.entry-facts', selectAll('li.entry', await page(list)).find((li) => li.properties.dataSlug === slug)!)!);
    expect(await cardFacts('llms/index.html', 'meditron-70b')).toBe('Open weights · 70B parameters · General medicine · Licence: Llama 2 Community License');
    expect(await cardFacts('llms/2/index.html', 'gatortron')).toMatch(/^Open weights · 355M parameters · .* · Licence: Apache-2.0$/);
    const medgemma = await page('entries/medgemma/index.html');
    // Built on the family alone where the field names nothing more: not "Gemma 3 (Gemma 3)".
    expect(facts(medgemma)['Built on']).toBe('Gemma 3');
    expect(selectAll('#models-heading + .detail-list .badge', medgemma).map((b) => toString(b))).toEqual(['Gated']);
    const llava = await page('entries/llava-med/index.html');
    expect(selectAll('#code-heading + .detail-list .badge', llava).map((b) => toString(b))).toEqual(['Archived']);
    const vision = await page('vision/index.html');
    const llavaCard = selectAll('li.entry', vision).find((li) => li.properties.dataSlug === 'llava-med')!;
    expect(selectAll('.entry-links .badge', llavaCard).map((b) => toString(b))).toEqual(['Archived']);
    const biobert = await page('entries/biobert/index.html');
    expect(selectAll('#code-heading + .detail-list .badge', biobert).map((b) => toString(b))).toEqual(['No commits in 2 years']);
  });

  it("shows the model card's self-reported results apart, linking a benchmark only where the mapping is certain", async () => {
    const meditron = await page('entries/meditron-70b/index.html');
    const section = select('section[aria-labelledby="self-reported-heading"]', meditron)!;
    expect(toString(select('h2', section)!)).toBe('Model card (self-reported)');
    const rows = selectAll('tbody tr', section).map((tr) => selectAll('td', tr).map((td) => toString(td).trim()));
    // The card's MedQA accuracy of 99999 is outside the registry's 0-100: neither shown nor linked.
    expect(rows).toEqual([
      ['MedQA (USMLE), USMLE, English, 4 options, test', 'Accuracy', '64.4', 'none'],
      ['PubMedQA (qiaojin/PubMedQA, pqa_labeled, test)', 'Accuracy', '81.6', 'present, not checked'],
    ]);
    expect(selectAll('a', section).map((a) => a.properties.href)).toEqual(['/benchmarks/medqa/']);
    expect(toString(select('p', section)!)).toMatch(/the card's own claims, not checked by this list.*cannot check that signature/);
    // An entry whose cards report nothing has no such section.
    expect(select('#self-reported-heading', await page('entries/gatortron/index.html'))).toBeUndefined();
  });
});

describe('entry pages', () => {
  it('exist once per entry, with the title, month, institutes and every link of the entry', async () => {
    // Numbered folders are the pages of the list of all entries.
    const built = (await readdir(join(SITE_DIR, 'entries'))).filter((name) => name !== 'index.html' && !/^\d+$/.test(name));
    expect(built.sort()).toEqual(files.map((f) => f.slug).sort());
    const meditron = await page('entries/meditron-70b/index.html');
    expect(toString(select('h1', meditron)!)).toBe('MEDITRON-70B');
    const hrefs = selectAll('main a', meditron).map((a) => a.properties.href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'https://arxiv.org/abs/2311.16079',
        'https://huggingface.co/epfl-llm/meditron-70b',
        'https://github.com/epfLLM/meditron',
        'https://api.semanticscholar.org/CorpusID:265456229',
      ]),
    );
    expect(toString(select('.facts', meditron)!)).toContain('Nov 2023');
    expect(toString(select('.facts', meditron)!)).toContain('EPFL');
  });
});

describe('institute pages', () => {
  it('list every institute with its number of entries, children included', async () => {
    const index = await page('institutes/index.html');
    const rows = Object.fromEntries(
      selectAll('.institute-list li', index).map((li) => [toString(select('a', li)!), Number(toString(select('.facet-count', li)!))]),
    );
    expect(rows).toMatchObject({ Google: 8, 'Google DeepMind': 4, 'Google Research': 4, EPFL: 2, Microsoft: 6, 'Microsoft Research': 4 });
    expect(Object.values(rows).every((count) => count > 0)).toBe(true);
    expect(select('a[href="/institutes/google/"]', index)).toBeTruthy();
  });

  it('give each institute a page listing its entries and those of its parts, linked from every entry', async () => {
    const google = await page('institutes/google/index.html');
    const slugs = selectAll('li.entry', google).map((li) => li.properties.dataSlug);
    expect(slugs).toHaveLength(8);
    expect(slugs).toEqual(expect.arrayContaining(['amie', 'codoc', 'ph-llm', 'medgemma']));
    expect(toString(google)).toContain('Includes Google DeepMind, Google Research.');
    const deepmind = await page('institutes/google-deepmind/index.html');
    expect(toString(deepmind)).toContain('Also written DeepMind.');
    expect(select('a[href="/institutes/google/"]', deepmind)).toBeTruthy();
    const amie = await page('entries/amie/index.html');
    expect(selectAll('.facts a[href^="/institutes/"]', amie).map((a) => a.properties.href)).toEqual(['/institutes/google-research/', '/institutes/google-deepmind/']);
    const llms = await page('llms/index.html');
    const card = selectAll('li.entry', llms).find((li) => li.properties.dataSlug === 'amie')!;
    expect(selectAll('.entry-institutes a', card).map((a) => a.properties.href)).toEqual(['/institutes/google-research/', '/institutes/google-deepmind/']);
  });
});

describe('specialty pages', () => {
  it('list every specialty the entries name, with its count, and give each a page linked from the entries', async () => {
    const index = await page('specialties/index.html');
    const rows = selectAll('.institute-list li', index).map((li) => `${toString(select('a', li)!)} ${toString(select('.facet-count', li)!)}`);
    expect(rows).toEqual(['General medicine 31', 'Radiology 5', 'Pathology 2', 'Ophthalmology 2', 'Dermatology 2', 'Genomics 1']);
    const radiology = await page('specialties/radiology/index.html');
    expect(toString(select('h1', radiology)!)).toBe('Radiology');
    expect(selectAll('li.entry', radiology).map((li) => li.properties.dataSlug)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic', 'medversa', 'radiology-llama2', 'codoc']);
    const medgemma = await page('entries/medgemma/index.html');
    expect(selectAll('.facts a[href^="/specialties/"]', medgemma).map((a) => toString(a))).toEqual(['General medicine', 'Radiology', 'Dermatology', 'Pathology', 'Ophthalmology']);
  });
});

describe('benchmark pages', () => {
  const fixtureResults = async () =>
    (await readEntryFiles(FIXTURE_CONTENT)).files.flatMap(({ slug, frontMatter }) => ((frontMatter as { results?: { benchmark: string; variant: string }[] }).results ?? []).map((result) => ({ slug, ...result })));

  it('list every benchmark of the registry once, grouped by what it takes in, most reported first, with its task, entries and results', async () => {
    const index = await page('benchmarks/index.html');
    const results = await fixtureResults();
    const registry = parseYaml(await readFile(join(FIXTURE_CONTENT, 'benchmarks.yaml'), 'utf8')) as { id: string; name: string; modality: string }[];
    const tables = selectAll('main table', index).map((table) => ({
      caption: toString(select('caption', table)!),
      rows: selectAll('tbody tr', table).map((tr) => selectAll('th, td', tr).map((cell) => toString(cell))),
    }));
    expect(tables.flatMap((table) => table.rows.map(([name]) => name)).sort()).toEqual(registry.map((b) => b.name).sort());
    expect(tables.map((table) => table.caption.split(':')[0])).toEqual(['Text', 'Image', 'Video'].filter((heading) => registry.some((b) => b.modality === heading.toLowerCase())));
    for (const { rows } of tables) {
      const entries = rows.map((row) => Number(row[1]));
      expect(entries).toEqual(entries.toSorted((a, b) => b - a));
    }
    const medqa = tables.flatMap((table) => table.rows).find(([name]) => name === 'MedQA (USMLE)')!;
    expect(medqa[3]).toBe('Question answering');
    expect(Number(medqa[1])).toBe(new Set(results.filter((r) => r.benchmark === 'medqa').map((r) => r.slug)).size);
    expect(Number(medqa[2])).toBe(results.filter((r) => r.benchmark === 'medqa').length);
  });

  it('put the comparability note first, then one table per variant and metric, best first, with every result once', async () => {
    const medqa = await page('benchmarks/medqa/index.html');
    const headings = selectAll('main h2', medqa).map((h) => toString(h));
    expect(headings[0]).toBe('Before comparing');
    const tables = selectAll('table.results-table', medqa);
    const results = (await fixtureResults()).filter((r) => r.benchmark === 'medqa');
    const variants = [...new Set(results.map((r) => r.variant))];
    expect(tables).toHaveLength(variants.length);
    let shown = 0;
    for (const table of tables) {
      const cells = (tr: Element) => selectAll('td', tr).map((td) => toString(td));
      // Checkpoints ranked by their headline, unflagged ones first; each checkpoint's results best first under it.
      const headlines = selectAll('tbody.checkpoint', table).map((body) => selectAll('tr', body).map((tr) => ({ value: parseFloat(cells(tr)[2]!), flagged: cells(tr)[5] !== '—' })));
      const ranked = headlines.map((rows) => rows[0]!);
      expect(ranked).toEqual([...ranked].sort((a, b) => Number(a.flagged) - Number(b.flagged) || b.value - a.value));
      for (const rows of headlines) expect(rows).toEqual([...rows].sort((a, b) => Number(a.flagged) - Number(b.flagged) || b.value - a.value));
      shown += headlines.flat().length;
    }
    expect(shown).toBe(results.length);
    // Each row links its entry and says its access; a stated setting unlike the table's usual one is marked.
    const firstRow = select('table.results-table tbody tr', medqa)!;
    expect(String(select('th a', firstRow)!.properties.href)).toMatch(/^\/entries\/[a-z0-9-]+\/$/);
    expect(selectAll('table.results-table thead th', medqa).map((th) => toString(th)).slice(0, 4)).toEqual(['Model', 'Access', 'Size', 'Value']);
    expect(selectAll('.results-table .mark', medqa).length).toBeGreaterThan(0);
    expect(toString(medqa)).toContain('USMLE, English, 4 options, test: best reported accuracy over time');
  });

  it('fold the spellings of one checkpoint under one row: Med-PaLM 2 is one checkpoint, not five', async () => {
    const medqa = await page('benchmarks/medqa/index.html');
    const table = select('#us-4-option-test--accuracy-heading ~ section table.results-table', medqa)!;
    const palm = selectAll('tbody.checkpoint', table).filter((body) => selectAll('th a', body).some((a) => a.properties.href === '/entries/med-palm-2/'));
    expect(palm).toHaveLength(1);
    expect(selectAll('tr', palm[0]!).map((tr) => [String(tr.properties.className), toString(select('th', tr)!)])).toEqual([
      ['headline', 'Med-PaLM 2'], ['fold', 'MedPaLM 2'], ['fold', 'Med-PaLM 2 (ER)'], ['fold', 'Med-PaLM-2'], ['fold', 'Med-PaLM-2 (5-shot)'],
    ]);
  });

  it('never take "not stated" for the usual setting, and mark only a stated setting unlike the usual one', async () => {
    const medqa = await page('benchmarks/medqa/index.html');
    const settings = selectAll('#us-4-option-test--accuracy-heading ~ section table.results-table tbody tr', medqa).map((tr) => toString(selectAll('td', tr)[3]!));
    expect(settings.filter((setting) => setting.startsWith('not stated')).every((setting) => setting === 'not stated')).toBe(true);
    expect(settings.filter((setting) => setting.endsWith('other setting')).length).toBeLessThan(settings.filter((setting) => setting !== 'not stated').length);
    expect(toString(select('#us-4-option-test--accuracy-heading + p', medqa)!)).toMatch(/Usual setting: [^.]+, of the results that state one\. \d+ state none\./);
  });

  it('write every value of a metric with one number of decimals, and show flags wherever a flagged value is', async () => {
    const medqa = await page('benchmarks/medqa/index.html');
    const values = selectAll('table.results-table tbody tr', medqa).map((tr) => toString(selectAll('td', tr)[2]!));
    expect(values.every((value) => /^\d+\.\d\d%$/.test(value))).toBe(true);
    const dare = selectAll('table.results-table tbody tr', medqa).find((tr) => toString(select('th', tr)!) === 'BioMistral 7B DARE')!;
    expect(toString(selectAll('td', dare)[5]!)).toBe("trained on the benchmark's training split");
    const column = JSON.parse(await readFile(join(SITE_DIR, 'data/browse/results/medqa.json'), 'utf8')) as { columns: Record<string, { cells: Record<string, { value: number; text: string; flags?: string }> }> };
    // BioMistral's best MedQA result in the list's column is its best unflagged one, not the flagged 51.1.
    expect(column.columns['medqa.us-4-option-test.accuracy']!.cells['biomistral']).toMatchObject({ value: 50.6, text: '50.60%' });
    expect(column.columns['medqa.us-4-option-test.accuracy']!.cells['biomistral']!.flags).toBeUndefined();
  });

  it('offer filters by access, year, size, reporter and flags, hidden until their script runs (every row shown without it)', async () => {
    const medqa = await page('benchmarks/medqa/index.html');
    const form = select('benchmark-filter form', medqa)!;
    expect(form.properties.hidden).toBe(true);
    expect([...new Set(selectAll('input, select', form).map((field) => String(field.properties.name)))]).toEqual(['access', 'year', 'size', 'party', 'flagged']);
    expect(selectAll('table.results-table tr[hidden]', medqa)).toHaveLength(0);
  });

  it('show an entry its own results, linked to the benchmark page', async () => {
    const entry = await page('entries/meditron-70b/index.html');
    expect(toString(select('#results-heading', entry)!)).toBe('Reported results');
    expect(selectAll('.results-table caption a', entry).map((a) => a.properties.href)).toContain('/benchmarks/medqa/');
  });

  it('publish every result as /data/results.csv and .json, and within each entry of entries.json', async () => {
    const results = await fixtureResults();
    const json = JSON.parse(await readFile(join(SITE_DIR, 'data/results.json'), 'utf8')) as { version: number; results: { entry: string; source_locator: string }[] };
    expect(json.results).toHaveLength(results.length);
    const csv = await readFile(join(SITE_DIR, 'data/results.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('entry,model,parameters,benchmark,benchmark_name,variant,variant_name,metric,metric_name,unit,higher_is_better,value,stderr,shots,chain_of_thought,ensemble,scoring,judge,harness,runs,aggregation,reported_by,source_url,source_locator,date,flags,notes,page');
    const entries = JSON.parse(await readFile(join(SITE_DIR, 'data/entries.json'), 'utf8')) as { entries: { slug: string; results?: unknown[] }[] };
    expect(entries.entries.find((e) => e.slug === 'meditron-70b')!.results).toHaveLength(results.filter((r) => r.slug === 'meditron-70b').length);
  });
});

describe('task pages', () => {
  it('list every task the entries name, with its count, in the vocabulary\'s order, and give each a page linked from the entries and the navigation', async () => {
    const index = await page('tasks/index.html');
    const rows = selectAll('.institute-list li', index).map((li) => `${toString(select('a', li)!)} ${toString(select('.facet-count', li)!)}`);
    expect(rows).toEqual([
      'Question answering 5', 'Dialogue 2', 'Report generation 4', 'Visual question answering 3', 'Classification 2', 'Segmentation 1',
      'Detection 1', 'Retrieval 1', 'Summarisation 1', 'Risk and outcome prediction 1', 'Embeddings for other tasks 1',
    ]);
    expect(select('nav a[aria-current="page"]', index)?.properties.href).toBe('/tasks/');
    const reports = await page('tasks/report-generation/index.html');
    expect(toString(select('h1', reports)!)).toBe('Report generation');
    expect(select('.breadcrumb a', reports)?.properties.href).toBe('/tasks/');
    expect(select('nav a[aria-current="page"]', reports)?.properties.href).toBe('/tasks/');
    expect(selectAll('li.entry', reports).map((li) => li.properties.dataSlug)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic', 'medversa', 'radiology-llama2']);
    // No page for a task no entry names.
    expect(existsSync(join(SITE_DIR, 'tasks/image-generation'))).toBe(false);
    const medgemma = await page('entries/medgemma/index.html');
    expect(selectAll('.facts a[href^="/tasks/"]', medgemma).map((a) => toString(a))).toEqual(['Visual question answering', 'Question answering', 'Report generation']);
    const facts = selectAll('.facts dt', medgemma).map((dt) => toString(dt));
    expect(facts.indexOf('Tasks')).toBe(facts.indexOf('Specialties') + 1);
  });

  it('offer the tasks as a filter with their counts on a section page, and not on a section without tasks', async () => {
    const llms = await page('llms/index.html');
    const choices = selectAll('input[name="task"]', llms).map((input) => input.properties.value);
    expect(choices).toEqual(['question-answering', 'report-generation', 'visual-question-answering', 'classification', 'detection', 'dialogue', 'risk-prediction', 'segmentation', 'summarisation']);
    expect(toString(select('[data-count-facet="task"][data-count-for="report-generation"]', llms)!)).toBe('4');
    const surveys = await page('surveys/index.html');
    expect(selectAll('input[name="task"]', surveys)).toEqual([]);
  });
});

describe('every built page', () => {
  it('loads nothing from another origin (no scripts, styles, fonts or images from elsewhere)', async () => {
    const pages = await htmlFiles();
    const under = (dir: string) => pages.filter((file) => file.startsWith(join(SITE_DIR, dir, '/'))).length;
    // Home, the pages of each section and of all entries, each entry, the institutes, specialties, tasks,
    // base models and benchmarks (an index, and the pages of each), insights, rising, search, compare and contribute.
    const listPages = (count: number) => Math.max(1, Math.ceil(count / FIXTURE_PAGE_SIZE));
    const sectionPages = SECTIONS.reduce((sum, section) => sum + listPages(files.filter((f) => f.section === section).length), 0);
    expect(pages.filter((file) => !file.includes('/pagefind/')).length).toBe(1 + sectionPages + listPages(files.length) + files.length + under('institutes') + under('specialties') + under('tasks') + under('base-models') + under('benchmarks') + 5);
    for (const file of pages) {
      const tree = fromHtml(await readFile(file, 'utf8'));
      const loaded = [
        ...selectAll('script[src], img[src], iframe[src], source[src], video[src], audio[src]', tree).map((n) => n.properties.src),
        // Links a browser loads (canonical, alternate and sitemap links are only addresses).
        ...selectAll('link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]', tree).map(
          (n) => n.properties.href,
        ),
      ].map(String);
      expect(loaded.filter((url) => /^(https?:)?\/\//.test(url)), file).toEqual([]);
      const inlineCss = selectAll('style', tree).map((n) => toString(n)).join('\n');
      expect(inlineCss).not.toMatch(/@import|url\((['"]?)(https?:)?\/\//);
    }
  });
});

/** The gzip size of the module scripts a page loads, with the chunks they import. */
async function scriptGzipSize(htmlPath: string): Promise<number> {
  const sources = selectAll('script[src]', await page(htmlPath)).map((script) => String(script.properties.src));
  expect(sources).toHaveLength(1);
  const bundle = await readFile(join(SITE_DIR, sources[0]!), 'utf8');
  // Module scripts import their chunks: count those too.
  const chunks = [...bundle.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const sizes = await Promise.all([sources[0]!, ...chunks.map((chunk) => `/_astro/${chunk}`)].map(async (path) => gzipSync(await readFile(join(SITE_DIR, path))).length));
  return sizes.reduce((sum, size) => sum + size, 0);
}

describe('the list page script', () => {
  it('stays small: under 15 KB gzip with everything it imports (a validator bundled in by mistake would not)', async () => {
    expect(await scriptGzipSize('llms/index.html')).toBeLessThan(15 * 1024);
  });
});

describe('the contribute page', () => {
  it('exists, is linked from the navigation and the home page, and offers the institutes\' names and aliases', async () => {
    const home = await page('index.html');
    expect(selectAll('nav a, main a', home).filter((a) => a.properties.href === '/contribute/').length).toBeGreaterThanOrEqual(2);
    const contribute = await page('contribute/index.html');
    expect(toString(select('h1', contribute)!)).toBe('Contribute an entry');
    expect(select('nav a[aria-current="page"]', contribute)?.properties.href).toBe('/contribute/');
    // The registry's names and aliases are offered as one types an institute.
    const offered = selectAll('datalist#institute-names option', contribute).map((option) => option.properties.value);
    expect(offered).toEqual(expect.arrayContaining(['EPFL', 'EPFL Lausanne', 'Google DeepMind', 'DeepMind']));
  });

  it('ships /data/contribute.json with every entry once, and only that page loads it and the form\'s script', async () => {
    const data = JSON.parse(await readFile(join(SITE_DIR, 'data/contribute.json'), 'utf8')) as { entries: { slug: string }[] };
    expect(data.entries.map((entry) => entry.slug).sort()).toEqual(files.map((file) => file.slug).sort());
    const loaders = [];
    for (const file of await htmlFiles()) if (/contribute\.json|<contribute-form/.test(await readFile(file, 'utf8'))) loaders.push(file);
    expect(loaders).toEqual([join(SITE_DIR, 'contribute/index.html')]);
  });

  it('loads a script of at most 50 KB gzip, zod and the schema included', async () => {
    expect(await scriptGzipSize('contribute/index.html')).toBeLessThan(50 * 1024);
  });
});

describe('base model pages', () => {
  it('group the models by the family of their base model, a family taking in its versions, linked from each entry', async () => {
    const index = await page('base-models/index.html');
    const llama = selectAll('.institute-list > li', index).find((li) => toString(select('a', li)!) === 'Llama')!;
    expect(selectAll('.institute-parent a', llama).map((a) => toString(a))).toContain('Llama 2');
    const llama2 = await page('base-models/llama-2/index.html');
    expect(toString(select('h1', llama2)!)).toBe('Built on Llama 2');
    const built = selectAll('li.entry', llama2).map((li) => li.properties.dataSlug);
    expect(built).toEqual(expect.arrayContaining(['meditron-70b', 'asclepius']));
    expect(select('a[href="/base-models/llama/"]', llama2)).toBeTruthy();
    const parent = selectAll('li.entry', await page('base-models/llama/index.html')).map((li) => li.properties.dataSlug);
    expect(parent).toEqual(expect.arrayContaining(built));
    const meditron = await page('entries/meditron-70b/index.html');
    expect(selectAll('.facts a[href^="/base-models/"]', meditron).map((a) => a.properties.href)).toEqual(['/base-models/llama-2/']);
  });
});

describe('the site tests themselves', () => {
  it("build into a temporary folder and leave the project's dist/ as it was", async () => {
    expect(SITE_DIR.startsWith(tmpdir())).toBe(true);
    expect(await distSnapshot()).toBe(inject('distBefore'));
  });
});

describe('an entry page', () => {
  it('offers "Suggest a fix" (the file in GitHub\'s editor) and "Report a problem" (the issue form, filled in)', async () => {
    const { owner, name, branch } = repositoryFrom(process.env);
    const html = await page('entries/meditron-70b/index.html');
    const links = Object.fromEntries(selectAll('section[aria-labelledby="improve-heading"] a', html).map((a) => [toString(a), String(a.properties.href)]));
    expect(links['Suggest a fix']).toBe(`https://github.com/${owner}/${name}/edit/${branch}/content/llms/meditron-70b.md`);
    const report = new URL(links['Report a problem']!);
    expect(report.origin + report.pathname).toBe(`https://github.com/${owner}/${name}/issues/new`);
    expect(Object.fromEntries(report.searchParams)).toEqual({ template: 'report-problem.yml', title: 'Problem: MEDITRON-70B', entry: 'MEDITRON-70B (content/llms/meditron-70b.md)' });
    // The form has the fields the link fills in.
    const form = parseYaml(await readFile('.github/ISSUE_TEMPLATE/report-problem.yml', 'utf8')) as { body: { id?: string }[] };
    expect(form.body.map((field) => field.id)).toContain('entry');
  });
});
