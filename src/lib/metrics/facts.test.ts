import { describe, expect, it } from 'vitest';
import { testEntry } from '../../../test/entry-fixture.ts';
import { entryFacts, factDisagreements, repoHealth } from './facts.ts';
import { metricsFileSchema } from './metrics.ts';

const AT = '2026-11-20T06:00:00.000Z';
const metrics = metricsFileSchema.parse({
  huggingface: {
    'epfl-llm/meditron-70b': { likes: 230, gated: false, parameters: 68976648192, baseModels: ['meta-llama/Llama-2-70b-hf'], license: 'llama2', fetchedAt: AT },
    'google/medgemma-4b-it': { likes: 800, gated: true, parameters: 4300079472, baseModels: ['google/gemma-3-4b-pt'], fetchedAt: AT },
    'datasets/x/notes': { likes: 2, gated: true, fetchedAt: AT },
    'x/custom': { likes: 1, license: 'other', fetchedAt: AT },
  },
  github: { 'a/code': { stars: 5, license: 'MIT', fetchedAt: AT }, 'b/code': { stars: 5, license: 'NOASSERTION', fetchedAt: AT } },
});

describe('the facts a page shows', () => {
  it('prefers the curated values and marks the fetched ones', () => {
    const curated = testEntry('meditron', { huggingface: ['epfl-llm/meditron-70b'], access: 'open-weights', parameters: '70B', baseModel: 'Llama-2-70B' });
    expect(entryFacts(curated.data, metrics)).toEqual({
      access: { value: 'open-weights', fetched: false },
      parameters: { value: '70B', fetched: false },
      baseModel: { value: 'Llama-2-70B', fetched: false },
      license: { value: 'llama-2-community', fetched: true },
    });
    expect(entryFacts(testEntry('meditron', { huggingface: ['epfl-llm/meditron-70b'], license: 'research-only' }).data, metrics).license).toEqual({ value: 'research-only', fetched: false });
    const bare = testEntry('medgemma', { huggingface: ['google/medgemma-4b-it', 'datasets/x/notes'], github: ['b/code', 'a/code'] });
    expect(entryFacts(bare.data, metrics)).toEqual({
      access: { value: 'gated', fetched: true },
      parameters: { value: '4.3B', fetched: true },
      baseModel: { value: 'google/gemma-3-4b-pt', fetched: true },
      license: { value: 'MIT', fetched: true },
    });
    expect(entryFacts(testEntry('none').data, metrics)).toEqual({});
  });
});

describe('disagreements', () => {
  it('names both values when the parameters are off by more than 10 %, the access contradicts the gate, or the base model differs', () => {
    const entry = testEntry('medgemma', { huggingface: ['google/medgemma-4b-it'], access: 'open-weights', parameters: '27B', baseModel: 'Llama-3-8B' });
    expect(factDisagreements(entry, metrics)).toEqual([
      { field: 'access', message: 'open-weights here, but the Hub gates google/medgemma-4b-it (access must be requested): use access: gated, or check the ids' },
      { field: 'parameters', message: "27B here, but the Hub's safetensors count for google/medgemma-4b-it is 4.3B (4,300,079,472 parameters): correct one of them" },
      { field: 'baseModel', message: "Llama-3-8B here, but the Hub's card of google/medgemma-4b-it names google/gemma-3-4b-pt as its base model: correct one of them" },
    ]);
    const notReleased = testEntry('meditron', { huggingface: ['epfl-llm/meditron-70b'], access: 'not-released' });
    expect(factDisagreements(notReleased, metrics)).toEqual([
      { field: 'access', message: 'not-released here, but the Hub lets anyone download epfl-llm/meditron-70b: use access: open-weights, or check the ids' },
    ]);
  });

  it("names the Hub's licence where it is not the entry's, else GitHub's with a word on code and weights", () => {
    const hub = testEntry('meditron', { huggingface: ['epfl-llm/meditron-70b'], github: ['a/code'], license: 'MIT' });
    expect(factDisagreements(hub, metrics)).toEqual([
      { field: 'license', message: 'MIT (MIT) here, but Hub states llama-2-community for epfl-llm/meditron-70b: read the model card and correct one of them' },
    ]);
    const unknown = testEntry('code', { github: ['a/code'], license: 'unknown', licenseNote: 'no licence found in the README' });
    expect(factDisagreements(unknown, metrics)).toEqual([
      { field: 'license', message: "Unknown (unknown) here, but GitHub states MIT for a/code: the repository's code licence may differ from the weights': check which the entry states" },
    ]);
  });

  it('lets a licence the Hub or GitHub agrees with, "other" and NOASSERTION pass', () => {
    expect(factDisagreements(testEntry('meditron', { huggingface: ['epfl-llm/meditron-70b'], github: ['a/code'], license: 'llama-2-community' }), metrics)).toEqual([]);
    expect(factDisagreements(testEntry('custom', { huggingface: ['x/custom'], github: ['b/code'], license: 'model-specific', licenseNote: 'own terms' }), metrics)).toEqual([]);
  });

  it('lets close sizes, loosely equal names, datasets and unknown ids pass', () => {
    const entry = testEntry('meditron', { huggingface: ['epfl-llm/meditron-70b', 'datasets/x/notes', 'not/fetched'], access: 'open-weights', parameters: '70B', baseModel: 'Llama-2-70B' });
    expect(factDisagreements(entry, metrics)).toEqual([]);
  });
});

describe('code health', () => {
  it('flags an archived repository, and one without a push in the two years before its fetch', () => {
    const at = '2026-11-20T06:00:00.000Z';
    expect(repoHealth({ stars: 1, archived: true, pushedAt: '2026-11-01T00:00:00Z', fetchedAt: at })).toBe('archived');
    expect(repoHealth({ stars: 1, archived: false, pushedAt: '2024-11-01T00:00:00Z', fetchedAt: at })).toBe('inactive');
    expect(repoHealth({ stars: 1, archived: false, pushedAt: '2025-01-01T00:00:00Z', fetchedAt: at })).toBeUndefined();
    expect(repoHealth({ stars: 1, fetchedAt: at })).toBeUndefined();
    expect(repoHealth(undefined)).toBeUndefined();
  });
});
