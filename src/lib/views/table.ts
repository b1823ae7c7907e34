/**
 * A list as a table: one row per entry (title, date, institutes, specialties, access, licence, size, base model
 * and the numbers), the headers of the sortable columns as buttons carrying aria-sort, and a caption
 * that says what the view holds. Drawn by the browsing script from the browse index, like the cards.
 */
import { licenseLabel } from '../content/license-names.ts';
import type { IndexEntry } from './browse-index.ts';
import { escapeHtml, type CardData } from './card.ts';
import { entryHref } from './hrefs.ts';
import type { SortKey } from './filter.ts';
import { formatCount, formatMonth } from './format.ts';
import { METRIC_KINDS, type MetricKind } from '../metrics/kinds.ts';
import type { ResultCell, ResultColumn } from './result-columns.ts';

export type TableRow = CardData & Pick<IndexEntry, 'specialties' | 'access' | 'parameters' | 'baseModel'>;

const DASH = '—';

/** The columns after the title: header, the sort it offers, and the cell's text. */
const COLUMNS: readonly { label: string; sort?: Exclude<SortKey, 'result'>; cell: (row: TableRow) => string }[] = [
  { label: 'Published', sort: 'date', cell: (row) => formatMonth(row.date) },
  { label: 'Institutes', cell: (row) => row.institutes.join(', ') },
  { label: 'Specialties', cell: (row) => row.specialties?.join(', ') || DASH },
  { label: 'Access', cell: (row) => row.access ?? DASH },
  { label: 'Licence', cell: (row) => (row.license ? licenseLabel(row.license) : DASH) },
  { label: 'Parameters', cell: (row) => row.parameters ?? DASH },
  { label: 'Base model', cell: (row) => row.baseModel ?? DASH },
  { label: 'Citations', sort: 'citations', cell: (row) => formatCount(row.metrics.citations) },
  { label: 'Stars', sort: 'stars', cell: (row) => formatCount(row.metrics.stars) },
  { label: 'Likes', sort: 'likes', cell: (row) => formatCount(row.metrics.likes) },
  { label: 'Downloads', sort: 'downloads', cell: (row) => formatCount(row.metrics.downloads) },
];

const isMetric = (key: string | undefined): key is MetricKind => (METRIC_KINDS as readonly (string | undefined)[]).includes(key);

const sortButton = (key: SortKey, label: string) => `<button type="button" class="sort-button" data-sort="${key}">${label}</button>`;

/** The chosen result column's cell: the entry's best value, its checkpoint, its flags if it has no unflagged one, and the setting if it is not the column's usual one. */
function resultCellHtml(cell: ResultCell | undefined): string {
  if (!cell) return `<td>${DASH}</td>`;
  const more = cell.results > 1 ? `, best of ${cell.results}` : '';
  const flags = cell.flags ? `<strong class="result-flag mark">flagged: ${escapeHtml(cell.flags)}</strong>` : '';
  const setting = cell.otherSetting ? `<span class="result-setting">other setting: ${escapeHtml(cell.otherSetting)}</span>` : '';
  return `<td class="result-cell"><span class="result-value">${escapeHtml(cell.text)}</span> <span class="muted">${escapeHtml(cell.model)}${more}</span>${flags}${setting}</td>`;
}

export function tableHtml(
  rows: readonly TableRow[],
  {
    base,
    caption,
    sort,
    column,
    metrics = METRIC_KINDS,
  }: {
    base: string;
    caption: string;
    sort: SortKey;
    column?: ResultColumn | undefined;
    /** The numbers some entry of the list has: a column no entry has a number in (before any refresh) is left out. */
    metrics?: readonly MetricKind[];
  },
): string {
  const columns = COLUMNS.filter(({ sort: key }) => !isMetric(key) || metrics.includes(key));
  const headers = columns.map(({ label, sort: key }) => {
    if (!key) return `<th scope="col">${label}</th>`;
    // Every order is a descending one: newest first, most cited first...
    const current = key === sort ? ' aria-sort="descending"' : '';
    return `<th scope="col"${current}>${sortButton(key, label)}</th>`;
  });
  // The result column comes first after the title: it is what the reader chose to see.
  if (column) {
    const current = sort === 'result' ? ` aria-sort="${column.higherIsBetter ? 'descending' : 'ascending'}"` : '';
    headers.unshift(`<th scope="col"${current}>${sortButton('result', escapeHtml(column.label))} <a href="${escapeHtml(column.page)}" class="result-about">before comparing</a></th>`);
  }
  const body = rows.map(
    (row) =>
      `<tr data-slug="${row.slug}"><th scope="row"><a href="${entryHref(base, row.slug)}">${escapeHtml(row.title)}</a></th>${column ? resultCellHtml(column.cells[row.slug]) : ''}${columns.map(({ cell }) => `<td>${escapeHtml(cell(row))}</td>`).join('')}` +
      `<td><button type="button" class="compare-toggle" data-compare="${row.slug}" aria-pressed="false">Compare<span class="visually-hidden"> ${escapeHtml(row.title)}</span></button></td></tr>`,
  );
  return `<table class="data-table list-table"><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">Title</th>${headers.join('')}<th scope="col"><span class="visually-hidden">Compare</span></th></tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The table as plain values for export (CSV, Markdown): a header row, then one row per entry with its page's address. */
export function tableValues(rows: readonly TableRow[], pageUrl: (slug: string) => string, column?: ResultColumn): string[][] {
  const resultValues = (slug: string) => {
    const cell = column?.cells[slug];
    return column ? [cell ? String(cell.value) : '', cell?.model ?? '', cell?.otherSetting ?? '', cell?.flags ?? ''] : [];
  };
  return [
    ['Title', 'Page', ...(column ? [column.label, `${column.label}: checkpoint`, `${column.label}: other setting`, `${column.label}: flags`] : []), ...COLUMNS.map(({ label }) => label)],
    ...rows.map((row) => [
      row.title,
      pageUrl(row.slug),
      ...resultValues(row.slug),
      row.date,
      // Numbers in full, not "1.2k", and nothing for unknown: an export is read by programs too.
      ...COLUMNS.slice(1).map(({ sort, cell }) => (sort && sort !== 'date' && sort !== 'added' ? String(row.metrics[sort] ?? '') : cell(row).replace(DASH, ''))),
    ]),
  ];
}
