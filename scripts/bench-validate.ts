/**
 * npm run bench:validate — times `npm run validate` (the real command, as a process) on the real
 * content and on N synthetic entries (default 10,000) with five results each, every one checked as a whole
 * count of its variant's items. Budgets: <= 2 s and <= 4 s. Only measures.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { readInstituteRegistry } from '../src/lib/content/content-files.ts';
import { serializeEntry } from '../src/lib/content/entry-file.ts';
import { SECTIONS } from '../src/lib/content/schema.ts';

/** Five results per synthetic entry, each a possible count (k/N printed at its decimals, k a quarter to three quarters of N), so the run measures files that pass the count checks. */
const SYNTHETIC_RESULTS = [
  ['medqa', 'us-4-option-test', 1273, 1],
  ['pubmedqa', 'pqa-l-test', 500, 1],
  ['medmcqa', 'dev', 4183, 2],
  ['mmlu-medical', 'medical-genetics', 100, 0],
  ['vqa-rad', 'closed', 272, 1],
] as const;

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);

async function time(content: string) {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/validate.ts', '--content', content], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string }) => ({ stdout: error.stdout }),
  );
  return { seconds: (performance.now() - started) / 1000, summary: stdout.trim().split('\n').at(-1) };
}

const real = await time('content');
console.log(`real content: ${real.seconds.toFixed(2)} s wall, process start included (budget 2 s): ${real.summary}`);

const dir = await mkdtemp(join(tmpdir(), 'bench-validate-'));
try {
  await cp('content/institutes.yaml', join(dir, 'institutes.yaml'));
  await cp('content/benchmarks.yaml', join(dir, 'benchmarks.yaml'));
  const names = (await readInstituteRegistry('content')).map((i) => i.name);
  for (const section of SECTIONS) await mkdir(join(dir, section));
  for (let i = 0; i < count; i++) {
    const data = {
      title: `Synthetic Model ${i}`,
      summary: 'A synthetic entry for timing the validator',
      date: `${2015 + (i % 11)}-${String((i % 12) + 1).padStart(2, '0')}`,
      institutes: [names[i % names.length]!],
      papers: [{ url: `https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}`, title: `Synthetic paper ${i}`, authors: ['Ann Author', `Bo Builder ${i}`], semanticScholar: `CorpusID:${100_000 + i}` }],
      huggingface: [`org${i % 89}/model-${i}`],
      github: [`owner${i % 97}/repo-${i}`],
      links: [{ label: 'Blog', url: `https://example.org/${i}` }],
      results: SYNTHETIC_RESULTS.map(([benchmark, variant, items, decimals]) => {
        const right = Math.floor(items / 4) + (i % Math.floor(items / 2));
        return {
          benchmark, variant, metric: 'accuracy', value: Number(((100 * right) / items).toFixed(decimals)), model: `Synthetic ${i}`,
          source: { url: `https://example.org/${i}/${benchmark}`, locator: 'Table 1', reportedBy: 'first-party' },
        };
      }),
    };
    await writeFile(join(dir, SECTIONS[i % SECTIONS.length]!, `synthetic-model-${i}.md`), serializeEntry(data));
  }
  const synthetic = await time(dir);
  console.log(`${count} synthetic entries: ${synthetic.seconds.toFixed(2)} s wall (budget 4 s): ${synthetic.summary}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
