/** What the importer makes of a README: entries as the source gives them, and what it says of each row. */
import type { Link as EntryLink, Paper, Section } from '../content/schema.ts';

export interface ImportedData {
  title: string;
  summary?: string;
  /** YYYY-MM; a year alone stays a number (`date: 2024`), which validate rejects until the month is added. */
  date?: string | number;
  /** Empty where the source names none: the field is then left out and validate asks for it. */
  institutes: string[];
  papers: Paper[];
  huggingface: string[];
  github: string[];
  links: EntryLink[];
  venue?: string;
}

export interface ImportedEntry {
  section: Section;
  slug: string;
  /** Line of the row in the README, for messages. */
  line: number;
  data: ImportedData;
}

export interface ImportWarning {
  line: number;
  row: string;
  field: string;
  message: string;
  /**
   * skipped: the row could not be read; not-entry: the row is no model or paper (a dataset, an
   * announcement, a sentence); shared: an id is on two rows; note: anything else.
   */
  kind: 'note' | 'skipped' | 'not-entry' | 'shared';
}

export interface ImportResult {
  entries: ImportedEntry[];
  warnings: ImportWarning[];
  /** Table rows and list items that looked like entries, read or skipped. */
  rows: number;
  /** Why nothing in the README looked like an entry, when nothing did. */
  unreadable?: string;
}
