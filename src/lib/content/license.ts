/**
 * The licence of a model's weights, the first thing a practitioner filters on, so it is curated on the
 * entry rather than left to the metrics refresh: an SPDX id where one applies (checked against the SPDX
 * list of spdx-ids.ts where the caller passes it: validate and the build do, the contribute page's script
 * checks only the id's shape, to stay small), else one of the named licences of license-names.ts for terms SPDX has no id for (a model family's own
 * licence, research-only terms, an API's terms), or `unknown` with the reason in `licenseNote`.
 */
import { z } from 'zod';
import { closestId } from './benchmarks.ts';
import { NAMED_LICENSES, type NamedLicense } from './license-names.ts';

/** Named licences that say too little on their own: the entry's licenseNote names the terms or the reason. */
const LICENSES_NEEDING_NOTE: ReadonlySet<string> = new Set<NamedLicense>(['unknown', 'model-specific']);

/** SPDX ids by their lower case, for the spelling SPDX gives them. */
const byLowerCase = (spdxIds: readonly string[]) => new Map(spdxIds.map((id) => [id.toLowerCase(), id]));

/** What an SPDX id looks like, for the check without the list. */
const SPDX_SHAPE = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

/** The fix for a licence that is neither: its SPDX spelling, the closest known id, or where to look. */
function licenseFix(license: string, spdx: ReadonlyMap<string, string>): string {
  const spelled = spdx.get(license.toLowerCase());
  if (spelled) return `SPDX spells it ${spelled}`;
  const closest = closestId(license.toLowerCase(), [...NAMED_LICENSES, ...spdx.keys()]);
  const suggestion = closest ? `did you mean ${spdx.get(closest) ?? closest}? ` : '';
  return `${suggestion}use an SPDX id like Apache-2.0 or CC-BY-NC-4.0, or one of ${NAMED_LICENSES.join(', ')}`;
}

/** The license field: against the SPDX list where one is given, else an SPDX id's shape. */
export function licenseField(spdxIds?: readonly string[]) {
  const spdx = byLowerCase(spdxIds ?? []);
  const isSpdxId = (license: string) => (spdxIds ? spdx.get(license.toLowerCase()) === license : SPDX_SHAPE.test(license));
  return z
    .string({ error: 'license must be text: an SPDX id like Apache-2.0, or a named licence like llama-3-community' })
    .trim()
    .refine((license) => (NAMED_LICENSES as readonly string[]).includes(license) || isSpdxId(license), {
      error: (issue) => `license "${String(issue.input)}" is not an SPDX id or a named licence (${licenseFix(String(issue.input), spdx)})`,
    });
}

export const licenseNoteField = () =>
  z.string({ error: 'licenseNote must be text, like "no licence found in the README or the model card"' }).trim().min(1);

/** The cross-field rule: unknown and model-specific say why, or which terms, in licenseNote. */
export function licenseNoteProblem(license: string | undefined, licenseNote: string | undefined): string | undefined {
  if (license === undefined || licenseNote !== undefined || !LICENSES_NEEDING_NOTE.has(license)) return undefined;
  return `license: ${license} needs a licenseNote ${license === 'unknown' ? 'with the reason, like "no licence found in the README or the model card"' : 'naming the terms'}`;
}

/** The Hub's licence tags for terms that have a named licence here (the Hub writes SPDX ids in lower case). */
const HUB_TAGS: Readonly<Record<string, NamedLicense>> = {
  llama2: 'llama-2-community',
  llama3: 'llama-3-community',
  'llama3.1': 'llama-3.1-community',
  'llama3.2': 'llama-3.2-community',
  'llama3.3': 'llama-3.3-community',
  llama4: 'llama-4-community',
  gemma: 'gemma-terms',
  'health-ai-developer-foundations': 'health-ai-developer-foundations',
  openrail: 'openrail',
  'bigscience-openrail-m': 'bigscience-openrail-m',
};

/**
 * A licence as the Hub or GitHub names it, in the entry's terms (apache-2.0 and Apache-2.0 are one licence,
 * llama3 is llama-3-community); undefined where it names none (other, unknown, GitHub's NOASSERTION) or one
 * this list has no id for.
 */
export function licenseFromService(name: string, spdxIds: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const spdx = byLowerCase(spdxIds);
  // GitHub and the Hub still write SPDX's deprecated GPL-3.0 for GPL-3.0-only.
  return spdx.get(lower) ?? spdx.get(`${lower}-only`) ?? HUB_TAGS[lower];
}
