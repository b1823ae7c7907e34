/**
 * What every CSV the site writes (the open data and the list's "Download CSV") hands csv-stringify: a cell
 * that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is
 * written with a leading ' so it stays text.
 */
export const CSV_OPTIONS = { escape_formulas: true } as const;
