/**
 * When each entry entered the list: the date its file was first added in git, read at build time.
 * A shallow clone has no such history, so content/added.json (written by `npm run added`) is the
 * committed fallback; git wins where it knows better (an entry added since the file was written).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SECTIONS } from '../content/schema.ts';

export const ADDED_FILE = 'added.json';
const ENTRY_PATH = new RegExp(String.raw`(?:^|/)(?:${SECTIONS.join('|')})/([a-z0-9-]+)\.md$`);

const addedFileSchema = z.record(z.string(), z.iso.date());
export type AddedDates = Record<string, string>;

/**
 * Reads `git log --diff-filter=A --name-only --format=%x00%aI` (newest commit first): each slug's
 * earliest day of addition, so an entry moved between sections keeps its first date.
 */
export function parseAddedLog(log: string): AddedDates {
  const added: AddedDates = {};
  for (const block of log.split('\0').filter(Boolean)) {
    const [date, ...files] = block.split('\n').map((line) => line.trim()).filter(Boolean);
    const day = date?.slice(0, 10) ?? '';
    for (const file of files) {
      const slug = ENTRY_PATH.exec(file)?.[1];
      if (slug && (!added[slug] || day < added[slug])) added[slug] = day;
    }
  }
  return added;
}

/** Dates from git, or undefined where there is no repository or only a shallow one. */
export function addedDatesFromGit(contentDir: string): AddedDates | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return undefined;
    return parseAddedLog(git('log', '--diff-filter=A', '--name-only', '--format=%x00%aI', '--', contentDir));
  } catch {
    return undefined;
  }
}

export function readAddedFile(contentDir: string): AddedDates {
  try {
    return addedFileSchema.parse(JSON.parse(readFileSync(join(contentDir, ADDED_FILE), 'utf8')));
  } catch {
    return {};
  }
}

/** The committed dates, with git's filling in and correcting them where git is there. */
export function loadAddedDates(contentDir: string): AddedDates {
  return { ...readAddedFile(contentDir), ...addedDatesFromGit(contentDir) };
}
