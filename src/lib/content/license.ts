/**
 * The licence of a model's weights, the first thing a practitioner filters on, so it is curated on the
 * entry rather than left to the metrics refresh: an SPDX id where one applies (checked against the SPDX
 * list), else one of the named licences of license-names.ts for terms SPDX has no id for (a model family's own
 * licence, research-only terms, an API's terms), or `unknown` with the reason in `licenseNote`.
 */
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { z } from 'zod';
import { closestId } from './benchmarks.ts';
import { NAMED_LICENSES, type NamedLicense } from './license-names.ts';

/** Named licences that say too little on their own: the entry's licenseNote names the terms or the reason. */
const LICENSES_NEEDING_NOTE: ReadonlySet<string> = new Set<NamedLicense>(['unknown', 'model-specific']);

const SPDX_BY_LOWER = new Map(spdxIds.map((id) => [id.toLowerCase(), id]));
const KNOWN = [...Object.keys(NAMED_LICENSES), ...spdxIds];

const isSpdxId = (license: string) => SPDX_BY_LOWER.get(license.toLowerCase()) === license;

/** The fix for a licence that is neither: its SPDX spelling, the closest known id, or where to look. */
function licenseFix(license: string): string {
  const spelled = SPDX_BY_LOWER.get(license.toLowerCase());
  if (spelled) return `SPDX spells it ${spelled}`;
  const closest = closestId(license.toLowerCase(), KNOWN.map((id) => id.toLowerCase()));
  const suggestion = closest ? `did you mean ${SPDX_BY_LOWER.get(closest) ?? closest}? ` : '';
  return `${suggestion}use an SPDX id like Apache-2.0 or CC-BY-NC-4.0, or one of ${Object.keys(NAMED_LICENSES).join(', ')}`;
}

export const licenseField = () =>
  z
    .string({ error: 'license must be text: an SPDX id like Apache-2.0, or a named licence like llama-3-community' })
    .trim()
    .refine((license) => isSpdxId(license) || license in NAMED_LICENSES, {
      error: (issue) => `license "${String(issue.input)}" is not an SPDX id or a named licence (${licenseFix(String(issue.input))})`,
    });

export const licenseNoteField = () =>
  z.string({ error: 'licenseNote must be text, like "no licence found in the README or the model card"' }).trim().min(1);

/** The cross-field rule: unknown and model-specific say why, or which terms, in licenseNote. */
export function licenseNoteProblem(license: string | undefined, licenseNote: string | undefined): string | undefined {
  if (license === undefined || licenseNote !== undefined || !LICENSES_NEEDING_NOTE.has(license)) return undefined;
  return license === 'unknown'
    ? 'license: unknown needs a licenseNote with the reason, like licenseNote: "no licence found in the GitHub README or the model card"'
    : 'license: model-specific needs a licenseNote naming the terms, like licenseNote: "Microsoft Research License Agreement"';
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
export function licenseFromService(name: string): string | undefined {
  const lower = name.toLowerCase();
  // GitHub and the Hub still write SPDX's deprecated GPL-3.0 for GPL-3.0-only.
  return SPDX_BY_LOWER.get(lower) ?? SPDX_BY_LOWER.get(`${lower}-only`) ?? HUB_TAGS[lower];
}
