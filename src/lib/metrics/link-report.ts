/**
 * The link report as people read it: in a terminal, one line per place the content names a dead,
 * moved or unsure URL, so each line says what to edit; in a pull request, the same as a Markdown
 * section built as an mdast tree and written by githubMarkdown (a redirect's URL or an error text can
 * mention no one on GitHub). Ok links are only counted.
 */
import type { PhrasingContent, RootContent, TableCell } from 'mdast';
import { githubMarkdown } from '../content/github-markdown.ts';
import type { LinkReport, LinkResult } from './links.ts';

const LISTED = ['dead', 'moved', 'unsure'] as const;

const tally = ({ counts }: LinkReport) => `${counts.ok} ok, ${counts.moved} moved, ${counts.unsure} unsure, ${counts.dead} dead`;

/** `dead  content/llms/x.md papers.0.url https://... (404)`; a moved URL is followed by `-> <new URL>`. */
export function formatLinkReport(report: LinkReport): string {
  const lines = LISTED.flatMap((status) =>
    report[status].flatMap(({ url, movedTo, reason, at, references }) =>
      references.map(({ file, field }) => `${status}  ${file} ${field} ${url}${movedTo ? ` -> ${movedTo}` : ''} (${reason}${at ? ` at ${at}` : ''})`),
    ),
  );
  return [...lines, `${report.checked} link(s) checked: ${tally(report)}`].join('\n');
}

const HEADINGS = {
  dead: { title: 'Dead', advice: 'Not found, gone, no such host, connection refused or no answer: fix or remove the link.', last: 'Problem' },
  moved: { title: 'Moved', advice: 'Permanent redirects: update the entry to the new URL.', last: 'New URL' },
  unsure: { title: 'Unsure', advice: 'Refused, rate-limited, failing or behind a login: worth a look by hand.', last: 'Problem' },
} as const;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const link = (url: string): PhrasingContent => ({ type: 'link', url, children: [text(url)] });
const cell = (...children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });

function rows({ url, movedTo, reason, at, references }: LinkResult) {
  const last = movedTo ? [link(movedTo), text(` (${reason})`)] : at ? [text(`${reason} at `), link(at)] : [text(reason)];
  return references.map(({ file, field }) => ({ type: 'tableRow' as const, children: [cell(code(file)), cell(code(field)), cell(link(url)), cell(...last)] }));
}

/** A `## Link health` section for a pull-request body. */
export function linkReportMarkdown(report: LinkReport): string {
  const children: RootContent[] = [
    { type: 'heading', depth: 2, children: [text('Link health')] },
    { type: 'paragraph', children: [code('npm run links'), text(` checked ${report.checked} link(s): ${tally(report)}.`)] },
  ];
  for (const status of LISTED) {
    if (!report[status].length) continue;
    const { title, advice, last } = HEADINGS[status];
    children.push(
      { type: 'heading', depth: 3, children: [text(`${title} (${report[status].length})`)] },
      { type: 'paragraph', children: [text(advice)] },
      {
        type: 'table',
        children: [{ type: 'tableRow', children: ['Entry', 'Field', 'URL', last].map((heading) => cell(text(heading))) }, ...report[status].flatMap(rows)],
      },
    );
  }
  // Unpadded tables: long URLs would pad every row, and a pull-request body has a size limit.
  return githubMarkdown({ type: 'root', children }, { tablePipeAlign: false }).trim();
}
