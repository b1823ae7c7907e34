import { describe, expect, it } from 'vitest';
import { botChangeProblems, contentOnly, isEntryPath, parseRawDiff, type FileChange } from './git-changes.ts';

const SHA = 'a'.repeat(40);
const ZERO = '0'.repeat(40);
const FILE = '100644';
const NONE = '000000';

/** One record as `git diff --raw -z --no-abbrev` writes it: the header, then each path, each ended by a NUL. */
const raw = (status: string, paths: string[], modes: [string, string] = [status === 'A' ? NONE : FILE, status === 'D' ? NONE : FILE]) =>
  `:${modes[0]} ${modes[1]} ${modes[0] === NONE ? ZERO : SHA} ${modes[1] === NONE ? ZERO : SHA} ${status}\0${paths.map((path) => `${path}\0`).join('')}`;
const change = (status: string, paths: string[], modes?: [string, string]): FileChange => parseRawDiff(raw(status, paths, modes))[0]!;
const verdict = (...records: string[]) => contentOnly(parseRawDiff(records.join(''))).contentOnly;

describe('parseRawDiff', () => {
  it('reads each record with its status, both modes and every path, a rename or copy by both names', () => {
    expect(parseRawDiff(raw('M', ['content/llms/a.md']) + raw('R100', ['test/x.ts', 'content/llms/x.md']) + raw('C075', ['keep.txt', 'content/copy.txt']) + raw('D', ['-lead']))).toEqual([
      { status: 'M', modes: [FILE, FILE], paths: ['content/llms/a.md'] },
      { status: 'R', modes: [FILE, FILE], paths: ['test/x.ts', 'content/llms/x.md'] },
      { status: 'C', modes: [FILE, FILE], paths: ['keep.txt', 'content/copy.txt'] },
      { status: 'D', modes: [FILE, NONE], paths: ['-lead'] },
    ]);
  });

  it('keeps paths with newlines, quotes, tabs and a leading dash exactly as git wrote them', () => {
    const odd = 'content/llms/new\nline".md';
    expect(parseRawDiff(raw('A', [odd]) + raw('A', ['--force\tx']))).toEqual([
      { status: 'A', modes: [NONE, FILE], paths: [odd] },
      { status: 'A', modes: [NONE, FILE], paths: ['--force\tx'] },
    ]);
  });

  it('reads an empty change as no records', () => {
    expect(parseRawDiff('')).toEqual([]);
  });

  it('refuses output git does not write: no final NUL, --name-only lines, a lost path, an unknown status, a merge\'s combined record', () => {
    expect(() => parseRawDiff(raw('M', ['a']).slice(0, -1))).toThrow(/does not end with a NUL/);
    expect(() => parseRawDiff('content/llms/a.md\0')).toThrow(/not a git diff --raw -z record: "content\/llms\/a.md"/);
    expect(() => parseRawDiff(raw('R100', ['test/x.ts', 'content/x.md']).replace('content/x.md\0', ''))).toThrow(/lacks its path/);
    expect(() => parseRawDiff(raw('Q', ['a']))).toThrow(/not a git diff --raw -z record/);
    expect(() => parseRawDiff(`::${FILE} ${FILE} ${FILE} ${SHA} ${SHA} ${SHA} MM\0a\0`)).toThrow(/not a git diff --raw -z record/);
  });
});

describe('isEntryPath', () => {
  it('takes content/<section>/<slug>.md and nothing looser', () => {
    expect(isEntryPath('content/llms/meditron-70b.md')).toBe(true);
    expect(isEntryPath('content/other-modalities/x.md')).toBe(true);
    for (const path of ['content/datasets/x.md', 'content/llms/X.md', 'content/llms/a b.md', 'content/llms/sub/x.md', 'content/llms/x.ts', 'content/llms/.md', 'content/llms/-x.md', 'src/llms/x.md', 'content/llms/x.md/y'])
      expect(isEntryPath(path), path).toBe(false);
  });
});

describe('contentOnly', () => {
  it('takes the fast path for entries and the registries beside them, added, changed or deleted', () => {
    expect(verdict(raw('A', ['content/llms/new-model.md']), raw('M', ['content/institutes.yaml']), raw('M', ['content/SOURCES.md']), raw('D', ['content/vision/old.md']), raw('M', ['content/benchmarks.yaml']))).toBe(true);
    expect(verdict(raw('R095', ['content/llms/a.md', 'content/vision/a.md']))).toBe(true);
  });

  it('counts both names of a rename or copy, so moving a test or a workflow into content/ runs the whole suite', () => {
    expect(verdict(raw('R100', ['test/workflows.test.ts', 'content/llms/x.md']))).toBe(false);
    expect(verdict(raw('R100', ['.github/workflows/pull-request.yml', 'content/llms/pull-request.md']))).toBe(false);
    expect(verdict(raw('C100', ['scripts/cli.ts', 'content/llms/cli.md']))).toBe(false);
    expect(verdict(raw('R100', ['content/llms/x.md', 'scripts/x.ts']))).toBe(false);
  });

  it('runs the whole suite for a deletion outside the entries', () => {
    expect(verdict(raw('A', ['content/llms/x.md']), raw('D', ['test/content.test.ts']))).toBe(false);
  });

  it('runs the whole suite for the other files under content/ (the metrics, added dates, the generated schema) and anything odd', () => {
    for (const path of ['content/metrics.json', 'content/metrics-history.json', 'content/added.json', 'content/entry.schema.json', 'content/llms/x.ts', 'content/llms/Bad Name.md', 'content/llms/new\nline".md', 'README.md', '-lead'])
      expect(verdict(raw('M', [path])), path).toBe(false);
  });

  it('runs the whole suite for a symlink, a submodule, an executable or a type change, even at an entry\'s path', () => {
    expect(verdict(raw('A', ['content/llms/link.md'], [NONE, '120000']))).toBe(false);
    expect(verdict(raw('A', ['content/llms/sub.md'], [NONE, '160000']))).toBe(false);
    expect(verdict(raw('M', ['content/llms/x.md'], [FILE, '100755']))).toBe(false);
    expect(verdict(raw('T', ['content/llms/x.md'], [FILE, '120000']))).toBe(false);
  });

  it('runs the whole suite for an empty change, and says why in every case', () => {
    expect(contentOnly([])).toEqual({ contentOnly: false, reason: 'git reports no changed file' });
    expect(contentOnly([change('R100', ['test/x.ts', 'content/llms/x.md'])]).reason).toBe('"test/x.ts" -> "content/llms/x.md" (renamed) is not an entry or registry under content/');
    expect(contentOnly([change('A', ['content/llms/l.md'], [NONE, '120000'])]).reason).toBe('"content/llms/l.md" (a symlink, added) is not an entry or registry under content/');
  });
});

describe('botChangeProblems', () => {
  const BODY = 'pull-request.md';
  const entries = (...changes: FileChange[]) => botChangeProblems(changes, 'new-entries', BODY);

  it('lets the weekly watch add new entry files and its description, and nothing else', () => {
    expect(entries(change('A', ['content/llms/new-model.md']), change('A', ['content/surveys/a-survey.md']), change('A', [BODY]))).toEqual([]);
    expect(entries()).toEqual([]);
  });

  it('refuses a changed, deleted or renamed entry, another path, a symlink, and names each with the rule', () => {
    const problems = entries(
      change('A', ['content/llms/fine.md']),
      change('M', ['content/llms/aloe.md']),
      change('D', ['content/vision/gone.md']),
      change('A', ['content/institutes.yaml']),
      change('A', ['scripts/evil.ts']),
      change('A', ['content/llms/link.md'], [NONE, '120000']),
      change('A', ['content/llms/run.md'], [NONE, '100755']),
      change('M', [BODY]),
    );
    expect(problems).toEqual([
      '"content/llms/aloe.md" (modified): a new-entries proposal may only add new entry files content/<section>/<slug>.md (sections: llms, vision, other-modalities, surveys, articles), as regular files',
      expect.stringMatching(/^"content\/vision\/gone.md" \(deleted\): /),
      expect.stringMatching(/^"content\/institutes.yaml" \(added\): /),
      expect.stringMatching(/^"scripts\/evil.ts" \(added\): /),
      expect.stringMatching(/^"content\/llms\/link.md" \(a symlink, added\): /),
      expect.stringMatching(/^"content\/llms\/run.md" \(an executable file, added\): /),
      expect.stringMatching(/^"pull-request.md" \(modified\): /),
    ]);
  });

  it('lets the metrics refresh write the metrics, their history and the README, and nothing else', () => {
    const metrics = (...changes: FileChange[]) => botChangeProblems(changes, 'metrics', 'refresh-report/pull-request.md');
    expect(metrics(change('M', ['content/metrics.json']), change('A', ['content/metrics-history.json']), change('M', ['README.md']), change('A', ['refresh-report/pull-request.md']))).toEqual([]);
    expect(metrics(change('A', ['content/llms/x.md']), change('D', ['content/metrics.json']), change('M', ['content/institutes.yaml']), change('M', ['README.md'], [FILE, '120000']))).toEqual([
      '"content/llms/x.md" (added): a metrics proposal may only write content/metrics.json, content/metrics-history.json, README.md, as regular files',
      expect.stringMatching(/^"content\/metrics.json" \(deleted\): /),
      expect.stringMatching(/^"content\/institutes.yaml" \(modified\): /),
      expect.stringMatching(/^"README.md" \(a symlink, modified\): /),
    ]);
  });
});
