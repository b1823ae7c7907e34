/**
 * Whether a licence lets anyone use the weights or code for any purpose ("open": OSI-approved and
 * open-content licences) or sets conditions (non-commercial, use-based restrictions, a model's own
 * community licence, an API's terms): the kinds the licence filter offers beside the licences themselves.
 * Licences are an entry's (SPDX ids and the named licences of content/license.ts), or the Hub's or
 * GitHub's names for entries without one.
 */
import { licenseLabel, type NamedLicense } from '../content/license-names.ts';
import type { FacetChoice } from './facets.ts';

const OPEN = new Set([
  'apache-2.0', 'mit', 'bsd-2-clause', 'bsd-3-clause', 'bsd-3-clause-clear', 'isc', 'mpl-2.0', 'unlicense', 'cc0-1.0',
  'cc-by-4.0', 'cc-by-3.0', 'cc-by-sa-4.0', 'cc-by-sa-3.0', 'gpl-2.0', 'gpl-3.0', 'lgpl-2.1', 'lgpl-3.0', 'agpl-3.0',
  'epl-2.0', 'artistic-2.0', 'zlib', 'odc-by', 'pddl',
]);

/** Named licences that grant no use at all or say nothing of it: neither open nor restricted. */
const NO_KIND: ReadonlySet<string> = new Set<NamedLicense>(['unknown', 'not-released']);

export type LicenseKind = 'open' | 'restricted';

export const LICENSE_KIND_LABELS: Record<LicenseKind, string> = { open: 'Open licence', restricted: 'Restricted licence' };

/** "open" or "restricted"; undefined where no licence is known. */
export function licenseKind(license: string | undefined): LicenseKind | undefined {
  // NOASSERTION: GitHub found a licence file it could not name.
  if (!license || license === 'NOASSERTION' || NO_KIND.has(license)) return undefined;
  // GitHub spells gpl-3.0 as GPL-3.0 and adds -only/-or-later; the Hub writes lower case.
  return OPEN.has(license.toLowerCase().replace(/-(only|or-later)$/, '')) ? 'open' : 'restricted';
}

/** What the licence filter matches an entry on: its licence's kind and the licence itself. */
export function licenseFacetValues(license: string | undefined): string[] {
  if (!license) return [];
  const kind = licenseKind(license);
  return kind ? [kind, license] : [license];
}

/** The licence filter's choices: the two kinds first, then each licence by its name, most entries first. */
export function licenseChoices(counts: readonly { value: string; count: number }[]): FacetChoice[] {
  const isKind = (value: string): value is LicenseKind => value in LICENSE_KIND_LABELS;
  return [
    ...counts.filter(({ value }) => isKind(value)).map(({ value, count }) => ({ value, count, label: LICENSE_KIND_LABELS[value as LicenseKind] })),
    ...counts.filter(({ value }) => !isKind(value)).map(({ value, count }) => ({ value, count, label: licenseLabel(value) })),
  ];
}
