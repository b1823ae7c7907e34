import { expect, it } from 'vitest';
import { testEntry } from '../../../test/entry-fixture.ts';
import { buildReport, classify, collectLinks, MAX_REDIRECTS, type Trail } from './links.ts';

it('collects each URL once with every file and field naming it, the id pages included, sorted', () => {
  const a = testEntry('a', {
    papers: [{ url: 'https://arxiv.org/abs/2311.16079' }],
    huggingface: ['epfl-llm/meditron-70b'],
    github: ['epfLLM/meditron'],
    links: [{ label: 'Blog', url: 'https://example.org/post' }],
  });
  const b = testEntry('b', { papers: [{ url: 'https://example.org/paper' }, { url: 'https://arxiv.org/abs/2311.16079' }], github: ['epfLLM/meditron'] }, 'vision');
  expect(collectLinks([a, b])).toEqual([
    {
      url: 'https://arxiv.org/abs/2311.16079',
      references: [
        { file: 'content/llms/a.md', field: 'papers.0.url' },
        { file: 'content/vision/b.md', field: 'papers.1.url' },
      ],
    },
    { url: 'https://example.org/paper', references: [{ file: 'content/vision/b.md', field: 'papers.0.url' }] },
    { url: 'https://example.org/post', references: [{ file: 'content/llms/a.md', field: 'links.0.url' }] },
    {
      url: 'https://github.com/epfLLM/meditron',
      references: [
        { file: 'content/llms/a.md', field: 'github.0' },
        { file: 'content/vision/b.md', field: 'github.0' },
      ],
    },
    { url: 'https://huggingface.co/epfl-llm/meditron-70b', references: [{ file: 'content/llms/a.md', field: 'huggingface.0' }] },
  ]);
});

const START = 'https://example.org/a';
const trail = (answer: Trail['answer'], hops: Trail['hops'] = [], tries = 1): Trail => ({ hops, url: hops.at(-1)?.to ?? START, answer, tries });

it.each([
  ['2xx', trail({ status: 200 }), { status: 'ok', reason: '200' }],
  ['404', trail({ status: 404 }), { status: 'dead', reason: '404' }],
  ['410', trail({ status: 410 }), { status: 'dead', reason: '410' }],
  ['no such host', trail({ error: 'ENOTFOUND' }), { status: 'dead', reason: 'DNS failure: ENOTFOUND' }],
  ['DNS failing again and again', trail({ error: 'EAI_AGAIN' }, [], 3), { status: 'dead', reason: 'DNS failure: EAI_AGAIN' }],
  ['connection refused', trail({ error: 'ECONNREFUSED' }), { status: 'dead', reason: 'connection refused' }],
  ['repeated timeouts', trail({ error: 'timeout' }, [], 3), { status: 'dead', reason: 'no answer within 10 s, 3 tries' }],
  ['another network error', trail({ error: 'ECONNRESET' }, [], 3), { status: 'unsure', reason: 'network error: ECONNRESET' }],
  ['401', trail({ status: 401 }), { status: 'unsure', reason: '401' }],
  ['403', trail({ status: 403 }), { status: 'unsure', reason: '403' }],
  ['429 after retries', trail({ status: 429 }, [], 3), { status: 'unsure', reason: '429 after 3 tries' }],
  ['5xx after retries', trail({ status: 503 }, [], 3), { status: 'unsure', reason: '503 after 3 tries' }],
  ['a permanent redirect to a 2xx', trail({ status: 200 }, [{ status: 301, to: 'https://example.org/b' }]), { status: 'moved', reason: '301', movedTo: 'https://example.org/b' }],
  [
    'a permanent chain',
    trail({ status: 200 }, [{ status: 308, to: 'https://example.org/b' }, { status: 301, to: 'https://example.org/c' }]),
    { status: 'moved', reason: '308, 301', movedTo: 'https://example.org/c' },
  ],
  [
    'a permanent move, then a temporary redirect: moved to where the permanent part ends',
    trail({ status: 200 }, [{ status: 301, to: 'https://example.org/b' }, { status: 302, to: 'https://example.org/b?session=1' }]),
    { status: 'moved', reason: '301, 302', movedTo: 'https://example.org/b' },
  ],
  ['a temporary redirect (as doi.org answers)', trail({ status: 200 }, [{ status: 302, to: 'https://publisher.example/x' }]), { status: 'ok', reason: '200 after 302' }],
  [
    'a temporary redirect to a login page',
    trail({ status: 200 }, [{ status: 302, to: 'https://example.org/users/sign_in' }]),
    { status: 'unsure', reason: '302 to a login page', at: 'https://example.org/users/sign_in' },
  ],
  [
    'a redirect to a sign-in host',
    trail({ status: 200 }, [{ status: 307, to: 'https://accounts.example.com/?continue=x' }]),
    { status: 'unsure', reason: '307 to a login page', at: 'https://accounts.example.com/?continue=x' },
  ],
  ['a redirect to a 404', trail({ status: 404 }, [{ status: 301, to: 'https://example.org/b' }]), { status: 'dead', reason: '404', at: 'https://example.org/b' }],
  ['a redirect without a location', trail({ status: 302 }), { status: 'unsure', reason: '302 without a usable location' }],
  [
    'too many redirects',
    trail({ status: 301, location: '/again' }, Array.from({ length: MAX_REDIRECTS }, () => ({ status: 301, to: START }))),
    { status: 'unsure', reason: `more than ${MAX_REDIRECTS} redirects`, at: START },
  ],
  ['another status', trail({ status: 400 }), { status: 'unsure', reason: '400' }],
] as const)('classifies %s', (_, checked, verdict) => {
  expect(classify(checked, 10_000)).toEqual(verdict);
});

it('groups results and counts every status', () => {
  const result = (url: string, status: 'ok' | 'moved' | 'unsure' | 'dead') => ({ url, references: [], status, reason: '' });
  const report = buildReport([result('a', 'ok'), result('b', 'dead'), result('c', 'ok'), result('d', 'unsure')]);
  expect(report).toEqual({
    checked: 4,
    counts: { dead: 1, moved: 0, unsure: 1, ok: 2 },
    dead: [result('b', 'dead')],
    moved: [],
    unsure: [result('d', 'unsure')],
  });
});
