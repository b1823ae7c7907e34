import { describe, expect, it } from 'vitest';
import { arxivQueryUrl, arxivSearchQuery, parseArxivFeed } from './watch-arxiv.ts';

const feed = (entries: string, total = 2) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title type="html">ArXiv Query: search_query=all:medical</title>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${total}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
${entries}
</feed>`;

const ENTRY = `<entry>
    <id>http://arxiv.org/abs/2611.01234v2</id>
    <published>2026-11-28T18:59:59Z</published>
    <title>RadFM-2: A Radiology
      Foundation Model &amp; More</title>
    <summary>  A medical model. Weights: https://huggingface.co/acme/RadFM-2-7B.  </summary>
    <author><name>B. Author</name><arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">Acme Hospital</arxiv:affiliation></author>
    <author><name>C. Author</name></author>
    <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1000/radfm.2</arxiv:doi>
    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">Code: https://github.com/acme/radfm2</arxiv:comment>
    <link href="http://arxiv.org/abs/2611.01234v2" rel="alternate" type="text/html"/>
    <link href="javascript:alert(1)" rel="related"/>
    <category term="eess.IV" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`;

describe('parseArxivFeed', () => {
  it('reads the total and each usable entry of the Atom feed', () => {
    const unusable = '<entry><id>http://arxiv.org/abs/hep-th/9901001v1</id><title>Old</title><published>1999-01-01T00:00:00Z</published></entry>';
    expect(parseArxivFeed(feed(`${ENTRY}\n${unusable}`))).toEqual({
      total: 2,
      unusable: 1,
      entries: [
        {
          source: 'arxiv',
          title: 'RadFM-2: A Radiology Foundation Model & More',
          url: 'https://arxiv.org/abs/2611.01234',
          date: '2026-11-28',
          summary: 'A medical model. Weights: https://huggingface.co/acme/RadFM-2-7B.',
          huggingface: ['acme/RadFM-2-7B'],
          arxiv: ['2611.01234'],
          doi: '10.1000/radfm.2',
          github: ['acme/radfm2'],
          tags: ['eess.iv'],
          baseModels: [],
          quantized: false,
          affiliations: ['Acme Hospital'],
        },
      ],
    });
  });

  it('reads a page of the 100 entries asked, and not one of more, before parsing it', () => {
    const page = (count: number) => feed(Array.from({ length: count }, (_, i) => ENTRY.replaceAll('2611.01234', `2611.${10_000 + i}`)).join('\n'), 1000);
    expect(parseArxivFeed(page(100)).entries).toHaveLength(100);
    expect(() => parseArxivFeed(page(101))).toThrow('the page has 101 entries, more than the 100 asked; not read');
    expect(() => parseArxivFeed(feed('<entry/>'.repeat(37_000)))).toThrow('the page has 37,000 entries, more than the 100 asked; not read');
  });

  it('reads an entry of 100,000 affiliations in linear time, keeping each once and the first 20', () => {
    const affiliations = Array.from({ length: 100_000 }, (_, i) => `<arxiv:affiliation>Lab ${i % 50_000}</arxiv:affiliation>`).join('');
    const started = performance.now();
    const [entry] = parseArxivFeed(feed(ENTRY.replace('<name>C. Author</name>', `<name>C. Author</name>${affiliations}`), 1)).entries;
    console.log(`an entry of 100,000 affiliations: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(entry!.affiliations).toEqual(['Acme Hospital', ...Array.from({ length: 19 }, (_, i) => `Lab ${i}`)]);
  });

  it("fails on arXiv's error feed, on malformed XML, on entities and on what is not a feed", () => {
    const error = '<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_x</id><title>Error</title><summary>incorrect id format for x</summary></entry>';
    expect(() => parseArxivFeed(feed(error, 1))).toThrow('arXiv says: incorrect id format for x');
    expect(() => parseArxivFeed('<feed><entry><title>Cut')).toThrow(/^malformed XML \(/);
    expect(() => parseArxivFeed('<!DOCTYPE feed [<!ENTITY lol "lol">]><feed>&lol;</feed>')).toThrow('declares a DOCTYPE or entities');
    expect(() => parseArxivFeed('<html><body>Service Unavailable</body></html>')).toThrow('the answer is not an Atom feed');
    expect(() => parseArxivFeed('<feed><title>x</title></feed>')).toThrow('the feed has no opensearch:totalResults');
  });
});

it('asks for medical and model terms in the categories, inside the window, newest first', () => {
  const query = arxivSearchQuery(new Date('2026-11-17T12:00:00Z'), new Date('2026-12-01T12:00:00Z'));
  expect(query).toMatch(/^\(cat:cs\.CL OR .*\) AND \(abs:medical OR .*\) AND \(abs:"foundation model" OR .*\) AND submittedDate:\[202611171200 TO 202612011200\]$/);
  expect(arxivQueryUrl('https://export.arxiv.org/api', 'abs:x', 200)).toBe('https://export.arxiv.org/api/query?search_query=abs%3Ax&sortBy=submittedDate&sortOrder=descending&start=200&max_results=100');
});
