/**
 * npm run bench:scale [-- --counts 1000,10000,30000] — the cost of a long list, in one run on one machine,
 * at each count of synthetic entries (test/synthetic-content.ts):
 *  - the full build (astro build, then pagefind) against a bare Astro 7 site built in the same run from the
 *    same Markdown files, one minimal page per entry: wall time (budget <= 2x) and peak memory (<= 1.5x),
 *    and where the time goes (astro or pagefind; by page kind, from astro's per-page timings);
 *  - the largest HTML page and the first load of /llms/, gzip (<= 60 KB each), the browse index (<= 400 KB);
 *  - in Chromium: loading the index (the first change of a view), then one filter change (<= 50 ms).
 * Needs GNU time (/usr/bin/time, Debian's time package) for peak memory.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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

const { values } = parseArgs({ options: { counts: { type: 'string', default: '1000,10000,30000' } } });
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs a command under GNU time: its output, wall seconds and peak resident memory in MB. */
async function timed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const { stdout, stderr } = await promisify(execFile)('/usr/bin/time', ['-f', 'TIME %e %M', command, ...args], { maxBuffer: 512 * 1024 * 1024, env: ENV, ...options });
  const [, seconds = '0', kbytes = '0'] = /TIME (\S+) (\d+)\s*$/.exec(stderr) ?? [];
  return { stdout, seconds: Number(seconds), peakMb: Number(kbytes) / 1024 };
}

/** A bare Astro site over the same Markdown files: a glob collection without schema and one minimal page per entry. */
async function buildBaseline(content: string) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-bare-'));
  await symlink(resolve('node_modules'), join(dir, 'node_modules'));
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(dir, 'astro.config.mjs'), "export default { output: 'static' };\n");
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { entries: defineCollection({ loader: glob({ pattern: '*/*.md', base: ${JSON.stringify(content)} }) }) };\n`,
  );
  await writeFile(
    join(dir, 'src/pages/[...slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"en\"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n",
  );
  const result = await timed(process.execPath, [ASTRO, 'build', '--silent'], { cwd: dir });
  await rm(dir, { recursive: true, force: true });
  return result;
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

async function measure(count: number) {
  const content = await syntheticContent(count);
  const out = await mkdtemp(join(tmpdir(), 'bench-dist-'));
  try {
    const bare = await buildBaseline(content);
    const astro = await timed(process.execPath, [ASTRO, 'build', '--force', '--outDir', out], { env: { ...ENV, CONTENT_DIR: content } });
    const pagefind = await timed(resolve('node_modules/.bin/pagefind'), ['--site', out, '--silent']);
    const seconds = astro.seconds + pagefind.seconds;
    const peak = Math.max(astro.peakMb, pagefind.peakMb);
    console.log(`${count} entries:`);
    console.log(`  build ${seconds.toFixed(1)} s (astro ${astro.seconds.toFixed(1)} s, pagefind ${pagefind.seconds.toFixed(1)} s); bare Astro ${bare.seconds.toFixed(1)} s: ${(seconds / bare.seconds).toFixed(2)}x (budget 2x)`);
    console.log(`  peak memory ${peak.toFixed(0)} MB (astro ${astro.peakMb.toFixed(0)}, pagefind ${pagefind.peakMb.toFixed(0)}); bare Astro ${bare.peakMb.toFixed(0)} MB: ${(peak / bare.peakMb).toFixed(2)}x (budget 1.5x)`);
    console.log(`  where astro's page time goes: ${timeByPageKind(astro.stdout)}`);
    const pages = await htmlFiles(out);
    let largest = { path: '', gzip: 0 };
    for (const path of pages) {
      const gzip = gzipSync(await readFile(path), { level: 6 }).length;
      if (gzip > largest.gzip) largest = { path: path.slice(out.length), gzip };
    }
    const indexes = await Promise.all(SECTIONS.map(async (section) => `${section} ${kb(gzipSync(await readFile(join(out, `data/browse/${section}.json`)), { level: 6 }).length)}`));
    console.log(`  ${pages.length} HTML pages, the largest ${largest.path} ${kb(largest.gzip)} gzip (budget 60 KB); browse index by section, gzip (budget 400 KB each): ${indexes.join(', ')}`);
    await browse(out);
  } finally {
    await rm(content, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
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
    const actions = ['institute:Google', 'institute:Google', 'institute:EPFL', 'year:2020', 'year:', 'q:clinical', 'q:clinical text 12', 'q:', 'sort:stars', 'sort:date', 'institute:EPFL', 'sort:citations'];
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

for (const count of values.counts.split(',').map(Number)) await measure(count);
