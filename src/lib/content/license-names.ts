/**
 * The named licences an entry's `license` may hold beside SPDX ids, and how pages name them. Apart from
 * the field's checks (license.ts) so that the cards and filters of the browsing script can name a licence
 * without bundling the validator and the SPDX list.
 */
/** Licences SPDX has no id for: the ids an entry may write (the contribute page's script bundles these, not their names). */
export const NAMED_LICENSES = [
  'gemma-terms', 'health-ai-developer-foundations', 'llama-2-community', 'llama-3-community', 'llama-3.1-community', 'llama-3.2-community',
  'llama-3.3-community', 'llama-4-community', 'qwen-license', 'deepseek-license', 'openrail', 'bigscience-openrail-m', 'research-only',
  'non-commercial', 'model-specific', 'proprietary-api', 'not-released', 'unknown',
] as const;

export type NamedLicense = (typeof NAMED_LICENSES)[number];

/** How pages name them. */
const NAMED_LICENSE_LABELS: Record<NamedLicense, string> = {
  'gemma-terms': 'Gemma Terms of Use',
  'health-ai-developer-foundations': 'Health AI Developer Foundations terms',
  'llama-2-community': 'Llama 2 Community License',
  'llama-3-community': 'Llama 3 Community License',
  'llama-3.1-community': 'Llama 3.1 Community License',
  'llama-3.2-community': 'Llama 3.2 Community License',
  'llama-3.3-community': 'Llama 3.3 Community License',
  'llama-4-community': 'Llama 4 Community License',
  'qwen-license': 'Qwen License',
  'deepseek-license': 'DeepSeek License',
  openrail: 'OpenRAIL',
  'bigscience-openrail-m': 'BigScience OpenRAIL-M',
  'research-only': 'Research use only',
  'non-commercial': 'Non-commercial terms',
  'model-specific': 'Model-specific licence',
  'proprietary-api': 'Proprietary (API terms)',
  'not-released': 'Weights not released',
  unknown: 'Unknown',
};

/** How a page shows a licence: the named licence's name, or the SPDX id as written. */
export const licenseLabel = (license: string) => NAMED_LICENSE_LABELS[license as NamedLicense] ?? license;
