import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEntrySchema } from '../content/schema.ts';
import type { ImportResult } from './imported.ts';
import { formatImportWarning, importReadme } from './readme-import.ts';

const fixture = (path: string) => readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), 'utf8');
const SEED = fixture('awesome-medical-llms-README.md');

describe('importing the seed README', () => {
  let result: ImportResult;
  const bySlug = (slug: string) => {
    const entry = result.entries.find((e) => e.slug === slug);
    if (!entry) throw new Error(`no entry ${slug}`);
    return entry;
  };
  beforeAll(() => {
    result = importReadme(SEED);
  });

  it('yields exactly the 45 entries: 33 LLMs, 3 vision models, 8 surveys and studies, 1 article', () => {
    expect(result.entries).toHaveLength(45);
    const counts = Object.fromEntries(['llms', 'vision', 'surveys', 'articles'].map((s) => [s, result.entries.filter((e) => e.section === s).length]));
    expect(counts).toEqual({ llms: 33, vision: 3, surveys: 8, articles: 1 });
    expect(new Set(result.entries.map((e) => e.slug)).size).toBe(45);
  });

  it('writes entries the shared schema accepts (institutes aside, which the registry checks)', () => {
    const schema = createEntrySchema({ now: new Date('2026-11-25T00:00:00Z') });
    for (const entry of result.entries) expect(schema.safeParse(entry.data).error?.issues ?? [], entry.slug).toEqual([]);
  });

  it('keeps the table order and the first and last rows', () => {
    expect(result.entries[0]!.data.title).toBe('MedGemma');
    expect(result.entries.at(-1)!.data.title).toBe('The future landscape of large language models in medicine');
  });

  it('reads a row that links two papers as one entry with two papers and their citation ids in order', () => {
    expect(bySlug('ph-llm').data).toEqual({
      title: 'PH-LLM',
      summary: 'Towards a Personal Health Large Language Model',
      date: '2024-06',
      institutes: ['Google Research'],
      papers: [
        { url: 'https://arxiv.org/abs/2405.03162', semanticScholar: 'CorpusID:270370964' },
        {
          url: 'https://arxiv.org/abs/2406.06474',
          title: 'PHIA: Transforming Wearable Data into Health Insights using Large Language Model Agents',
          semanticScholar: 'CorpusID:270371615',
        },
      ],
      huggingface: [],
      github: [],
      links: [{ label: 'Blog', url: 'https://research.google/blog/advancing-personal-health-and-wellness-insights-with-ai' }],
    });
  });

  it('reads rows with both Hugging Face and GitHub links', () => {
    expect(bySlug('meditron-70b').data).toMatchObject({
      institutes: ['EPFL Lausanne'],
      papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:265456229' }],
      huggingface: ['epfl-llm/meditron-70b'],
      github: ['epfLLM/meditron'],
    });
    expect(bySlug('clinical-camel').data).toMatchObject({
      institutes: ['Vector Institute', 'University of Toronto'],
      huggingface: ['wanglab/ClinicalCamel-70B'],
      github: ['bowang-lab/clinical-camel'],
    });
    expect(bySlug('llava-med').data).toMatchObject({ huggingface: ['microsoft/llava-med-7b-delta'], github: ['microsoft/LLaVA-Med'] });
    const withBoth = result.entries.filter((e) => e.data.huggingface.length && e.data.github.length).map((e) => e.slug);
    expect(withBoth).toEqual(['meditron-70b', 'asclepius', 'clinical-camel', 'medalpaca', 'pmc-llama', 'llava-med']);
  });

  it('takes ids from badges and links, normalising repository paths and arXiv URLs', () => {
    expect(bySlug('codoc').data.github).toEqual(['deepmind/codoc']);
    expect(bySlug('chatdoctor').data.papers[0]!.url).toBe('https://arxiv.org/abs/2303.14070');
    expect(bySlug('openbiollm-70b').data).toMatchObject({ papers: [], huggingface: ['aaditya/Llama3-OpenBioLLM-70B'] });
    expect(bySlug('biomedclip').data.huggingface).toEqual(['microsoft/BiomedCLIP-PubMedBERT_256-vit_base_patch16_224']);
  });

  it('repairs every accent and emoji that was read as Windows-1252', () => {
    expect(bySlug('internist-ai').data.institutes).toEqual(['Université catholique de Louvain', 'Cliniques Universitaires Saint-Luc']);
    expect(bySlug('biomistral').data.institutes).toEqual(['LIA - Avignon Université', 'Nantes Université']);
    expect(bySlug('llama-3-8b-meditronv1-0').data.summary).toBe('A State-of-the-Art Large Language Model for Medicine in 24 Hours');
    const survey = result.entries.find((e) => e.data.title.startsWith('Integrating human expertise'))!;
    expect(survey.data.title).toContain('large language models’ feasibility');
    const allText = JSON.stringify(result.entries);
    expect(allText).not.toMatch(/Ã|â€|ðŸ/);
  });

  it('splits institutes at commas and line breaks but keeps "University of {Bari, Rome}" whole', () => {
    expect(bySlug('pmc-llama').data.institutes).toEqual(['CMIC', 'Shanghai Jiao Tong University', 'Shanghai AI Laboratory']);
    expect(bySlug('clinicalbert').data.institutes).toEqual(['Harvard', 'Princeton', 'NYU']);
    const survey = result.entries.find((e) => e.data.title.startsWith('Integrating human expertise'))!;
    expect(survey.data.institutes).toEqual(['University of {Bari, Rome}']);
  });

  it('reads the month written with a non-breaking hyphen', () => {
    expect(SEED).toContain('2019&#x2011;01');
    expect(bySlug('biobert').data.date).toBe('2019-01');
  });

  it('prints a warning naming the row and the field for each contradiction, and invents nothing', () => {
    expect(result.warnings.map((w) => formatImportWarning('README.md', w))).toEqual([
      'README.md:17 (MedGemma): github: the link names epfLLM/meditron but its stars badge names google-health/medgemma; left out, set the right one by hand',
      'README.md:20 (Med_Gemini-[2D,3D,Polygenic]): papers: paper https://arxiv.org/abs/2405.03162 is also on line 18 (PH-LLM); one of the two rows is wrong, fix it by hand',
      'README.md:24 (Llama-3[8B]-MeditronV1.0): semanticScholar: citation badge says N.A. (no Semantic Scholar id); left out, add the id once the paper is indexed',
      'README.md:44 (Pretrained Language Models for Biomedical and Clinical Tasks: Understanding and Extending the State-of-the-Art): papers: paper https://aclanthology.org/2020.clinicalnlp-1.17/ is also on line 41 (BioGPT); one of the two rows is wrong, fix it by hand',
      "README.md:64 (Evaluating the Medical Knowledge of Open LLMs - Part 1): semanticScholar: citation badge has the template's placeholder id CorpusID:12345678; left out, find the paper's real id",
    ]);
    expect(bySlug('medgemma').data.github).toEqual([]);
    expect(bySlug('llama-3-8b-meditronv1-0').data.papers).toEqual([
      { url: 'https://meditron-ddx.github.io/llama3-meditron.github.io/static/images/Meditron_Llama3%20(18h).pdf' },
    ]);
    expect(result.entries.find((e) => e.data.title.startsWith('Evaluating the Medical'))!.data.papers).toEqual([
      { url: 'https://www.medarc.ai/blog/medarc-llms-eval-part-1' },
    ]);
  });

  it('skips the template rows kept in HTML comments', () => {
    expect(JSON.stringify(result.entries)).not.toContain('Paper Name');
  });
});

describe('importing other tables', () => {
  const table = (rows: string) => `## Large Language Models\n| Title | Institute | Date | Code\n| :-- | :-- | :-- | :-- |\n${rows}\n`;

  it('warns on a row without a real month and skips it', () => {
    const { entries, warnings } = importReadme(table('| [X](https://arxiv.org/abs/2401.00001): Y | Z | 20xx-xx | -'));
    expect(entries).toEqual([]);
    expect(warnings.map((w) => `${w.field}: ${w.message}`)).toEqual(['date: "20xx-xx" is not a month (like 2024-05, 2024.5 or May 2024) or a year; row skipped']);
  });

  it('warns when a Hugging Face link and its likes badge disagree, keeping neither', () => {
    const { entries, warnings } = importReadme(
      table(
        '| [X](https://arxiv.org/abs/2401.00001) | Z | 2024-01 | [HF](https://huggingface.co/a/one) ![Likes](https://img.shields.io/badge/dynamic/json?url=https://huggingface.co/api/models/a/two&query=%24.likes)',
      ),
    );
    expect(entries[0]!.data.huggingface).toEqual([]);
    expect(warnings[0]!.message).toBe('the link names a/one but its likes badge names a/two; left out, set the right one by hand');
  });

  it('reads a link or badge with a malformed % escape as naming no id, instead of stopping', () => {
    const { entries } = importReadme(
      table('| [X](https://arxiv.org/abs/2401.00001) | Z | 2024-01 | [GitHub](https://github.com/%E0%A4%A/x) ![Likes](https://img.shields.io/badge/dynamic/json?url=%E0%A4%A&query=%24.likes)'),
    );
    expect(entries[0]!.data).toMatchObject({ huggingface: [], github: [] });
  });

  it('gives the same slug a number the second time', () => {
    const { entries } = importReadme(table('| [Same](https://a.org/1) | Z | 2024-01 | -\n| [Same](https://a.org/2) | Z | 2024-02 | -'));
    expect(entries.map((e) => e.slug)).toEqual(['same', 'same-2']);
  });
});

describe('importing real awesome lists of other shapes (test/fixtures/lists/)', () => {
  const read = (name: string) => {
    const result = importReadme(fixture(`lists/${name}`));
    const at = (line: number) => {
      const entry = result.entries.find((e) => e.line === line);
      if (!entry) throw new Error(`no entry on line ${line}`);
      return entry;
    };
    const skipped = result.warnings.filter((w) => w.kind === 'skipped').map((w) => formatImportWarning(name, w));
    return { ...result, at, skipped };
  };

  it('reads `* [**Venue, 2024.5**] **Name**: Title. [paper](url)` items (AI-in-Health/MedLLMsPracticalGuide)', () => {
    const list = read('medllms-practical-guide.md');
    // Its data, tasks, benchmarks and acknowledgements sections list no models (148 rows).
    expect([list.rows, list.entries.length]).toEqual([299, 149]);
    expect(list.at(169)).toMatchObject({
      section: 'llms',
      slug: 'mmed-llama3',
      data: {
        title: 'MMed-Llama3',
        summary: 'Towards building multilingual language model for medicine',
        date: '2024-09',
        venue: 'Nature Communications',
        institutes: [],
        papers: [{ url: 'https://www.nature.com/articles/s41467-024-52417-z' }],
        github: ['MAGIC-AI4Med/MMedLM'],
      },
    });
    // A year alone keeps the month unknown; an arXiv tag is no venue.
    expect(list.at(153).data).toMatchObject({ title: 'BiomedGPT', date: 2024, venue: 'Nature Medicine' });
    expect(list.at(155).data).toEqual({
      title: 'OphGLM',
      summary: 'Training an Ophthalmology Large Language-and-Vision Assistant based on Instructions and Dialogue',
      date: 2023,
      institutes: [],
      papers: [{ url: 'https://arxiv.org/abs/2306.12174' }],
      huggingface: [],
      github: [],
      links: [],
    });
  });

  it('reads the links of those items by what they point to, and titles without a bold name', () => {
    const list = read('medllms-practical-guide.md');
    expect(list.at(172).data).toMatchObject({ title: 'OpenBioLLM-70b', papers: [], huggingface: ['aaditya/Llama3-OpenBioLLM-70B'] });
    // An organisation or a collection on the Hub is no model id: kept as a link.
    expect(list.at(170).data.links).toEqual([{ label: 'Model', url: 'https://huggingface.co/m42-health' }]);
    expect(list.at(174).data).toMatchObject({ huggingface: [], links: [{ label: 'Model', url: expect.stringContaining('huggingface.co/collections/HPAI-BSC/') }] });
    expect(list.at(196).data.papers).toEqual([{ url: 'https://arxiv.org/abs/2305.17100' }]);
    expect(list.at(188).data).toMatchObject({
      title: 'Large Language Models to Identify Social Determinants of Health in Electronic Health Records',
      date: '2023-08',
      venue: 'Nature Digital Medicine',
      github: ['AIM-Harvard/SDoH'],
    });
    expect(list.warnings.find((w) => w.line === 244)).toMatchObject({ row: 'MedTrinity-25M', kind: 'not-entry', message: 'under the heading "Fine-tuning Data": datasets, benchmarks and challenges are not entries' });
    expect(list.entries.map((e) => e.data.title)).not.toContain('📣 Update News');
  });

  it('skips the items whose date it cannot read, saying which and why', () => {
    expect(read('medllms-practical-guide.md').skipped).toEqual([
      'medllms-practical-guide.md:185 (Med42): date: "2024/2023.10" is not a month (like 2024-05, 2024.5 or May 2024) or a year; row skipped',
      'medllms-practical-guide.md:213 (Can large language models reason about medical questions?): date: "2022.7/2023.12" is not a month (like 2024-05, 2024.5 or May 2024) or a year; row skipped',
    ]);
  });

  it('reads plain `- Name: Title [[Paper]](url) [[Code]](url)` items, in the section their headings name (Jianing-Qiu/Awesome-Healthcare-Foundation-Models)', () => {
    const list = read('awesome-healthcare-foundation-models.md');
    expect([list.rows, list.entries.length, list.skipped.length]).toEqual([279, 279, 0]);
    expect(list.at(121).data).toEqual({
      title: 'ChiMed-GPT',
      summary: 'A Chinese Medical Large Language Model with Full Training Regime and Better Alignment to Human Preferences',
      institutes: [],
      papers: [{ url: 'https://arxiv.org/abs/2311.06025' }],
      huggingface: [],
      github: ['synlp/ChiMed-GPT'],
      links: [],
    });
    expect(list.at(131).data.title).toBe('Capabilities of GPT-4 on Medical Challenge Problems');
    expect(list.entries.every((e) => e.data.date === undefined)).toBe(true);
    const counts = Object.fromEntries(['llms', 'vision'].map((s) => [s, list.entries.filter((e) => e.section === s).length]));
    expect(counts).toEqual({ llms: 167, vision: 96 });
    // "Large Audio Models" and rows about EHRs or ECGs go to the section of other modalities.
    expect(list.entries.filter((e) => e.section === 'other-modalities')).toHaveLength(16);
  });

  it('reads a Year | Title | Journal | Model | … | Code | Weights table (PLM2233/Awesome-Medical-Foundation-Models)', () => {
    const table = read('awesome-medical-foundation-models.md');
    expect([table.rows, table.entries.length]).toEqual([60, 59]);
    expect(table.at(47)).toMatchObject({
      section: 'vision',
      data: {
        title: 'MRI-CORE',
        summary: 'A Foundation Model for Magnetic Resonance Imaging',
        date: 2025,
        institutes: [],
        papers: [],
        huggingface: [],
        github: ['mazurowski-lab/mri_foundation'],
        links: [{ label: 'Weights', url: 'https://drive.google.com/file/d/1nPkTI3H0vsujlzwY8jxjKwAbOCTJv4yW/view' }],
      },
    });
    expect(table.at(57).data).toMatchObject({ title: 'VoCo', venue: 'CVPR', huggingface: ['Luffy503/VoCo'], github: ['Luffy03/VoCo'] });
    expect(table.at(48).data.venue).toBeUndefined();
    expect(table.at(117).data.github).toEqual(['JLiangLab/BenchmarkTransformers']);
    expect(table.at(174).section).toBe('llms');
    expect(table.skipped).toEqual([
      'awesome-medical-foundation-models.md:102 (Phikon v2): date: "2023-2024" is not a month (like 2024-05, 2024.5 or May 2024) or a year; row skipped',
    ]);
  });

  it('reads a Model Name | Paper | Model Weight | Data | Code table, ignoring the Data column (WangRongsheng/Awesome-AI4Med)', () => {
    const table = read('awesome-ai4med.md');
    // The 8 rows under "3. Datasets" are datasets, not entries.
    expect([table.rows, table.entries.length]).toEqual([34, 26]);
    expect(table.at(29).data).toEqual({
      title: 'HuatuoGPT',
      institutes: [],
      papers: [{ url: 'https://arxiv.org/abs/2305.15075' }],
      huggingface: ['FreedomIntelligence/HuatuoGPT-7B'],
      github: ['FreedomIntelligence/HuatuoGPT'],
      links: [],
    });
    expect(table.at(37).data.huggingface).toEqual(['FreedomIntelligence/HuatuoGPT-o1-7B', 'FreedomIntelligence/HuatuoGPT-o1-8B', 'FreedomIntelligence/HuatuoGPT-o1-70B']);
  });

  it('says why a README gives no entries rather than importing nothing', () => {
    expect(importReadme('  \n').unreadable).toBe('the file is empty');
    expect(importReadme('# Notes\n\n- a point\n- [Top](#notes)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n')).toEqual({
      entries: [],
      warnings: [],
      rows: 0,
      unreadable: 'no entries found: it has 1 table(s), none with a Title, Name, Model or Paper column, and 1 list(s), none with an item linking outside the page',
    });
    expect(importReadme(SEED).unreadable).toBeUndefined();
  });
});

describe('bounds on what is read', () => {
  const table = (...rows: string[]) => ['| Title | Institute | Date |', '| --- | --- | --- |', ...rows].join('\n');
  const row = (name: string) => `| [${name}](https://arxiv.org/abs/2401.00001) | EPFL | 2024.5 |`;

  it('skips a line over 10,000 characters with a message, and reads the rest', () => {
    const long = `* **Name**: ${' -'.repeat(40_000)}x [Paper](https://arxiv.org/abs/2401.00002)`;
    const { entries, warnings } = importReadme(`${table(row('Alpha'))}\n\n${long}\n`);
    expect(entries.map((e) => e.data.title)).toEqual(['Alpha']);
    expect(warnings.map((w) => formatImportWarning('R.md', w))).toEqual([
      'R.md:5 (* **Name**:  - - - - - - - - - - - - - -): (line): the line is 80,055 characters long, over the 10,000 a row may have; line skipped',
    ]);
  });

  it('skips a table row with a cell over 2,000 characters, naming the column', () => {
    const { entries, warnings } = importReadme(table(row('Alpha'), `| Beta | ${'Institute '.repeat(300)} | 2024.5 |`));
    expect(entries.map((e) => e.data.title)).toEqual(['Alpha']);
    expect(warnings.map((w) => `${w.line} ${w.row} ${w.field}: ${w.message}`)).toEqual(['4 Beta Institute: the cell has 2,999 characters, over the 2,000 a cell may have; row skipped']);
  });

  it('refuses a README over 5,000,000 characters, saying so', () => {
    expect(importReadme(row('Alpha').repeat(100_000)).unreadable).toBe('the file has 6,100,000 characters, over the 5,000,000 this importer reads (import it in parts)');
  });

  it('reads dates, venues and trailing years from the end of long text the same way as from short', () => {
    const { entries } = importReadme(
      [`* [${'Nature Medicine, '.repeat(100)}2024.5] **Alpha**: a model${' .'.repeat(3_000)} [Paper](https://arxiv.org/abs/2401.00003)`, '* **Beta**: a model from exams, 2021. [Paper](https://arxiv.org/abs/2401.00004)'].join('\n'),
    );
    expect(entries.map(({ data }) => [data.title, data.date, data.summary?.slice(-10)])).toEqual([
      ['Alpha', '2024-05', 'a model'],
      ['Beta', 2021, 'from exams'],
    ]);
  });
});

describe('what is an entry, and where it goes', () => {
  it('reads a table of pathology VLMs into vision, and its datasets and benchmarks as no entries (easonPing/Awesome-Pathology-VLMs)', () => {
    const list = importReadme(fixture('lists/awesome-pathology-vlms.md'));
    expect(list.entries.length).toBe(36);
    expect(new Set(list.entries.map((e) => e.section))).toEqual(new Set(['vision']));
    const notEntries = list.warnings.filter((w) => w.kind === 'not-entry');
    expect(notEntries).toHaveLength(73);
    expect(notEntries.every((w) => w.message === 'under the heading "3. Datasets and Benchmarks": datasets, benchmarks and challenges are not entries')).toBe(true);
    expect(list.entries.map((e) => e.data.title)).toEqual(expect.arrayContaining(['PLIP', 'CONCH', 'TITAN']));
  });

  it('names challenges and datasets as no entries (open-pathology/awesome-pathology)', () => {
    const list = importReadme(fixture('lists/awesome-pathology.md'));
    const reasons = list.warnings.filter((w) => w.kind === 'not-entry').map((w) => w.message.slice(0, w.message.indexOf(':')));
    expect(reasons.filter((r) => r === 'under the heading "Challenges"')).toHaveLength(34);
    expect(reasons.filter((r) => r === 'under the heading "Datasets"')).toHaveLength(22);
    expect(list.entries.map((e) => e.data.title)).not.toContain('CAMELYON16');
  });

  it('takes announcement lines and sentences for what they are, not entries', () => {
    const readme = [
      '## Models',
      '',
      '- 🎉🎉 Our paper on [MedThing](https://arxiv.org/abs/2401.00001) is accepted!',
      '- We release a new paper: [MedOther](https://arxiv.org/abs/2401.00002)',
      '- Please see [our survey](https://arxiv.org/abs/2401.00003) for the full taxonomy of medical foundation models.',
      '- **MedReal**: A real model [paper](https://arxiv.org/abs/2401.00004)',
      '',
      '| Title | Date |',
      '| --- | --- |',
      '| [TableModel](https://arxiv.org/abs/2401.00005) | 2024.5 |',
      'For more details on how these models were chosen, please read [our guide](https://example.org/guide) first.',
    ].join('\n');
    const { entries, warnings } = importReadme(readme);
    expect(entries.map((e) => e.data.title)).toEqual(['MedReal', 'TableModel']);
    expect(warnings.filter((w) => w.kind === 'not-entry').map((w) => `${w.line}: ${w.message}`)).toEqual([
      '3: an announcement, not an entry',
      '4: an announcement, not an entry',
      '5: a sentence, not the name of a model or paper',
      '11: a sentence under the table, not a row',
    ]);
  });

  it('reads a list titled in HTML, its Group and Released columns and its Links column\'s papers, and not the sentence under its table (pathology feature extractors)', () => {
    const list = importReadme(fixture('lists/pathology-feature-extractors.md'));
    expect(list.entries).toHaveLength(16);
    // The title, an <h1> in a <div>, names pathology: every encoder is a vision model, "Patch-level models" notwithstanding.
    expect(new Set(list.entries.map((e) => e.section))).toEqual(new Set(['vision']));
    expect(list.entries.every((e) => e.data.institutes.length > 0 && typeof e.data.date === 'string')).toBe(true);
    expect(list.entries[0]).toMatchObject({
      line: 14,
      data: {
        title: 'CTransPath',
        date: '2021-12',
        institutes: ['Sichuan University', 'Tencent AI Lab'],
        papers: [{ url: 'https://doi.org/10.1016/j.media.2022.102559' }],
        github: ['Xiyue-Wang/TransPath'],
        links: [],
      },
    });
    expect(list.entries.find((e) => e.data.title === 'Virchow')!.data).toMatchObject({ date: '2023-09', institutes: ['Paige', 'Microsoft Research'], papers: [{ url: 'https://arxiv.org/abs/2309.07778' }], huggingface: ['paige-ai/Virchow'] });
    expect(list.warnings.filter((w) => w.kind === 'not-entry').map((w) => `${w.line}: ${w.message}`)).toEqual(['27: a sentence, not the name of a model or paper']);
  });

  it("reads an HTML title's opening sentence as context, when it names one section only", () => {
    const rows = '\n\n## Models\n\n| Name | Released |\n| --- | --- |\n| [Foo](https://arxiv.org/abs/2401.00001) | Jan 2024 |\n';
    const sectionUnder = (top: string) => importReadme(`${top}${rows}`).entries[0]!.section;
    expect(sectionUnder('<div align="center">\n  <h1>Awesome Foundation Models</h1>\n  <p>Encoders for histology tiles and whole-slide images, with their weights.</p>\n</div>')).toBe('vision');
    // The same sentence as a Markdown paragraph under the HTML title.
    expect(sectionUnder('<div align="center"><h1>Awesome Foundation Models</h1></div>\n\nEncoders for histology tiles and whole-slide images, with their weights.')).toBe('vision');
    expect(sectionUnder('<div align="center"><h1>Awesome Foundation Models</h1></div>')).toBe('llms');
    expect(sectionUnder('<div><h1>Awesome Foundation Models</h1><p>Language models, vision models and audio models for clinical use.</p></div>')).toBe('llms');
  });

  it('takes prose about the entries for a sentence, and titles that look alike for titles', () => {
    const items = [
      '- Some of these feature extractors have been evaluated in a [benchmark](https://arxiv.org/abs/2407.06508).',
      '- They are listed by [release date](https://example.org/dates).',
      '- Most of the weights are on [the Hub](https://huggingface.co/models).',
      '- **Attention Is All You Need**: the [paper](https://arxiv.org/abs/1706.03762)',
      '- **All-in-one**: a medical model [paper](https://arxiv.org/abs/2401.00009)',
      '- **Towards Generalist Biomedical AI** [paper](https://arxiv.org/abs/2307.14334)',
    ].join('\n');
    const { entries, warnings } = importReadme(`## Models\n\n${items}\n`);
    expect(entries.map((e) => e.data.title)).toEqual(['Attention Is All You Need', 'All-in-one', 'Towards Generalist Biomedical AI']);
    expect(warnings.filter((w) => w.kind === 'not-entry').map((w) => w.line)).toEqual([3, 4, 5]);
  });

  it('puts a row where its table caption or its own words say, unless told which section', () => {
    const readme = ['## Models', '', 'Pathology encoders:', '', '| Title | Date |', '| --- | --- |', '| [Encoder](https://arxiv.org/abs/2401.00006) | 2024.5 |', '', '- **ReviewX**: A survey of clinical LLMs [paper](https://arxiv.org/abs/2401.00007)'].join('\n');
    expect(importReadme(readme).entries.map((e) => [e.data.title, e.section])).toEqual([['Encoder', 'vision'], ['ReviewX', 'surveys']]);
    expect(importReadme(readme, { section: 'llms' }).entries.map((e) => e.section)).toEqual(['llms', 'llms']);
  });
});
