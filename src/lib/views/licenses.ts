/**
 * Whether a licence lets anyone use the weights or code for any purpose ("open": OSI-approved and
 * open-content licences) or sets conditions (non-commercial, use-based restrictions, a model's own
 * community licence): the two choices of the licence filter. Licences are SPDX ids as GitHub names them,
 * or the Hub's licence tags (apache-2.0, cc-by-nc-4.0, llama3, other...).
 */
const OPEN = new Set([
  'apache-2.0', 'mit', 'bsd-2-clause', 'bsd-3-clause', 'bsd-3-clause-clear', 'isc', 'mpl-2.0', 'unlicense', 'cc0-1.0',
  'cc-by-4.0', 'cc-by-3.0', 'cc-by-sa-4.0', 'cc-by-sa-3.0', 'gpl-2.0', 'gpl-3.0', 'lgpl-2.1', 'lgpl-3.0', 'agpl-3.0',
  'epl-2.0', 'artistic-2.0', 'zlib', 'odc-by', 'pddl',
]);

export type LicenseKind = 'open' | 'restricted';

export const LICENSE_KIND_LABELS: Record<LicenseKind, string> = { open: 'Open licence', restricted: 'Restricted licence' };

/** "open" or "restricted"; undefined where no licence is known. */
export function licenseKind(license: string | undefined): LicenseKind | undefined {
  // NOASSERTION: GitHub found a licence file it could not name.
  if (!license || license === 'NOASSERTION') return undefined;
  // GitHub spells gpl-3.0 as GPL-3.0 and adds -only/-or-later; the Hub writes lower case.
  return OPEN.has(license.toLowerCase().replace(/-(only|or-later)$/, '')) ? 'open' : 'restricted';
}
