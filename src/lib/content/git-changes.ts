/**
 * What a change to the repository touches, read from git's own record of it, and the two questions CI
 * asks of it: may a pull request take the content-only fast path, and is a bot's proposal only what its
 * job may write? Both fail closed: output git did not write this way, a status or a file mode not named
 * here, an empty change, all mean "no". Imports nothing but the vocabulary, so the workflows run it on a
 * bare Node without `npm ci`.
 */
import { SECTIONS, SLUG_PATTERN } from './vocabulary.ts';

/** One file the change touches: git's status letter, its modes before and after, and every path it names (a rename or copy: both). */
export interface FileChange {
  status: string;
  modes: [before: string, after: string];
  paths: string[];
}

/**
 * `git diff --raw -z` output as changes. The raw format is `--name-status` with the file modes, which
 * tell a symlink (120000) or a submodule (160000) from a file. With -z every path is written as it is
 * (newlines, quotes, a leading dash), ended by a NUL. Anything else is an error.
 */
export function parseRawDiff(output: string): FileChange[] {
  const fields = output.split('\0');
  if (fields.pop() !== '') throw new Error('git diff --raw -z output does not end with a NUL');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length; ) {
    const header = /^:(\d{6}) (\d{6}) [0-9a-f]+ [0-9a-f]+ ([ACDMRTUX])\d*$/.exec(fields[i]!);
    if (!header) throw new Error(`not a git diff --raw -z record: ${JSON.stringify(fields[i]!.slice(0, 80))}`);
    const [before, after, status] = [header[1]!, header[2]!, header[3]!];
    const count = status === 'R' || status === 'C' ? 2 : 1;
    const paths = fields.slice(i + 1, i + 1 + count);
    if (paths.length < count || paths.some((path) => !path)) throw new Error(`git diff --raw -z record ${fields[i]} lacks its path`);
    changes.push({ status, modes: [before, after], paths });
    i += 1 + count;
  }
  return changes;
}

const ABSENT = '000000';
const REGULAR_FILE = '100644';
const STATUS_WORDS: Record<string, string> = { A: 'added', C: 'copied', D: 'deleted', M: 'modified', R: 'renamed', T: 'changed in type', U: 'unmerged', X: 'unknown to git' };
const MODE_WORDS: Record<string, string> = { '100755': 'an executable file', '120000': 'a symlink', '160000': 'a submodule' };

/** A change to plain files only: no symlink, submodule or executable on either side. */
const onlyPlainFiles = ({ modes }: FileChange) => modes.every((mode) => mode === ABSENT || mode === REGULAR_FILE);
const describeChange = ({ status, modes, paths }: FileChange) => {
  const odd = modes.find((mode) => mode !== ABSENT && mode !== REGULAR_FILE);
  const what = odd ? `${MODE_WORDS[odd] ?? `mode ${odd}`}, ${STATUS_WORDS[status]}` : STATUS_WORDS[status];
  return `${paths.map((path) => JSON.stringify(path)).join(' -> ')} (${what})`;
};

/** `content/<section>/<slug>.md`: where an entry lives, with the slug rules new-entry and validate use. */
export function isEntryPath(path: string): boolean {
  const [top, section, name, ...deeper] = path.split('/');
  return top === 'content' && !deeper.length && (SECTIONS as readonly string[]).includes(section!) && name!.endsWith('.md') && SLUG_PATTERN.test(name!.slice(0, -3));
}

/** The files beside the entries that the content check (validate, the content tests, a build) covers. */
const CONTENT_REGISTRIES = new Set(['content/institutes.yaml', 'content/benchmarks.yaml', 'content/SOURCES.md']);
const isContentPath = (path: string) => isEntryPath(path) || CONTENT_REGISTRIES.has(path);

/**
 * Whether a pull request changes only entries and the registries beside them, so the content check is
 * enough: every path it names (both names of a rename or copy, a deleted one too) is one of them, as a
 * plain file. Everything else under content/ (metrics, added dates, the generated JSON Schema) and an
 * empty change take the whole suite. `reason` says why, for the job's log.
 */
export function contentOnly(changes: readonly FileChange[]): { contentOnly: boolean; reason: string } {
  if (!changes.length) return { contentOnly: false, reason: 'git reports no changed file' };
  const other = changes.find((change) => !onlyPlainFiles(change) || !change.paths.every(isContentPath));
  if (other) return { contentOnly: false, reason: `${describeChange(other)} is not an entry or registry under content/` };
  return { contentOnly: true, reason: `${changes.length} change(s), all to entries and registries under content/` };
}

/** What the job proposing a bot pull request may commit: the weekly watch's new drafts, or the metrics refresh's files. */
export type BotProposal = 'new-entries' | 'metrics';
export const BOT_PROPOSALS: readonly BotProposal[] = ['new-entries', 'metrics'];

/** Files the metrics refresh rewrites: the numbers, their history, and the README list made from them (`npm run readme -- --check` holds it to them). */
const METRICS_FILES = new Set(['content/metrics.json', 'content/metrics-history.json', 'README.md']);

const RULES: Record<BotProposal, { may: string; allows: (change: FileChange) => boolean }> = {
  'new-entries': {
    may: `only add new entry files content/<section>/<slug>.md (sections: ${SECTIONS.join(', ')})`,
    allows: ({ status, paths }) => status === 'A' && isEntryPath(paths[0]!),
  },
  metrics: {
    may: `only write ${[...METRICS_FILES].join(', ')}`,
    allows: ({ status, paths }) => (status === 'A' || status === 'M') && METRICS_FILES.has(paths[0]!),
  },
};

/**
 * Why a bot's proposal must not be committed, one line per file (none when it may): every change is a
 * plain file its rules allow, or the new `body` file the pull request's description is read from.
 */
export function botChangeProblems(changes: readonly FileChange[], proposal: BotProposal, body: string): string[] {
  const { may, allows } = RULES[proposal];
  const isBody = ({ status, paths }: FileChange) => status === 'A' && paths[0] === body;
  return changes
    .filter((change) => !onlyPlainFiles(change) || !(allows(change) || isBody(change)))
    .map((change) => `${describeChange(change)}: a ${proposal} proposal may ${may}, as regular files`);
}
