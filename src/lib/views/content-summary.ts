/**
 * The job summary of a pull request's content check, as Markdown written through mdast: what the
 * validator found (errors first, with file, line and field) and the entries the pull request adds. The
 * titles and messages come from the pull request, so githubMarkdown keeps their mentions, references
 * and math inert.
 */
import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { githubMarkdown } from '../content/github-markdown.ts';
import type { Finding } from '../content/validate.ts';

export interface AddedEntry {
  file: string;
  title: string;
}

const text = (value: string) => ({ type: 'text' as const, value });
const code = (value: string) => ({ type: 'inlineCode' as const, value });
const item = (children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });

export function contentSummary(findings: readonly Finding[], added: readonly AddedEntry[]): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.length - errors.length;
  const children: RootContent[] = [
    { type: 'heading', depth: 2, children: [text('Content check')] },
    { type: 'paragraph', children: [text(errors.length ? `${errors.length} error(s) to fix, ${warnings} warning(s).` : `No errors; ${warnings} warning(s).`)] },
  ];
  if (findings.length) {
    children.push({ type: 'heading', depth: 3, children: [text('What the validator found')] });
    const ordered = [...errors, ...findings.filter((f) => f.severity !== 'error')];
    children.push({ type: 'list', ordered: false, spread: false, children: ordered.map((f) => item([code(`${f.file}:${f.line}`), text(` ${f.field}: ${f.severity === 'warning' ? 'warning: ' : ''}${f.message}`)])) });
  }
  children.push({ type: 'heading', depth: 3, children: [text(added.length ? `New entries (${added.length})` : 'No new entries')] });
  if (added.length) children.push({ type: 'list', ordered: false, spread: false, children: added.map((entry) => item([text(`${entry.title} `), code(entry.file)])) });
  const tree: Root = { type: 'root', children };
  return githubMarkdown(tree);
}
