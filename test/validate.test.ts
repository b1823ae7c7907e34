/**
 * The validator on a corpus of bad files (test/fixtures/invalid/, one problem each, plus a few made
 * here: binary, not UTF-8, pairs that clash), asserting each message; and the command itself.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBenchmarkLookup, loadInstituteIndex } from '../src/lib/content/content-files.ts';
import type { BenchmarkLookup } from '../src/lib/content/benchmarks.ts';
import type { InstituteIndex } from '../src/lib/content/institutes.ts';
import { formatFinding, githubAnnotation, registryFindings, validateEntryFiles, type EntryFileInput } from '../src/lib/content/validate.ts';
import { instituteRegistrySchema } from '../src/lib/content/schema.ts';

const NOW = new Date('2026-11-25T12:00:00Z');
let institutes: InstituteIndex;
let benchmarks: BenchmarkLookup;
beforeAll(async () => {
  [institutes, benchmarks] = await Promise.all([loadInstituteIndex('content'), loadBenchmarkLookup('content')]);
});
const checkAll = (inputs: EntryFileInput[]) => validateEntryFiles(inputs, { institutes, benchmarks, now: NOW }).findings.map(formatFinding);
/** The findings of other rules than the papers' title and authors, which their own test checks. */
const otherThanPaperMetadata = (finding: string) => !finding.includes('so its citation is a @misc');
const check = (inputs: EntryFileInput[]) => checkAll(inputs).filter(otherThanPaperMetadata);
const text = (file: string, body: string): EntryFileInput => ({ file, bytes: new TextEncoder().encode(body) });
/** What a model entry states, so that the tests of other rules see no warning about it. */
const MODEL_FACTS = 'access: open-weights\nlicense: MIT\nmodalities: [text]\nspecialties: [general]\ntasks: [question-answering]\n';

const EXPECTED: Record<string, string> = {
  'Bad_File_Name.md': '1: (file name): "Bad_File_Name" is not lowercase kebab-case (rename the file to bad-file-name.md)',
  'alias-bomb.md': '3: (file): YAML aliases (*name) are not allowed in entries (write the value out)',
  'bad-month.md': '3: date: date "2023-13" is not a real month: write YYYY-MM, like 2023-11',
  'bad-semantic-scholar-id.md':
    '7: papers.0.semanticScholar: semanticScholar must be text like CorpusID:265456229, ARXIV:2311.16079, DOI:10.1038/..., PMID:12345 or ACL:2020.clinicalnlp-1.17',
  'date-as-day.md': '3: date: date "2023-11-27" is not a real month: write YYYY-MM, like 2023-11',
  'duplicate-key.md': '4: (file): a field appears twice (keep one)',
  'empty.md': '1: (file): the file is empty (start it with front matter: ---, title: ..., ---)',
  'ftp-url.md': '6: papers.0.url: url "ftp://arxiv.org/2311.16079.pdf" is not an http(s) URL (write it in full, starting with https://)',
  'future-date.md': '3: date: date 2099-01 lies in the future (latest allowed is 2026-11)',
  'github-owner-only.md': '5: github.0: github "epfLLM" is not in the form owner/repo, like epfLLM/meditron',
  'hub-url-not-id.md':
    '5: huggingface.0: huggingface "https://huggingface.co/epfl-llm/meditron-70b" is not in the form owner/name (models), datasets/owner/name or spaces/owner/name',
  'link-without-label.md': '6: links.0.label: label is required (for example label: Blog)',
  'missing-date.md': '1: date: date is required: the publication month as YYYY-MM, like date: 2023-11',
  'missing-institutes.md': '1: institutes: institutes must be a list, like institutes: [EPFL]',
  'missing-title.md': '1: title: title is required (for example title: MEDITRON-70B)',
  'javascript-engine.md': '1: (file): no front matter: the file must start with a line ---, then the fields, then ---',
  'no-front-matter.md': '1: (file): no front matter: the file must start with a line ---, then the fields, then ---',
  'not-a-mapping.md': '2: (file): the front matter must be fields (name: value), not a list or a single value',
  'parameters-too-large.md': '5: parameters: parameters "99999999999999999999…9T" is not between 1K and 100T (write the size the source states, like 70B or 345M)',
  'placeholder-id.md':
    "7: papers.0.semanticScholar: semanticScholar CorpusID:12345678 is the template's placeholder (find the paper's real id on semanticscholar.org, or leave the field out)",
  'tab-indent.md': '5: (file): a tab is used for indentation (indent with spaces)',
  'title-is-a-list.md': '2: title: title must be text (for example title: MEDITRON-70B)',
  'unclosed-quote.md': '4: (file): YAML syntax error: Missing closing "quote (check quotes, colons and indentation)',
  'unknown-benchmark.md': '6: results.0.benchmark: unknown benchmark "med-qa" (did you mean "medqa"? the ids are in content/benchmarks.yaml; add the benchmark there if it is new)',
  'result-out-of-range.md': "9: results.0.value: 702 lies outside Accuracy's range 0–100 % (write the number as the source prints it, in %)",
  'unknown-field.md': '5: stars: unknown field "stars" in the front matter (allowed: title, summary, date, institutes, papers, huggingface, github, links, access, accessNote, withdrawn, license, licenseNote, baseModel, parameters, modalities, specialties, tasks, earlierVersion, venue, results)',
  'unknown-institute.md': '4: institutes.0: unknown institute "EPFL Lausane" (did you mean "EPFL"? Otherwise add it to content/institutes.yaml)',
  'unterminated-front-matter.md': '1: (file): the front matter is not closed: add a line --- after the last field',
  'whitespace-only.md': '1: (file): the file is empty (start it with front matter: ---, title: ..., ---)',
  'yaml-tag.md': '5: (file): YAML tags (!!js/function) are not allowed in entries (write the plain value)',
  'yaml-alias.md': '3: (file): YAML aliases (*name) are not allowed in entries (write the value out)',
};

describe('one bad file at a time', () => {
  it('has a message for every file of the corpus', async () => {
    expect((await readdir('test/fixtures/invalid')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: %s', async (name, expected) => {
    const bytes = await readFile(join('test/fixtures/invalid', name));
    expect(check([{ file: `content/llms/${name}`, bytes }])).toEqual([`content/llms/${name}:${expected}`]);
  });

  it('rejects a binary file and one that is not UTF-8', () => {
    expect(check([{ file: 'content/llms/binary.md', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }])).toEqual([
      'content/llms/binary.md:1: (file): the file is binary, not text (entries are Markdown files with YAML front matter)',
    ]);
    const latin1 = Uint8Array.from([...new TextEncoder().encode('---\ntitle: Universit'), 0xe9, ...new TextEncoder().encode('\n---\n')]);
    expect(check([{ file: 'content/llms/latin1.md', bytes: latin1 }])).toEqual(['content/llms/latin1.md:1: (file): the file is not UTF-8 text (save it as UTF-8)']);
  });

  it('rejects a file name Windows keeps for a device, in any case (a file here, not in the corpus, which must check out there)', () => {
    const valid = `---\ntitle: Con\ndate: 2023-11\ninstitutes: [EPFL]\n${MODEL_FACTS}---\n`;
    expect(check([text('content/llms/con.md', valid), text('content/llms/lpt1.md', valid.replace('Con', 'LPT1')), text('content/llms/com10.md', valid.replace('Con', 'COM10'))])).toEqual([
      'content/llms/con.md:1: (file name): "con" is a name Windows keeps for a device, so the file cannot be checked out there (rename the file to con-1.md)',
      'content/llms/lpt1.md:1: (file name): "lpt1" is a name Windows keeps for a device, so the file cannot be checked out there (rename the file to lpt1-1.md)',
    ]);
    expect(check([text('content/llms/NUL.md', valid)])).toEqual([
      'content/llms/NUL.md:1: (file name): "NUL" is not lowercase kebab-case (rename the file to nul-1.md)',
    ]);
  });

  it('rejects a file outside the sections', () => {
    expect(check([text('content/models/x.md', '---\ntitle: X\n---\n')])).toEqual([
      'content/models/x.md:1: (file): entries live in content/<section>/, with a section of llms, vision, other-modalities, surveys, articles',
    ]);
  });
});

describe('across entries', () => {
  // Model facts last, so that the lines the tests name do not move.
  const entry = (extra: string, title = 'X') => `---\ntitle: ${title}\ndate: 2023-11\ninstitutes: [EPFL]\n${extra}${MODEL_FACTS}---\n`;

  it('rejects the same paper (arXiv abs, pdf and versions alike), Semantic Scholar id, Hub id or repository twice', () => {
    expect(
      check([
        text('content/llms/first.md', entry('papers:\n  - url: https://arxiv.org/abs/2311.16079\n    semanticScholar: CorpusID:265456229\nhuggingface: [epfl-llm/Meditron-70b]\ngithub: [epfLLM/meditron]\n')),
        text('content/vision/second.md', entry('papers:\n  - url: https://arxiv.org/pdf/2311.16079v2.pdf\n    semanticScholar: CorpusID:265456229\nhuggingface: [epfl-llm/meditron-70b]\ngithub: [EPFLLM/Meditron]\n', 'Y')),
      ]),
    ).toEqual([
      'content/vision/second.md:6: papers.0.url: the same paper is also in content/llms/first.md (papers.0.url); merge the two entries or correct the URL',
      'content/vision/second.md:7: papers.0.semanticScholar: the Semantic Scholar id CorpusID:265456229 is also in content/llms/first.md (papers.0.semanticScholar); one of the two ids is wrong',
      'content/vision/second.md:8: huggingface.0: the Hub id epfl-llm/meditron-70b is also in content/llms/first.md (huggingface.0); a model belongs to one entry',
      'content/vision/second.md:9: github.0: the repository EPFLLM/Meditron is also in content/llms/first.md (github.0); a repository belongs to one entry',
    ]);
  });

  it('rejects one slug in two sections', () => {
    expect(check([text('content/llms/same.md', entry('')), text('content/surveys/same.md', entry('', 'Y'))])).toEqual([
      'content/surveys/same.md:1: (front matter): the slug "same" is also in content/llms/same.md ((front matter)); rename one of the files',
    ]);
  });

  it('rejects two entries of one title, and takes two models of one name told apart by the year', () => {
    const medx = (date: string, title = 'MedX') => `---\ntitle: ${title}\ndate: ${date}\ninstitutes: [EPFL]\n${MODEL_FACTS}---\n`;
    expect(check([text('content/llms/medx.md', medx('2024-03')), text('content/vision/med-x.md', medx('2026-05', 'Med-X'))])).toEqual([
      'content/vision/med-x.md:2: title: the title "Med-X" is also in content/llms/medx.md (title); two models of one name are told apart by the later one\'s year: title: "Med-X (2026)", in med-x-2026.md (or merge the two if they are one model)',
    ]);
    expect(check([text('content/llms/medx.md', medx('2024-03')), text('content/vision/medx-2026.md', medx('2026-05', 'MedX (2026)'))])).toEqual([]);
  });

  it('warns, without failing, about http links, papers with no id and arXiv ids that disagree with the URL', () => {
    expect(
      check([
        text(
          'content/llms/warned.md',
          entry('papers:\n  - url: http://arxiv.org/abs/2311.16079\n  - url: https://arxiv.org/abs/2311.16080v1\n    semanticScholar: ARXIV:2311.16078\nlinks:\n  - { label: Blog, url: http://example.org }\n'),
        ),
      ]),
    ).toEqual([
      'content/llms/warned.md:6: papers.0.url: warning: http://arxiv.org/abs/2311.16079 is plain http (use https:// if the site has it)',
      'content/llms/warned.md:6: papers.0: warning: no semanticScholar id, so its citations are not counted (add one: semanticScholar: ARXIV:2311.16079)',
      "content/llms/warned.md:8: papers.1.semanticScholar: warning: ARXIV:2311.16078 and the URL's arXiv id 2311.16080 disagree (one of them points to another paper)",
      'content/llms/warned.md:10: links.0.url: warning: http://example.org is plain http (use https:// if the site has it)',
    ]);
  });
});

describe("papers' title and authors", () => {
  it('warns, naming what is missing and where to read it, when a paper has no title or authors, and not when it has both', () => {
    const withPaper = (paper: string) => text('content/surveys/x.md', `---\ntitle: X\ndate: 2023-11\ninstitutes: [EPFL]\npapers:\n  - url: https://arxiv.org/abs/2311.16079\n    semanticScholar: ARXIV:2311.16079\n${paper}---\n`);
    expect(checkAll([withPaper('')])).toEqual([
      'content/surveys/x.md:6: papers.0: warning: no title or authors of the paper, so its citation is a @misc about the entry (copy them from https://arxiv.org/abs/2311.16079 as printed: title: "…", authors: [Given Family, …])',
    ]);
    expect(checkAll([withPaper('    title: "MEDITRON-70B: Scaling Medical Pretraining for Large Language Models"\n')])).toEqual([
      'content/surveys/x.md:6: papers.0: warning: no authors of the paper, so its citation is a @misc about the entry (copy them from https://arxiv.org/abs/2311.16079 as printed: title: "…", authors: [Given Family, …])',
    ]);
    expect(checkAll([withPaper('    title: "MEDITRON-70B: Scaling Medical Pretraining for Large Language Models"\n    authors: [Zeming Chen, Alejandro Hernández Cano]\n    year: 2023\n')])).toEqual([]);
  });

  it('refuses a year that is no year and a kind outside the list, naming the fix', () => {
    const withPaper = (paper: string) => text('content/surveys/x.md', `---\ntitle: X\ndate: 2023-11\ninstitutes: [EPFL]\npapers:\n  - url: https://arxiv.org/abs/2311.16079\n${paper}---\n`);
    expect(check([withPaper('    year: 23\n    kind: journal\n')])).toEqual([
      'content/surveys/x.md:7: papers.0.year: year must be a year from 1900 on, like year: 2024',
      'content/surveys/x.md:8: papers.0.kind: kind "journal" is not one of article, inproceedings, preprint, misc',
    ]);
  });
});

describe('model facts', () => {
  it('warns when a model entry leaves out access, license, modalities, specialties or tasks, and not for a survey', () => {
    const bare = '---\ntitle: X\ndate: 2023-11\ninstitutes: [EPFL]\npapers:\n  - url: https://arxiv.org/abs/2311.16079\n    semanticScholar: ARXIV:2311.16079\n---\n';
    expect(check([text('content/vision/x.md', bare)])).toEqual([
      'content/vision/x.md:1: access: warning: a model entry says how it can be used: access: open-weights, gated, api, not-released (read it on the model card, repository or paper), or unknown with an accessNote giving the reason',
      'content/vision/x.md:1: license: warning: a model entry says under which licence its weights come: license: an SPDX id like Apache-2.0, a named licence like llama-3-community, or unknown with a licenseNote giving the reason (read it on the model card or repository)',
      'content/vision/x.md:1: modalities: warning: a model entry says what it takes in, like modalities: [text, image] (one or more of text, image, video, audio, genomics, structured, time-series)',
      'content/vision/x.md:1: specialties: warning: a model entry says which fields it serves, like specialties: [radiology] (one or more of general, radiology, pathology, ophthalmology, dermatology, cardiology, oncology, genomics, mental-health, gastroenterology, surgery, neurology, pediatrics)',
      'content/vision/x.md:1: tasks: warning: a model entry says what it does, main task first, like tasks: [question-answering] (one or more of question-answering, dialogue, report-generation, visual-question-answering, classification, segmentation, detection, retrieval, reasoning-agents, summarisation, information-extraction, risk-prediction, image-generation, speech-recognition, embeddings)',
    ]);
    expect(check([text('content/surveys/x.md', bare)])).toEqual([]);
  });
});

describe('the institutes registry', () => {
  it('warns at the later line when two institutes read alike', () => {
    const text = '- name: ETH Zurich\n  aliases: [ETH Zürich]\n- name: Harvard University\n- name: "The ETH-Zurich"\n';
    const registry = instituteRegistrySchema.parse([{ name: 'ETH Zurich', aliases: ['ETH Zürich'] }, { name: 'Harvard University' }, { name: 'The ETH-Zurich' }]);
    expect(registryFindings(registry, text, 'content/institutes.yaml').map(formatFinding)).toEqual([
      'content/institutes.yaml:4: name: warning: "The ETH-Zurich" (The ETH-Zurich) reads like "ETH Zurich" (ETH Zurich): if they are one institute, keep one entry and make the other name an alias',
    ]);
  });
});

describe("Semantic Scholar's titles", () => {
  const paperEntry = (id: string) => text('content/llms/phllm.md', `---\ntitle: PH-LLM\nsummary: Towards a Personal Health Large Language Model\ndate: 2024-06\ninstitutes: [EPFL]\npapers:\n  - url: https://arxiv.org/abs/2406.06474\n    semanticScholar: ${id}\n${MODEL_FACTS}---\n`);
  const knownPapers = {
    'CorpusID:270370964': { title: 'Towards a Personal Health Large Language Model' },
    'CorpusID:269605403': { title: 'Advancing Multimodal Medical Capabilities of Gemini' },
  };
  const checkWithTitles = (input: EntryFileInput) =>
    validateEntryFiles([input], { institutes, now: NOW, knownPapers }).findings.map(formatFinding).filter(otherThanPaperMetadata);

  it('warns, naming both titles, when the id names a paper that does not resemble the entry', () => {
    expect(checkWithTitles(paperEntry('CorpusID:269605403'))).toEqual([
      'content/llms/phllm.md:8: papers.0.semanticScholar: warning: Semantic Scholar\'s title for CorpusID:269605403 is "Advancing Multimodal Medical Capabilities of Gemini", which does not resemble "PH-LLM: Towards a Personal Health Large Language Model" (a wrong or swapped id?)',
    ]);
    expect(checkWithTitles(paperEntry('CorpusID:270370964'))).toEqual([]);
  });
});

it('escapes GitHub annotations as GitHub documents: the message, and the file and title properties', () => {
  const finding = { file: 'content/llms/a,title=x::b.md', line: 3, field: 'papers.0:url', severity: 'error' as const, message: '100% wrong\n::error::injected' };
  expect(githubAnnotation(finding)).toBe('::error file=content/llms/a%2Ctitle=x%3A%3Ab.md,line=3,title=papers.0%3Aurl::100%25 wrong%0A::error::injected');
  expect(githubAnnotation(finding).split('\n')).toHaveLength(1);
});

describe('npm run validate', () => {
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, ['scripts/validate.ts', ...args]).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('passes the committed content, with warnings only', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^content\/llms\/llama-3-8b-meditronv1-0\.md:7: papers\.0: warning: no semanticScholar id/m);
    expect(stdout).toMatch(/^0 error\(s\), \d+ warning\(s\) in \d{3} entries/m);
    expect(stdout).toMatch(/^citations: \d+ of \d{3} entries whose main paper is on arXiv, behind a DOI or in the ACL Anthology give its title and authors \(\d+ %\)$/m);
  });

  it('exits 1 on an error, and speaks JSON and GitHub annotations', async () => {
    const content = await mkdtemp(join(tmpdir(), 'validate-'));
    await cp('content/institutes.yaml', join(content, 'institutes.yaml'));
    await mkdir(join(content, 'llms'));
    await writeFile(join(content, 'llms', 'broken.md'), await readFile('test/fixtures/invalid/bad-month.md'));
    const plain = await run(['--content', content]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(`${join(content, 'llms', 'broken.md')}:3: date: date "2023-13" is not a real month`);
    const json = JSON.parse((await run(['--content', content, '--json'])).stdout);
    expect(json).toMatchObject({ errors: 1, warnings: 0, files: 1, findings: [{ line: 3, field: 'date', severity: 'error' }] });
    const github = await run(['--content', content, '--format', 'github']);
    expect(github.stdout).toContain(`::error file=${join(content, 'llms', 'broken.md')},line=3,title=date::date "2023-13" is not a real month`);
  });

  it('refuses a symbolic link to an entry, naming it and the fix, without reading what it points to', async () => {
    const content = await mkdtemp(join(tmpdir(), 'validate-'));
    await cp('content/institutes.yaml', join(content, 'institutes.yaml'));
    await mkdir(join(content, 'llms'));
    await symlink(resolve('content/llms/meditron-70b.md'), join(content, 'llms', 'linked.md'));
    const { code, stdout } = await run(['--content', content]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(content, 'llms', 'linked.md')}:1: (file): this is a symbolic link, which content/ may not hold and is never followed (replace the symlink with the file or folder itself)`);
    expect(stdout).toMatch(/^1 error\(s\), 0 warning\(s\) in 1 entries/m);
  });

  it('with --metrics, warns where the last refresh contradicts a curated fact, naming both values', async () => {
    const content = await mkdtemp(join(tmpdir(), 'validate-'));
    await cp('content/institutes.yaml', join(content, 'institutes.yaml'));
    await mkdir(join(content, 'llms'));
    const entry = '---\ntitle: X\ndate: 2025-05\ninstitutes: [Google]\npapers:\n  - url: https://arxiv.org/abs/2507.05201\n    semanticScholar: ARXIV:2507.05201\nhuggingface: [google/medgemma-4b-it]\naccess: open-weights\nparameters: 27B\nmodalities: [text]\nspecialties: [general]\n---\n';
    await writeFile(join(content, 'llms', 'x.md'), entry);
    const fetchedAt = '2026-11-20T06:00:00.000Z';
    await writeFile(join(content, 'metrics.json'), JSON.stringify({ version: 2, huggingface: { 'google/medgemma-4b-it': { likes: 800, gated: true, parameters: 4300079472, fetchedAt } } }));
    const file = join(content, 'llms', 'x.md');
    const checked = await run(['--content', content, '--metrics']);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain(`${file}:9: access: warning: open-weights here, but the Hub gates google/medgemma-4b-it (access must be requested): use access: gated, or check the ids`);
    expect(checked.stdout).toContain(`${file}:10: parameters: warning: 27B here, but the Hub's safetensors count for google/medgemma-4b-it is 4.3B (4,300,079,472 parameters): correct one of them`);
    expect((await run(['--content', content])).stdout).not.toContain('the Hub');
  });
});

it('caps the notes below the front matter at 20,000 characters, naming the line they start on', () => {
  const front = `---\ntitle: Long\ndate: 2024-01\ninstitutes: [EPFL]\n${MODEL_FACTS}---\n`;
  expect(check([text('content/llms/long.md', `${front}${'A paragraph of notes. '.repeat(1000)}`)])).toEqual([
    'content/llms/long.md:11: (notes): the notes below the front matter have 22,000 characters, over the 20,000 an entry may have (keep a few paragraphs; link to a page for more)',
  ]);
  expect(check([text('content/llms/short.md', `${front}${'A paragraph of notes. '.repeat(100)}`)])).toEqual([]);
});

it('checks that earlierVersion names another entry', () => {
  const entry = (slug: string, earlier: string) => text(`content/llms/${slug}.md`, `---\ntitle: ${slug}\ndate: 2024-01\ninstitutes: [EPFL]\n${MODEL_FACTS}earlierVersion: ${earlier}\n---\n`);
  expect(check([entry('one', 'none-such'), entry('two', 'two'), entry('three', 'one')])).toEqual([
    'content/llms/one.md:10: earlierVersion: earlierVersion "none-such" is no entry\'s slug (the earlier entry\'s file name without .md)',
    'content/llms/two.md:10: earlierVersion: earlierVersion names this entry itself (name the entry of the earlier version)',
  ]);
});

describe('whole counts of items in results', () => {
  const withResults = (slug: string, results: string) =>
    text(`content/llms/${slug}.md`, `---\ntitle: ${slug}\ndate: 2024-01\ninstitutes: [EPFL]\n${MODEL_FACTS}results:\n${results}---\n`);
  const result = (benchmark: string, variant: string, value: string, more = '') =>
    `  - { benchmark: ${benchmark}, variant: ${variant}, metric: accuracy, value: ${value}, model: X, source: { url: 'https://example.org/${value}', locator: Table 1, reportedBy: first-party }${more} }\n`;

  it('reads the decimals as the file writes them: 62.4 is 794/1273, 62.40 is no count of 1,273', () => {
    expect(check([withResults('one-decimal', result('medqa', 'us-4-option-test', '62.4'))])).toEqual([]);
    expect(check([withResults('two-decimals', result('medqa', 'us-4-option-test', '62.40'))])).toEqual([
      expect.stringMatching(/^content\/llms\/two-decimals\.md:11: results\.0\.value: 62\.40 % is no whole number of right answers out of the 1273 items of MedQA, .* the nearest possible values are 62\.37 \(794\/1273\) and 62\.45 \(795\/1273\)/),
    ]);
  });

  it('refuses a standard error that does not fit, and keeps a flagged number without a check', () => {
    expect(check([withResults('stderr', result('pubmedqa', 'pqa-l-test', '79.0', ', stderr: 2.2'))])).toEqual([expect.stringMatching(/^content\/llms\/stderr\.md:11: results\.0\.stderr: the standard error 2\.2 does not fit 79\.0 on the 500 items/)]);
    expect(check([withResults('flagged', result('pubmedqa', 'pqa-l-test', '77.5', ', flags: [source-inconsistent], notes: the source prints it'))])).toEqual([]);
  });

  it('refuses a fraction among percentages, across entries, with the percent to write', () => {
    const found = check([withResults('tens', result('pubmedqa', 'pqa-l-test', '70.2') + result('pubmedqa', 'pqa-l-all', '68.1')), withResults('fraction', result('pubmedqa', 'pqa-l-all', '0.6'))]);
    expect(found).toEqual([
      expect.stringMatching(/^content\/llms\/fraction\.md:11: results\.0\.value: 0\.6 reads as a fraction in a percent metric, where pubmedqa's other values are tens \(their median is 69\.15\): write it in percent, 60 /),
    ]);
  });

  it('says why a result was not checked', () => {
    const { skippedArithmetic } = validateEntryFiles([withResults('average', result('mmlu-medical', 'average-6', '61.3'))], { institutes, benchmarks, now: NOW });
    expect([...skippedArithmetic.keys()]).toEqual([expect.stringMatching(/^mmlu-medical average-6: an average over 6 subsets, micro or macro not stated/)]);
  });
});
