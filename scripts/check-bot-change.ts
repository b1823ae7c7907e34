/**
 * npm run check-bot-change -- --allow new-entries|metrics --body <file> [--tree <dir>]
 * Before a bot pull request is opened: everything that would be committed in <dir> (a checkout with the
 * job's artifact unpacked in it: `git add --all`, then the staged change against HEAD, no rename guessing)
 * must be what that job may write (src/lib/content/git-changes.ts): new entry files for the weekly watch,
 * the metrics files for the refresh, plus the new <file> the description is read from. Anything else
 * (a changed or deleted file, another path, a symlink) is named and exits 1. Only node: modules, so the
 * check does not depend on the packages the job that made the artifact ran.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { BOT_PROPOSALS, botChangeProblems, parseRawDiff, type BotProposal } from '../src/lib/content/git-changes.ts';

const USAGE = `usage: npm run check-bot-change -- --allow ${BOT_PROPOSALS.join('|')} --body <file> [--tree <dir>]`;

const git = (tree: string, args: string[]) =>
  execFileSync('git', ['-C', tree, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      allow: { type: 'string' },
      body: { type: 'string' },
      tree: { type: 'string', default: '.' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const proposal = values.allow as BotProposal;
  if (!BOT_PROPOSALS.includes(proposal)) throw new Error(`--allow takes ${BOT_PROPOSALS.join(' or ')}, not ${JSON.stringify(values.allow ?? '')}\n${USAGE}`);
  if (!values.body) throw new Error(`--body names the file the pull request's description is read from\n${USAGE}`);

  git(values.tree, ['add', '--all']);
  const changes = parseRawDiff(git(values.tree, ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--ignore-submodules=none', '--no-relative', 'HEAD', '--']));
  const problems = botChangeProblems(changes, proposal, values.body);
  for (const problem of problems) console.error(`error: ${problem}`);
  if (problems.length) {
    console.error(`refused: the ${proposal} proposal holds ${problems.length} change(s) its job may not make; nothing is proposed`);
    process.exitCode = 1;
  } else console.log(`${changes.length} change(s), all a ${proposal} proposal may make`);
});
