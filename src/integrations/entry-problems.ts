/** How the build stops on entries `npm run validate` rejects: the problems, one a line, as an error Astro prints as its message alone. */
import { formatFinding, type Finding } from '../lib/content/validate.ts';

/** The problems are the news, not where the check ran: no stack trace. */
export function entryProblemsError(problems: readonly Finding[] | string): Error {
  const listed = typeof problems === 'string' ? problems : `${problems.length} problem(s) in the entries (npm run validate shows the same):\n${problems.map(formatFinding).join('\n')}`;
  const error = new Error(listed);
  error.stack = '';
  return error;
}
