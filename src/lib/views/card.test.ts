import { expect, it } from 'vitest';
import { cardHtml, type CardData } from './card.ts';

const card: CardData = {
  slug: 'x-ray',
  section: 'vision',
  title: 'X <Ray> & "Co"',
  url: 'https://example.org/?a=1&b=2',
  date: '2024-05',
  summary: "It's <b>bold</b>",
  institutes: ['Université catholique de Louvain', 'EPFL'],
  metrics: { stars: 1234 },
  license: 'llama-3.1-community',
  access: 'gated',
  parameters: '86.6M',
  specialty: 'mental-health',
  links: [{ label: 'GitHub', title: 'a/b', url: 'https://github.com/a/b', health: 'inactive' }],
};

it('draws a card with its links under the base path, escaping every text and attribute', () => {
  const html = cardHtml(card, { base: '/repo', sectionTitles: { vision: 'Large Vision Models' } });
  expect(html).toContain('<li class="entry" data-slug="x-ray" data-date="2024-05" data-section="vision">');
  expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2" rel="noopener">X &lt;Ray&gt; &amp; &quot;Co&quot;</a>');
  expect(html).toContain('<time class="entry-date" datetime="2024-05">May 2024</time>');
  expect(html).toContain('<p class="entry-summary">It&#39;s &lt;b&gt;bold&lt;/b&gt;</p>');
  expect(html).toContain('<span class="badge">Large Vision Models</span><a href="/repo/institutes/universite-catholique-de-louvain/">Université catholique de Louvain</a><span aria-hidden="true"> · </span><a href="/repo/institutes/epfl/">EPFL</a>');
  expect(html).toContain('<div class="metric metric-stars"><dt>GitHub stars</dt><dd>1.2k</dd></div>');
  expect(html).toContain('<dl class="metrics"><div class="metric metric-stars"><dt>GitHub stars</dt><dd>1.2k</dd></div></dl>');
  expect(html).toContain('<a href="https://github.com/a/b" title="a/b" rel="noopener">GitHub</a><span class="badge badge-warn">No commits in 2 years</span>');
  expect(html).toContain('<a class="details" href="/repo/entries/x-ray/">Details<span class="visually-hidden"> on X &lt;Ray&gt; &amp; &quot;Co&quot;</span></a>');
  // Access, size and main specialty, what people scan a list for, on one line with the licence.
  expect(html).toContain(
    '<p class="entry-facts">Gated weights<span aria-hidden="true"> · </span>86.6M parameters<span aria-hidden="true"> · </span>Mental health' +
      '<span aria-hidden="true"> · </span>Licence: Llama 3.1 Community License</p>',
  );
  expect(html).not.toContain('<b>');
});

it('leaves out the section badge, the summary, the facts and the link of a bare card, and takes the heading level', () => {
  const bare = { ...card, url: undefined, summary: undefined, license: undefined, access: undefined, parameters: undefined, specialty: undefined };
  const html = cardHtml(bare, { base: '', level: 3 });
  expect(html).toContain('<h3 class="entry-title" id="t-x-ray">X &lt;Ray&gt; &amp; &quot;Co&quot;</h3>');
  expect(html).not.toContain('entry-summary');
  expect(html).not.toContain('entry-facts');
  expect(cardHtml({ ...bare, parameters: '7B' }, { base: '' })).toContain('<p class="entry-facts">7B parameters</p>');
  expect(html).not.toContain('class="badge">');
});

it('shows nothing for numbers never fetched, rather than a dash for each', () => {
  const html = cardHtml({ ...card, metrics: {} }, { base: '' });
  expect(html).not.toContain('class="metrics"');
  expect(html).not.toContain('—');
});
