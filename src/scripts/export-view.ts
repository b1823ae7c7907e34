/**
 * Exports of a list's current view, loaded only when asked for (their libraries stay out of the page's
 * script): a CSV file, and a Markdown table written through mdast and remark-gfm, each stating the view's
 * filters first.
 */
import type { Root, TableRow as MdastRow } from 'mdast';
import { CSV_OPTIONS } from '../lib/views/csv-options.ts';

export async function downloadCsv(values: string[][], description: string, fileName: string) {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  // A first line starting with # says what the file holds; CSV readers take it as a comment (csv-parse: comment: '#').
  // The description quotes the filters, which a shared link sets: it stays on that one line.
  const text = `# ${description.replace(/[\r\n]+/g, ' ')}\n${stringify(values, CSV_OPTIONS)}`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export async function markdownTable(values: string[][], description: string): Promise<string> {
  const [{ remark }, { default: remarkGfm }] = await Promise.all([import('remark'), import('remark-gfm')]);
  const row = (cells: string[]): MdastRow => ({ type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })) });
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: description }] },
      { type: 'table', children: values.map(row) },
    ],
  };
  return remark().use(remarkGfm).stringify(tree);
}
