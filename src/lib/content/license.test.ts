import { describe, expect, it } from 'vitest';
import { licenseLabel } from './license-names.ts';
import { createEntrySchema } from './schema.ts';
import { SPDX_IDS } from './spdx-ids.ts';

const schema = createEntrySchema({ now: new Date('2026-11-25T12:00:00Z'), spdxIds: SPDX_IDS });
const entry = { title: 'MEDITRON-70B', date: '2023-11', institutes: ['EPFL'] };

/** The messages of the licence fields for some front matter, as "field: message" lines. */
function licenseMessages(fields: Record<string, unknown>): string[] {
  const result = schema.safeParse({ ...entry, ...fields });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('license field', () => {
  it('takes an SPDX id and a named licence, and a note beside either', () => {
    expect(schema.parse({ ...entry, license: 'Apache-2.0' }).license).toBe('Apache-2.0');
    expect(schema.parse({ ...entry, license: 'CC-BY-NC-SA-4.0' }).license).toBe('CC-BY-NC-SA-4.0');
    expect(schema.parse({ ...entry, license: 'llama-3.1-community' }).license).toBe('llama-3.1-community');
    expect(schema.parse({ ...entry, license: 'research-only', licenseNote: 'academic research only, says the README' }).licenseNote).toBe('academic research only, says the README');
  });

  it('refuses access: unknown without an accessNote, and says what to write', () => {
    expect(licenseMessages({ access: 'unknown' })).toEqual(['access: access: unknown needs an accessNote with the reason, like "no weights, API or release named in the paper or the repository"']);
    expect(licenseMessages({ access: 'unknown', accessNote: 'no release named in the paper or the README' })).toEqual([]);
  });

  it('refuses unknown and model-specific without a licenseNote, and says what to write', () => {
    expect(licenseMessages({ license: 'unknown' })).toEqual(['license: license: unknown needs a licenseNote with the reason, like "no licence found in the README or the model card"']);
    expect(licenseMessages({ license: 'model-specific' })).toEqual(['license: license: model-specific needs a licenseNote naming the terms']);
    expect(licenseMessages({ license: 'unknown', licenseNote: 'no licence found in the README' })).toEqual([]);
  });

  it('refuses an id that is neither, with the closest suggestion', () => {
    expect(licenseMessages({ license: 'apache-2.0' })).toEqual(['license: license "apache-2.0" is not an SPDX id or a named licence (SPDX spells it Apache-2.0)']);
    expect(licenseMessages({ license: 'Apache-2' })).toEqual([expect.stringContaining('did you mean Apache-2.0?')]);
    expect(licenseMessages({ license: 'llama3-community' })).toEqual([expect.stringContaining('did you mean llama-3-community?')]);
    expect(licenseMessages({ license: 'free for everyone' })).toEqual([expect.stringContaining('use an SPDX id like Apache-2.0 or CC-BY-NC-4.0, or one of gemma-terms,')]);
    expect(licenseMessages({ licenseNote: '' })).toEqual([expect.stringMatching(/^licenseNote: /)]);
  });

  it('checks only the shape of an SPDX id without the list (the contribute page), and still the named licences', () => {
    const loose = createEntrySchema({ now: new Date('2026-11-25T12:00:00Z') });
    expect(loose.safeParse({ ...entry, license: 'Apache-2.0' }).success).toBe(true);
    expect(loose.safeParse({ ...entry, license: 'free for everyone' }).success).toBe(false);
    expect(loose.safeParse({ ...entry, license: 'unknown' }).success).toBe(false);
  });

  it('names a named licence on pages and shows an SPDX id as written', () => {
    expect(licenseLabel('gemma-terms')).toBe('Gemma Terms of Use');
    expect(licenseLabel('MIT')).toBe('MIT');
  });
});
