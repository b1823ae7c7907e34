/**
 * npm run bench:scale [-- --counts 1000,10000,30000 --runs 3] (three runs of each build unless told) — the cost of a long list, in one run on one
 * machine, at each count of synthetic entries (test/synthetic-content.ts):
 *  - the full build (`astro build`, which writes the search index and the data files too) against a bare Astro 7 site built in
 *    the same run from the same Markdown files, one minimal page per entry (with Astro's defaults, and
 *    again with the full build's build.concurrency), each build --runs times in turn: median wall time
 *    (budget <= 2x) and peak memory of all the build's processes (<= 1.5x), and
 *    where the time goes (Astro's phases, the data files and search index; the pages by kind, from Astro's timings);
 *  - the largest HTML page and the first load of /llms/, gzip (<= 60 KB each), the browse index (<= 400 KB);
 *  - the largest benchmark page (<= 60 KB), the largest file of result columns the table fetches, and
 *    `validate` on the same content, five results an entry (<= 4 s);
 *  - in Chromium: loading the index (the first change of a view), then one filter change (<= 50 ms).
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from '../test/site/built-pages.ts';
import { launchChromium } from '../test/site/chromium.ts';
import { firstLoad, kb, spread, timeChange } from '../test/site/measure.ts';
import { serveDist } from '../test/site/static-server.ts';
import { syntheticContent } from '../test/synthetic-content.ts';
import { SECTIONS } from '../src/lib/content/schema.ts';

const { values } = parseArgs({ options: { counts: { type: 'string', default: '1000,10000,30000' }, runs: { type: 'string', default: '3' } } });
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const { build: { concurrency: BUILD_CONCURRENCY } } = (await import('../astro.config.mjs')).default as { build: { concurrency: number } };
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const PAGE_BYTES = 4096;

/** pid, parent pid and resident kB of every process: from /proc on Linux (no process started 10 times a second beside the build it measures), else from ps. */
async function processTable(): Promise<[number, number, number][]> {
  if (!existsSync('/proc/self/stat')) {
    const { stdout } = await promisify(execFile)('ps', ['-e', '-o', 'pid=,ppid=,rss=']);
    return stdout.trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  }
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const rows = await Promise.all(
    pids.map(async (pid) => {
      // stat: "pid (name) state ppid ..." (the name may hold spaces, so split after its closing parenthesis); statm: pages, resident pages.
      const [stat, statm] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/statm`, 'utf8')]).catch(() => ['', '']);
      if (!stat) return undefined;
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return [Number(pid), ppid, (Number(statm.split(' ')[1]) * PAGE_BYTES) / 1024] as [number, number, number];
    }),
  );
  return rows.filter((row) => row !== undefined);
}

/** Resident memory of a process and all its descendants, in MB (the build's Pagefind runs as a child process). */
async function treeMb(root: number): Promise<number> {
  const rows = await processTable();
  const tree = new Set([root]);
  for (let size = 0; size !== tree.size;) {
    size = tree.size;
    for (const [pid, ppid] of rows) if (tree.has(ppid)) tree.add(pid);
  }
  return rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , kb]) => sum + kb, 0) / 1024;
}

/** Runs a command after flushing earlier writes to disk: its output, wall seconds and peak memory of its process tree (sampled every 100 ms). */
async function timed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  await promisify(execFile)('sync');
  const start = performance.now();
  const child = execFile(command, args, { maxBuffer: 512 * 1024 * 1024, env: ENV, ...options });
  let peakMb = 0;
  const sampler = setInterval(() => void treeMb(child.pid!).then((mb) => (peakMb = Math.max(peakMb, mb)), () => undefined), 100); // a process may end while it is being read
  let stdout = '';
  child.stdout!.on('data', (chunk: string) => (stdout += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
  return { stdout, seconds: (performance.now() - start) / 1000, peakMb };
}

/** A bare Astro site over the same Markdown files: a glob collection without schema and one minimal page per entry. */
async function bareAstroSite(content: string) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-bare-'));
  await symlink(resolve('node_modules'), join(dir, 'node_modules'));
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  // Astro's defaults; BARE_CONCURRENCY gives it the full build's build.concurrency, for a second baseline.
  await writeFile(join(dir, 'astro.config.mjs'), "export default { output: 'static', build: { concurrency: Number(process.env.BARE_CONCURRENCY) || 1 } };\n");
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { entries: defineCollection({ loader: glob({ pattern: '*/*.md', base: ${JSON.stringify(content)} }) }) };\n`,
  );
  await writeFile(
    join(dir, 'src/pages/[...slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"en\"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n",
  );
  return dir;
}

/** Astro's own phase timings in its log: what the full build spends before, on and after the pages. */
function phases(output: string): string {
  const seconds = (pattern: RegExp) => pattern.exec(output)?.[1] ?? '?';
  const besidePages = /data files and search index: (.*)/.exec(output)?.[1] ?? 'not in the log';
  const bundling = [...output.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)].reduce((sum, [, n, unit]) => sum + Number(n) / (unit === 'ms' ? 1000 : 1), 0);
  return `config and content sync ${seconds(/\[types\] Generated ([\d.]+)s/)} s, bundling ${bundling.toFixed(2)} s, ` +
    `pages ${seconds(/generating static routes[\s\S]*?Completed in ([\d.]+)s/)} s; data files and search index: ${besidePages}`;
}

/** Astro's per-page lines ("├─ /entries/x/index.html (+3ms)"), summed by the kind of page. */
function timeByPageKind(output: string): string {
  const kinds = new Map<string, { pages: number; ms: number }>();
  for (const [, path = '', ms = '0'] of output.matchAll(/(\/\S*) \(\+(\d+)ms\)/g)) {
    const kind = /^\/entries\/\d+\//.test(path) ? 'list: all entries'
      : /^\/entries\//.test(path) ? 'entry pages'
        : /^\/(institutes|specialties)\/[^/]+\//.test(path) ? `list: ${path.split('/')[1]}`
          : /^\/(llms|vision|surveys|articles)\//.test(path) ? 'list: sections'
            : 'other';
    const sum = kinds.get(kind) ?? { pages: 0, ms: 0 };
    kinds.set(kind, { pages: sum.pages + 1, ms: sum.ms + Number(ms) });
  }
  return [...kinds].sort((a, b) => b[1].ms - a[1].ms).map(([kind, { pages, ms }]) => `${kind} ${(ms / 1000).toFixed(1)} s (${pages} pages)`).join(', ');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(count: number, runs: number) {
  const content = await syntheticContent(count);
  const bareSite = await bareAstroSite(content);
  const out = await mkdtemp(join(tmpdir(), 'bench-dist-'));
  try {
    // Alternate the two builds, so a slow spell of the machine falls on both; report the medians.
    const bare: Awaited<ReturnType<typeof timed>>[] = [];
    const bareConcurrent: Awaited<ReturnType<typeof timed>>[] = [];
    const full: Awaited<ReturnType<typeof timed>>[] = [];
    // Each build starts as on a fresh checkout: no content cache (--force), no earlier output to delete.
    const bareBuild = async (concurrency: number) => {
      await rm(join(bareSite, 'dist'), { recursive: true, force: true });
      return timed(process.execPath, [ASTRO, 'build', '--force', '--silent'], { cwd: bareSite, env: { ...ENV, BARE_CONCURRENCY: String(concurrency) } });
    };
    for (let run = 0; run < runs; run++) {
      bare.push(await bareBuild(1));
      bareConcurrent.push(await bareBuild(BUILD_CONCURRENCY));
      await rm(out, { recursive: true, force: true });
      full.push(await timed(process.execPath, [ASTRO, 'build', '--force', '--outDir', out], { env: { ...ENV, CONTENT_DIR: content } }));
    }
    const seconds = (results: { seconds: number }[]) => median(results.map((r) => r.seconds));
    const peak = (results: { peakMb: number }[]) => median(results.map((r) => r.peakMb));
    const all = (results: { seconds: number }[]) => results.map((r) => r.seconds.toFixed(1)).join(', ');
    console.log(`${count} entries (${runs} run(s) of each build, medians):`);
    console.log(`  full build (astro build, search index included) ${seconds(full).toFixed(1)} s [${all(full)}]; bare Astro ${seconds(bare).toFixed(1)} s [${all(bare)}]: ${(seconds(full) / seconds(bare)).toFixed(2)}x (budget 2x)`);
    console.log(`    against bare Astro given the same build.concurrency (${BUILD_CONCURRENCY}): ${seconds(bareConcurrent).toFixed(1)} s [${all(bareConcurrent)}]: ${(seconds(full) / seconds(bareConcurrent)).toFixed(2)}x`);
    const allMb = (results: { peakMb: number }[]) => results.map((r) => r.peakMb.toFixed(0)).join(', ');
    console.log(`  peak memory of the build's processes ${peak(full).toFixed(0)} MB [${allMb(full)}]; bare Astro ${peak(bare).toFixed(0)} MB [${allMb(bare)}]: ${(peak(full) / peak(bare)).toFixed(2)}x (budget 1.5x)`);
    const last = full.at(-1)!.stdout;
    console.log(`  where the time goes (last run): ${phases(last)}`);
    console.log(`  the pages by kind, each page's render time summed (pages render ${BUILD_CONCURRENCY} at a time, so the sums exceed the phase): ${timeByPageKind(last)}`);
    const pages = await htmlFiles(out);
    let largest = { path: '', gzip: 0 };
    for (const path of pages) {
      const gzip = gzipSync(await readFile(path), { level: 6 }).length;
      if (gzip > largest.gzip) largest = { path: path.slice(out.length), gzip };
    }
    const indexes = await Promise.all(SECTIONS.map(async (section) => `${section} ${kb(gzipSync(await readFile(join(out, `data/browse/${section}.json`)), { level: 6 }).length)}`));
    console.log(`  ${pages.length} HTML pages, the largest ${largest.path} ${kb(largest.gzip)} gzip (budget 60 KB); browse index by section, gzip (budget 400 KB each): ${indexes.join(', ')}`);
    const benchmarkPages = pages.filter((path) => path.startsWith(join(out, 'benchmarks', '/')));
    let largestBenchmark = { path: '', gzip: 0 };
    for (const path of benchmarkPages) {
      const gzip = gzipSync(await readFile(path), { level: 6 }).length;
      if (gzip > largestBenchmark.gzip) largestBenchmark = { path: path.slice(out.length), gzip };
    }
    console.log(`  ${benchmarkPages.length} benchmark pages (${count * 5} results), the largest ${largestBenchmark.path} ${kb(largestBenchmark.gzip)} gzip (budget 60 KB)`);
    const columnFiles = await Promise.all(
      (await readdir(join(out, 'data/browse/results'))).map(async (name) => ({ name, gzip: gzipSync(await readFile(join(out, 'data/browse/results', name)), { level: 6 }).length })),
    );
    const largestColumns = columnFiles.sort((a, b) => b.gzip - a.gzip)[0]!;
    console.log(`  result columns for the table view: ${columnFiles.length} files, the largest ${largestColumns.name} ${kb(largestColumns.gzip)} gzip (fetched when one of its columns is chosen)`);
    const validate = await timed(process.execPath, ['scripts/validate.ts', '--content', content]);
    console.log(`  npm run validate on the same content ${validate.seconds.toFixed(2)} s (budget 4 s), as it reports: ${validate.stdout.trim().split('\n').at(-1)}`);
    await browse(out);
  } finally {
    for (const dir of [content, bareSite, out]) await rm(dir, { recursive: true, force: true });
  }
}

/** The first load of /llms/, the index load, and filter changes after it, in Chromium. */
async function browse(out: string) {
  const site = await serveDist(out);
  const browser = await launchChromium();
  try {
    const load = await firstLoad(browser, site.origin, '/llms/');
    console.log(`  first load of /llms/: ${kb(load.total)} gzip (budget 60 KB), ${kb(load.script)} of JavaScript, ${load.foreign.length} requests to other origins`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/llms/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('entry-browser.enhanced'));
    const indexLoad = await timeChange(page, 'sort:citations');
    // The two institutes the panel offers first: which ones the synthetic list gives most depends on the registry.
    const [first, second] = await page.$$eval('entry-browser input[name="institute"]', (boxes) => boxes.slice(0, 2).map((box) => (box as HTMLInputElement).value));
    const actions = [`institute:${first}`, `institute:${first}`, `institute:${second}`, 'year:2020', 'year:', 'q:clinical', 'q:clinical text 12', 'q:', 'sort:stars', 'sort:date', `institute:${second}`, 'sort:citations'];
    const byAction = new Map<string, number[]>();
    for (const action of [...actions, ...actions, ...actions]) byAction.set(action, [...(byAction.get(action) ?? []), await timeChange(page, action)]);
    const { median, p90, worst } = spread([...byAction.values()].flat());
    console.log(`  index load (first change): ${indexLoad.toFixed(0)} ms; then one filter change (${actions.length * 3}): median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (budget 50 ms)`);
    console.log(`    median by change: ${[...byAction].map(([action, ms]) => `${action} ${spread(ms).median.toFixed(0)}`).join(', ')}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

for (const count of values.counts.split(',').map(Number)) await measure(count, Number(values.runs));
