import { describe, expect, it } from 'vitest';
import { HUB_QUERY_LIMITS, hubListUrl, hubModel, hubQueries, nextPageUrl } from './watch-huggingface.ts';

const BASE = 'https://huggingface.co';

describe('hubQueries', () => {
  it('asks the topics, then the newest listed owners and models, as many as the limits allow', () => {
    const owners = Array.from({ length: 9 }, (_, i) => `org${i}`);
    const models = Array.from({ length: 9 }, (_, i) => `org${i}/model`);
    const labels = hubQueries({ owners, models }).map((query) => query.label);
    expect(labels.slice(0, 8)).toEqual(['filter=medical', 'filter=clinical', 'filter=radiology', 'filter=pathology', 'filter=biomedical', 'search=medical', 'search=clinical', 'search=med']);
    expect(labels.filter((label) => label.startsWith('author='))).toEqual(owners.slice(0, HUB_QUERY_LIMITS.owners).map((owner) => `author=${owner}`));
    expect(labels.filter((label) => label.startsWith('filter=base_model:'))).toEqual(models.slice(0, HUB_QUERY_LIMITS.baseModels).map((id) => `filter=base_model:${id}`));
    expect(hubListUrl(BASE, hubQueries({ owners: [], models: [] })[0]!)).toBe(
      `${BASE}/api/models?filter=medical&sort=createdAt&direction=-1&limit=100&expand=author&expand=createdAt&expand=likes&expand=downloads&expand=tags&expand=pipeline_tag`,
    );
  });
});

describe('nextPageUrl', () => {
  it('takes rel="next" of the same listing on the same host, and nothing else', () => {
    const next = `${BASE}/api/models?filter=medical&cursor=eyIkb3IiOlt7fV19`;
    expect(nextPageUrl(`<${next}>; rel="next"`, BASE)).toBe(next);
    expect(nextPageUrl(`<${BASE}/api/models?p=0>; rel="prev", <${next}>; rel=next`, BASE)).toBe(next);
    expect(nextPageUrl('</api/models?cursor=abc>; rel="next"', BASE)).toBe(`${BASE}/api/models?cursor=abc`);
    expect(nextPageUrl('<https://elsewhere.example/api/models?cursor=abc>; rel="next"', BASE)).toBeUndefined();
    expect(nextPageUrl(`<${BASE}/api/whoami-v2>; rel="next"`, BASE)).toBeUndefined();
    expect(nextPageUrl(`<${next}>; rel="nextish"`, BASE)).toBeUndefined();
    expect(nextPageUrl(null, BASE)).toBeUndefined();
  });
});

describe('hubModel', () => {
  it('keeps the id, day, counts, tags, papers and base models of a listing item', () => {
    const model = hubModel({
      _id: '6650',
      id: 'someone/Meditron-GGUF',
      createdAt: '2026-11-28T10:00:00.000Z',
      likes: 3,
      downloads: -5,
      pipeline_tag: 'text-generation',
      tags: ['gguf', 'Medical', 'arxiv:2311.16079', 'arxiv:not-an-id', 'base_model:epfl-llm/meditron-7b', 'base_model:quantized:epfl-llm/meditron-7b', 7],
    });
    expect(model).toEqual({
      source: 'huggingface',
      title: 'Meditron-GGUF',
      url: 'https://huggingface.co/someone/Meditron-GGUF',
      date: '2026-11-28',
      huggingface: ['someone/Meditron-GGUF'],
      arxiv: ['2311.16079'],
      github: [],
      tags: ['gguf', 'medical', 'arxiv:2311.16079', 'arxiv:not-an-id', 'text-generation'],
      likes: 3,
      downloads: undefined,
      owner: 'someone',
      baseModels: ['epfl-llm/meditron-7b'],
      quantized: true,
      affiliations: [],
    });
    expect(hubModel({ id: 'a/b', createdAt: 'soon' })).toBeUndefined();
    expect(hubModel({ id: 'a/b/c', createdAt: '2026-11-28T10:00:00Z' })).toBeUndefined();
    expect(hubModel('a/b')).toBeUndefined();
  });
});
