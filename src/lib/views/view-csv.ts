/**
 * The text of a list's "Download CSV": a first line that says what the file holds, then the view's rows.
 * That line quotes the filters, which a shared link sets (its search text among them), so it goes through
 * csv-stringify with the same options as every other cell: always one quoted cell starting with "# ",
 * which a spreadsheet shows as one text cell and never splits into another cell or runs as a formula.
 * Pure, so the page's script stays a shell and the tests read the same text.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { CSV_OPTIONS } from './csv-options.ts';

export function viewCsv(values: string[][], description: string): string {
  // A line break in the search text would end the line early and start a row of its own.
  const heading = stringify([[`# ${description.replace(/[\r\n]+/g, ' ')}`]], { ...CSV_OPTIONS, quoted: true });
  return heading + stringify(values, CSV_OPTIONS);
}
