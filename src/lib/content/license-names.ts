/**
 * The named licences an entry's `license` may hold beside SPDX ids, and how pages name them. Apart from
 * the field's checks (license.ts) so that the cards and filters of the browsing script can name a licence
 * without bundling the validator and the SPDX list.
 */
/** Licences SPDX has no id for, each with how a page names it and whether it sets conditions. */
export const NAMED_LICENSES = {
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
} as const;

export type NamedLicense = keyof typeof NAMED_LICENSES;

/** How a page shows a licence: the named licence's name, or the SPDX id as written. */
export const licenseLabel = (license: string) => NAMED_LICENSES[license as NamedLicense] ?? license;

