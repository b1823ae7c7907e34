/** The SPDX licence ids (spdx-license-ids), apart so that only Node and the build load the list, not the contribute page's script. */
import ids from 'spdx-license-ids/index.json' with { type: 'json' };

export const SPDX_IDS: readonly string[] = ids;
