import { describe, expect, it } from 'vitest';
import { checkedUrl, dayOf, doiOf, hubModelId, linkedIds, plainText } from './watch-found.ts';

describe('plainText', () => {
  it('folds spaces and newlines, drops control and bidi characters, and cuts long text', () => {
    expect(plainText('  Med\n\tBot\u202E evil\u0000 ', 100)).toBe('Med Bot evil');
    expect(plainText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(plainText(42, 10)).toBeUndefined();
    expect(plainText(' \u200B ', 10)).toBeUndefined();
  });
});

describe('ids and URLs from an answer', () => {
  it('keeps Hub model ids that the schema allows, and only models', () => {
    expect(hubModelId('google/medgemma-4b-it')).toBe('google/medgemma-4b-it');
    for (const bad of ['../../etc/passwd', 'datasets/a/b', 'a/b/c', 'a b/c', '-a/b', 42, `a/${'b'.repeat(300)}`]) expect(hubModelId(bad)).toBeUndefined();
  });

  it('keeps URLs that an entry could hold, and DOIs whose doi.org URL is one', () => {
    expect(checkedUrl('https://arxiv.org/abs/2611.01234')).toBe('https://arxiv.org/abs/2611.01234');
    for (const bad of ['javascript:alert(1)', 'https://a.org/x y', 'https://a.org/"onclick', 'http://localhost/x', 'data:text/html,x']) expect(checkedUrl(bad)).toBeUndefined();
    expect(doiOf('10.1038/s41591-024-03416-6')).toBe('10.1038/s41591-024-03416-6');
    expect(doiOf('10.1038/a"b')).toBeUndefined();
  });

  it('reads days from ISO times only', () => {
    expect(dayOf('2026-11-28T23:59:59.000Z')).toBe('2026-11-28');
    expect(dayOf('yesterday')).toBeUndefined();
    expect(dayOf('2026-13-45T00:00:00Z')).toBeUndefined();
  });

  it('finds GitHub repositories and Hub models linked in text, without the sentence around them', () => {
    expect(linkedIds('Code: https://github.com/acme/radfm2. Weights at https://huggingface.co/acme/RadFM-7B, and https://github.com/ACME/radfm2/tree/main.')).toEqual({
      github: ['acme/radfm2'],
      huggingface: ['acme/RadFM-7B'],
    });
    expect(linkedIds('https://github.com/bad/repo"onmouseover=x https://huggingface.co/datasets/a/b https://github.com/only-owner')).toEqual({ github: ['bad/repo'], huggingface: [] });
  });
});
