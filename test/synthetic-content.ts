/**
 * A content folder of N synthetic entries for the benchmarks: the project's own entry format, the real
 * institutes registry, varied words (so compression is not flattered by repetition), a mix of sections,
 * facts and ids, five results each on the real benchmark registry, and metrics for a third of them.
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBenchmarkRegistry, readInstituteRegistry } from '../src/lib/content/content-files.ts';
import { serializeEntry } from '../src/lib/content/entry-file.ts';
import { SECTIONS, SPECIALTIES, TASKS } from '../src/lib/content/schema.ts';

const WORDS = (
  'clinical medical foundation model language vision radiology pathology report generation retrieval ' +
  'pretraining instruction tuning benchmark evaluation multimodal segmentation diagnosis electronic health ' +
  'records notes imaging chest x-ray whole slide retinal dermatology cardiology genomics oncology patient ' +
  'safety reasoning question answering summarization open weights dataset encoder decoder transformer'
).split(' ');

/** A deterministic pseudo-random generator, so two runs write the same content. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

/**
 * A value validate accepts: on a metric that counts items, k of the variant's N (a quarter to three
 * quarters of them) at one decimal; otherwise a point of the metric's range, at two decimals, in its
 * upper nine tenths (so a percentage never reads as a fraction beside the others).
 */
function possibleValue(metric: { min: number; max: number; counts?: 'items' }, variant: { items?: number }, random: (below: number) => number): number {
  if (metric.counts && variant.items) return Number(((100 * (Math.floor(variant.items / 4) + random(Math.floor(variant.items / 2) + 1))) / variant.items).toFixed(1));
  return Number((metric.min + (0.1 + random(900) / 1000) * (metric.max - metric.min)).toFixed(2));
}

export async function syntheticContent(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-content-'));
  for (const section of SECTIONS) await mkdir(join(dir, section), { recursive: true });
  await cp('content/institutes.yaml', join(dir, 'institutes.yaml'));
  await cp('content/benchmarks.yaml', join(dir, 'benchmarks.yaml'));
  const names = (await readInstituteRegistry('content')).map((i) => i.name);
  const benchmarks = await readBenchmarkRegistry('content');
  const random = generator(count);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[random(WORDS.length)]).join(' ');
  const at = '2026-11-20T00:00:00Z';
  const metrics = { github: {} as Record<string, object>, huggingface: {} as Record<string, object>, semanticScholar: {} as Record<string, object> };
  for (let i = 0; i < count; i++) {
    // Most of a real list is models: 60 % LLMs, 30 % vision, the rest papers and articles.
    const section = SECTIONS[i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2 + (Math.floor(i / 10) % 2)]!;
    const year = 2019 + (i % 8);
    const month = String((i % 10) + 1).padStart(2, '0');
    const model = section === 'llms' || section === 'vision';
    const data = {
      title: `${words(1)} ${words(1)}-${i}`.replace(/^./, (c) => c.toUpperCase()),
      summary: words(8 + random(8)),
      date: `${year}-${month}`,
      institutes: [...new Set([names[random(names.length)]!, names[random(names.length)]!])],
      // A paper's own title and authors and a model's licence, as a curated list has them (the real list is filling them in).
      papers: [{ url: `https://arxiv.org/abs/${2001 + (i % 2500)}.${String(i).padStart(5, '0')}`, title: words(6 + random(6)), authors: [`Ann ${words(1)}`, `Bo ${words(1)}`, `Cy ${words(1)}`], semanticScholar: `CorpusID:${3_000_000 + i}` }],
      ...(model ? { huggingface: [`synthetic-org-${i % 300}/model-${i}`], github: [`synthetic/model-${i}`] } : {}),
      ...(model ? { access: 'open-weights' as const, license: 'Apache-2.0', modalities: section === 'vision' ? ['image', 'text'] : ['text'] } : {}),
      specialties: [SPECIALTIES[random(SPECIALTIES.length)]!],
      ...(model ? { tasks: [TASKS[random(TASKS.length)]!] } : {}),
      results: Array.from({ length: 5 }, (_, r) => {
        const benchmark = benchmarks[random(benchmarks.length)]!;
        const metric = benchmark.metrics[random(benchmark.metrics.length)]!;
        const variant = benchmark.variants[random(benchmark.variants.length)]!;
        return {
          benchmark: benchmark.id,
          variant: variant.id,
          metric: metric.id,
          value: possibleValue(metric, variant, random),
          model: `checkpoint ${r}`,
          setting: { shots: random(6), ...(r % 2 ? { chainOfThought: true } : {}) },
          source: { url: `https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}`, locator: `Table ${r + 1}`, reportedBy: r % 3 ? 'first-party' as const : 'third-party' as const },
        };
      }),
    };
    if (i % 3 === 0) metrics.semanticScholar[`CorpusID:${3_000_000 + i}`] = { citations: random(5000), fetchedAt: at };
    if (model && i % 4 === 0) metrics.github[`synthetic/model-${i}`] = { stars: random(9000), archived: false, license: 'Apache-2.0', fetchedAt: at };
    if (model && i % 5 === 0) metrics.huggingface[`synthetic-org-${i % 300}/model-${i}`] = { likes: random(900), downloads: random(100_000), gated: false, fetchedAt: at };
    await writeFile(join(dir, section, `synthetic-${i}.md`), serializeEntry(data));
  }
  await writeFile(join(dir, 'metrics.json'), JSON.stringify({ version: 2, ...metrics }));
  return dir;
}
