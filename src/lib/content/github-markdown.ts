/**
 * Markdown that GitHub shows (a pull request's body, a job summary, README.md, a table pasted into an
 * issue), written from text the project does not control: arXiv titles, error texts, entries, a shared
 * link's search. remark escapes CommonMark, but GitHub adds its own syntax on top: an `@name` or
 * `@org/team` mentions (and notifies) people, `#1`, `GH-1` and `owner/repo#1` link issues, and `$…$` or
 * `$$…$$` is typeset as math. GitHub looks for none of these inside code (its filters skip `code`
 * elements, and math is never read in a code span), so each one found in a text node becomes a code
 * span: it reads the same, and is inert. Words GitHub reads as neither, like "a@b.org", "C#" or "GPT-4",
 * are left alone. URLs in text are no exception: remark-gfm escapes them so that GitHub does not link
 * them, so a mention inside one would count.
 * Lives in content/ because intake (the watch), metrics (the link report) and views all write such
 * Markdown, and content is what each of them may import.
 */
import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

/**
 * A mention (an `@` after no letter, digit or underscore, as GitHub's rule has it, then a name and maybe
 * a team), an issue reference (`#` or `GH-` then digits: `owner/repo#1` is cut at its `#`) or a run of
 * dollar signs; side by side, they make one code span.
 */
const GITHUB_SYNTAX = /(?:(?<!\w)@[a-z\d][a-z\d-]*(?:\/[\w.-]+)?|#\d+|GH-\d+|\$)+/gi;

/** Turns GitHub's own syntax in every text node of the tree into code spans; changes the tree. */
function inertOnGithub(tree: Root): Root {
  findAndReplace(tree, [GITHUB_SYNTAX, (value: string) => ({ type: 'inlineCode', value })]);
  return tree;
}

interface GithubMarkdownOptions {
  /** Pad table cells to line the pipes up (remark-gfm's default); off where a body's size counts. */
  tablePipeAlign?: boolean;
  bullet?: '*' | '-';
}

/** The tree as GitHub Flavored Markdown, with the text from outside made inert first (the tree is changed). */
export function githubMarkdown(tree: Root, { tablePipeAlign = true, bullet = '*' }: GithubMarkdownOptions = {}): string {
  return remark().data('settings', { bullet }).use(remarkGfm, { tablePipeAlign }).stringify(inertOnGithub(tree));
}
