/**
 * npm run content-only -- --base <sha>
 * The pull-request workflow's fast path: prints `content-only=true` when every file changed since <sha>
 * (git diff <sha>...HEAD, renames and copies by both names, deletions too) is an entry or registry under
 * content/, else `content-only=false`; why goes to stderr. Fails closed: a base that is no commit id, a git
 * that fails or answers oddly, an empty change all print false. Only node: modules, so CI runs it before
 * (and without) `npm ci`.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { contentOnly, parseRawDiff } from '../src/lib/content/git-changes.ts';

const USAGE = 'usage: npm run content-only -- --base <commit sha>';
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function changesSince(base: string) {
  if (!COMMIT_ID.test(base)) throw new Error(`--base takes the full commit id of the pull request's base, not ${JSON.stringify(base)}`);
  const output = execFileSync(
    'git',
    ['diff', '--raw', '-z', '--no-abbrev', '--find-renames', '--find-copies', '--ignore-submodules=none', '--no-relative', `${base}...HEAD`, '--'],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return parseRawDiff(output);
}

await runCli(USAGE, async () => {
  const { values } = parseArgs({ options: { base: { type: 'string', default: '' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) return console.log(USAGE);
  let verdict: ReturnType<typeof contentOnly>;
  try {
    verdict = contentOnly(changesSince(values.base));
  } catch (error) {
    verdict = { contentOnly: false, reason: `the change could not be read, so the whole suite runs: ${(error as Error).message.trim()}` };
  }
  console.log(`content-only=${verdict.contentOnly}`);
  console.error(verdict.reason);
});
