/**
 * Exports of a list's current view, loaded only when asked for (their libraries stay out of the page's
 * script): a CSV file, and a Markdown table written through mdast and githubMarkdown (a table pasted into
 * GitHub mentions no one a title or a shared link's search names), each stating the view's filters first.
 */
import type { Root, TableRow as MdastRow } from 'mdast';
import { viewCsv } from '../lib/views/view-csv.ts';

export function downloadCsv(values: string[][], description: string, fileName: string) {
  const text = viewCsv(values, description);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export async function markdownTable(values: string[][], description: string): Promise<string> {
  const { githubMarkdown } = await import('../lib/content/github-markdown.ts');
  const row = (cells: string[]): MdastRow => ({ type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })) });
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: description }] },
      { type: 'table', children: values.map(row) },
    ],
  };
  return githubMarkdown(tree);
}
