/** The import command end to end: the seed README and real awesome lists through the real script, into temporary folders. */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SEED = 'test/fixtures/awesome-medical-llms-README.md';

const LISTS = 'test/fixtures/lists';

async function runScript(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const importInto = (out: string, ...flags: string[]) => runScript('scripts/import.ts', SEED, '--out', out, ...flags);

it('writes 45 files, changes nothing on a second run, and keeps a hand-edited file unless forced', async () => {
  const out = await mkdtemp(join(tmpdir(), 'import-'));
  const first = await importInto(out);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('45 created, 0 unchanged, 0 overwritten, 0 kept; 5 warning(s)');
  expect(first.stderr.split('\n').filter(Boolean)).toHaveLength(5);
  expect(first.stderr).toContain(`warning: ${SEED}:17 (MedGemma): github:`);

  const second = await importInto(out);
  expect(second.stdout).toContain('0 created, 45 unchanged, 0 overwritten, 0 kept');

  const edited = join(out, 'llms', 'meditron-70b.md');
  const original = await readFile(edited, 'utf8');
  await writeFile(edited, original.replace('EPFL Lausanne', 'EPFL'));
  const third = await importInto(out);
  expect(third.stdout).toContain(`kept ${edited}: it differs from the import (edited by hand?); --force overwrites it`);
  expect(third.stdout).toContain('0 created, 44 unchanged, 0 overwritten, 1 kept');
  expect(await readFile(edited, 'utf8')).toContain('institutes: [EPFL]');

  const forced = await importInto(out, '--force');
  expect(forced.stdout).toContain('0 created, 44 unchanged, 1 overwritten, 0 kept');
  expect(await readFile(edited, 'utf8')).toBe(original);
});

it('never overwrites the reviewed content in content/', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'content-'));
  await cp('content', copy, { recursive: true });
  const result = await importInto(copy);
  expect(result.stdout).toMatch(/0 created, \d+ unchanged, 0 overwritten, \d+ kept/);
  const reviewed = await readFile(join(copy, 'llms', 'meditron-70b.md'), 'utf8');
  expect(reviewed).toBe(await readFile('content/llms/meditron-70b.md', 'utf8'));
});

it('answers a missing file or a wrong flag with one line, not a stack trace', async () => {
  const missing = await run(process.execPath, ['scripts/import.ts', 'no-such-README.md']).catch((e) => e);
  expect(missing.code).toBe(1);
  expect(missing.stderr.trim()).toBe('error: no-such-README.md: no such file');
  const wrong = await run(process.execPath, ['scripts/import.ts', SEED, '--outt', 'x']).catch((e) => e);
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain("Unknown option '--outt'");
  expect(wrong.stderr).toContain('usage: npm run import');
  expect(wrong.stderr).not.toMatch(/\n\s+at /);
});

describe('--candidates', () => {

  /** A small content folder: MedAlpaca (its arXiv id), MEDITRON with only its repository, and a registry. */
  async function contentFolder() {
    const out = await mkdtemp(join(tmpdir(), 'candidates-'));
    await mkdir(join(out, 'llms'));
    await writeFile(join(out, 'institutes.yaml'), '- name: University Hospital Aachen\n- name: EPFL\n');
    await writeFile(
      join(out, 'llms', 'medalpaca.md'),
      '---\ntitle: MedAlpaca\ndate: 2023-04\ninstitutes: [University Hospital Aachen]\npapers:\n  - url: https://arxiv.org/abs/2304.08247\n---\n',
    );
    await writeFile(join(out, 'llms', 'meditron.md'), '---\ntitle: MEDITRON\ndate: 2023-11\ninstitutes: [EPFL]\ngithub: [epfLLM/meditron]\n---\n');
    return out;
  }
  const candidates = (list: string, out: string) => runScript('scripts/import.ts', join(LISTS, list), '--out', out, '--candidates');

  it('writes only what the content folder lacks, naming the entry each duplicate matches', async () => {
    const out = await contentFolder();
    const first = await candidates('awesome-ai4med.md', out);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        `skipped MedAlpaca (line 42): same arXiv id as ${out}/llms/medalpaca.md`,
        `skipped MediTron (line 39): same GitHub repository as ${out}/llms/meditron.md`,
        `skipped HealthGPT (line 62): same arXiv id as ${out}/llms/bimedix.md`,
        `not an entry: ${LISTS}/awesome-ai4med.md:82 (Huatuo-26M): under the heading "3. Datasets": datasets, benchmarks and challenges are not entries`,
        `${LISTS}/awesome-ai4med.md: 34 rows read: 22 candidates written into ${out}/, 4 duplicates skipped, 8 not entries (datasets, benchmarks, announcements, sentences), 0 could not be read`,
        `the source did not give an institute (22), a date (22); npm run validate -- --content ${out} names each file and field`,
      ]),
    );
    // 2 entries there already, 21 of the 22 candidates are language models (BiomedGPT goes to vision).
    expect((await readdir(join(out, 'llms'))).length).toBe(23);
    expect(await readFile(join(out, 'llms', 'huatuogpt.md'), 'utf8')).toBe(
      '---\ntitle: HuatuoGPT\npapers:\n  - url: https://arxiv.org/abs/2305.15075\nhuggingface: [FreedomIntelligence/HuatuoGPT-7B]\ngithub: [FreedomIntelligence/HuatuoGPT]\n---\n',
    );
    const again = await candidates('awesome-ai4med.md', out);
    expect(again.stdout).toContain('34 rows read: 0 candidates written');
    expect(again.stdout).toContain(`skipped HuatuoGPT (line 29): same arXiv id as ${out}/llms/huatuogpt.md`);
  });

  it('leaves out what the source does not give, so that validate names the file and the field', async () => {
    const out = await contentFolder();
    const table = await candidates('awesome-medical-foundation-models.md', out);
    expect(table.stdout).toContain(`${LISTS}/awesome-medical-foundation-models.md: 60 rows read: 59 candidates written into ${out}/, 0 duplicates skipped, 0 not entries (datasets, benchmarks, announcements, sentences), 1 could not be read`);
    expect(table.stdout).toContain(
      `could not read ${LISTS}/awesome-medical-foundation-models.md:102 (Phikon v2): date: "2023-2024" is not a month (like 2024-05, 2024.5 or May 2024) or a year; row skipped`,
    );
    expect(await readFile(join(out, 'vision', 'voco.md'), 'utf8')).toContain('\ndate: 2024\n');
    await candidates('awesome-ai4med.md', out);
    const validate = await runScript('scripts/validate.ts', '--content', out);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`${out}/vision/voco.md:4: date: date must be a month written YYYY-MM, like date: 2023-11`);
    expect(validate.stdout).toContain(`${out}/vision/voco.md:1: institutes: institutes must be a list, like institutes: [EPFL]`);
    expect(validate.stdout).toContain(`${out}/llms/huatuogpt.md:1: date: date is required: the publication month as YYYY-MM, like date: 2023-11`);
    expect(validate.stdout.split('\n').filter((line) => line.includes('medalpaca.md') && !line.includes(': warning: '))).toEqual([]);
  });

  it('reads a bullet list, reporting the rows it could not read', async () => {
    const out = await contentFolder();
    const list = await candidates('medllms-practical-guide.md', out);
    expect(list.stdout).toContain(
      `${LISTS}/medllms-practical-guide.md: 299 rows read: 139 candidates written into ${out}/, 10 duplicates skipped, 148 not entries (datasets, benchmarks, announcements, sentences), 2 could not be read`,
    );
    expect(list.stdout).toContain(`skipped BiomedGPT (line 196): near-identical title to ${out}/vision/biomedgpt.md`);
    expect(list.stdout).toContain(`skipped NYUTron (line 390): same paper URL as ${out}/llms/nyutron.md`);
    // Training data and benchmarks are named as what they are, not offered as models.
    expect(list.stdout).toContain(`not an entry: ${LISTS}/medllms-practical-guide.md:263 (Medical Meadow): under the heading "Fine-tuning Data": datasets, benchmarks and challenges are not entries`);
    expect(list.stdout).toContain(`could not read ${LISTS}/medllms-practical-guide.md:185 (Med42): date: "2024/2023.10"`);
    expect(await readFile(join(out, 'llms', 'mmed-llama3.md'), 'utf8')).toBe(
      '---\ntitle: MMed-Llama3\nsummary: Towards building multilingual language model for medicine\ndate: 2024-09\npapers:\n' +
        '  - url: https://www.nature.com/articles/s41467-024-52417-z\ngithub: [MAGIC-AI4Med/MMedLM]\nvenue: Nature Communications\n---\n',
    );
  });

  it('puts a list of pathology encoders titled in HTML into vision/ with their groups and release months, and not its prose', async () => {
    const out = await contentFolder();
    await mkdir(join(out, 'vision'));
    await writeFile(join(out, 'vision', 'uni.md'), '---\ntitle: UNI\ndate: 2023-08\ninstitutes: [EPFL]\nhuggingface: [MahmoodLab/UNI]\n---\n');
    const list = await candidates('pathology-feature-extractors.md', out);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`skipped UNI (line 17): same Hugging Face id as ${out}/vision/uni.md`);
    expect(list.stdout).toContain(`not an entry: ${LISTS}/pathology-feature-extractors.md:27 (Some of these feature extractors have been evaluated side by side in a benchmarking study): a sentence, not the name of a model or paper`);
    expect(list.stdout).toContain(`${LISTS}/pathology-feature-extractors.md: 17 rows read: 15 candidates written into ${out}/, 1 duplicates skipped, 1 not entries`);
    expect(list.stdout).not.toContain('the source did not give');
    expect(await readdir(join(out, 'llms'))).toEqual(['medalpaca.md', 'meditron.md']);
    expect(await readdir(out)).not.toContain('surveys');
    expect(await readFile(join(out, 'vision', 'ctranspath.md'), 'utf8')).toBe(
      '---\ntitle: CTransPath\ndate: 2021-12\ninstitutes: [Sichuan University, Tencent AI Lab]\npapers:\n  - url: https://doi.org/10.1016/j.media.2022.102559\ngithub: [Xiyue-Wang/TransPath]\n---\n',
    );
  });

  it('says why it cannot read a README instead of importing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unreadable-'));
    await writeFile(join(dir, 'empty.md'), '');
    await writeFile(join(dir, 'notes.md'), '# Notes\n\n- a point\n- [Top](#notes)\n');
    const empty = await runScript('scripts/import.ts', join(dir, 'empty.md'), '--out', join(dir, 'out'), '--candidates');
    expect([empty.code, empty.stdout, empty.stderr.trim()]).toEqual([1, '', `error: ${join(dir, 'empty.md')}: the file is empty`]);
    const notes = await runScript('scripts/import.ts', join(dir, 'notes.md'), '--out', join(dir, 'out'));
    expect(notes.code).toBe(1);
    expect(notes.stderr.trim()).toBe(`error: ${join(dir, 'notes.md')}: no entries found: it has no table, and 1 list(s), none with an item linking outside the page`);
    expect(notes.stdout).not.toContain('0 entries');
  });
});

describe('--section', () => {
  it('puts every row in the section named, and refuses one that is not a section', async () => {
    const out = await mkdtemp(join(tmpdir(), 'section-'));
    await writeFile(join(out, 'institutes.yaml'), '- name: EPFL\n');
    const forced = await runScript('scripts/import.ts', join(LISTS, 'awesome-ai4med.md'), '--out', out, '--candidates', '--section', 'vision');
    expect(forced.code).toBe(0);
    expect(await readdir(out)).toEqual(['institutes.yaml', 'vision']);
    const wrong = await runScript('scripts/import.ts', join(LISTS, 'awesome-ai4med.md'), '--out', out, '--section', 'models');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('error: --section takes llms, vision, other-modalities, surveys, articles, not models');
  });
});
