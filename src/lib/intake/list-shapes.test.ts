import type { Paragraph } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { columnRoles, readDate, readListItem } from './list-shapes.ts';

/** The first list item's paragraph of some Markdown. */
function item(markdown: string) {
  const list = remark().use(remarkGfm).parse(markdown).children[0];
  if (list?.type !== 'list') throw new Error('not a list');
  return readListItem(list.children[0]!.children[0] as Paragraph);
}

describe('columnRoles', () => {
  it('recognises columns by their header words, in any order, and ignores the rest', () => {
    expect(columnRoles(['Year', 'Modality', 'Title', 'Journal', 'Code', 'Weights', 'Method'])).toEqual([
      'date', undefined, 'title', 'venue', 'links', 'links', undefined,
    ]);
    expect(columnRoles(['Affiliation', 'Published', 'Paper', 'GitHub', 'HF'])).toEqual(['institutes', 'date', 'title', 'links', 'links']);
  });

  it('takes the title from Model or Paper only when no Title or Name column does', () => {
    expect(columnRoles(['Model Name', 'Paper', 'Model Weight', 'Data', 'Code'])).toEqual(['title', 'paper', 'links', undefined, 'links']);
    expect(columnRoles(['Model', 'Organization', 'Time', 'Checkpoint'])).toEqual(['title', 'institutes', 'date', 'links']);
    expect(columnRoles(['Title', 'Model', 'Venue'])).toEqual(['title', 'links', 'venue']);
    expect(columnRoles(['Paper Title', 'Venue'])).toEqual(['title', 'venue']);
    expect(columnRoles(['Title', 'Paper Link', 'Year'])).toEqual(['title', 'paper', 'date']);
    expect(columnRoles(['Institute Name', 'Stars'])).toEqual(['institutes', undefined]);
  });

  it('takes who made a model from Group, Lab, Organization or Institution, and when from Released, Date or Year', () => {
    expect(columnRoles(['Name', 'Group', 'Released', 'Weights', 'Parameters', 'Links'])).toEqual(['title', 'institutes', 'date', 'links', undefined, 'links']);
    expect(columnRoles(['Name', 'Lab', 'Release date'])).toEqual(['title', 'institutes', 'date']);
    expect(columnRoles(['Name', 'Labs', 'Date'])).toEqual(['title', 'institutes', 'date']);
    expect(columnRoles(['Name', 'Organisation', 'Year'])).toEqual(['title', 'institutes', 'date']);
    expect(columnRoles(['Name', 'Institution', 'Label'])).toEqual(['title', 'institutes', undefined]);
  });
});

describe('readDate', () => {
  it('reads the months lists write as YYYY-MM', () => {
    for (const text of ['2024-05', '2024.5', '2024-5', '2024/05', 'May 2024', 'may, 2024', '2024-05-13', '2024\u201105']) {
      expect(readDate(text), text).toBe('2024-05');
    }
    expect(readDate('Sept. 2023')).toBe('2023-09');
    for (const [text, month] of [['Dec 2021', '2021-12'], ['December 2021', '2021-12'], ['Jan. 2025', '2025-01']]) expect(readDate(text!), text).toBe(month);
  });

  it('keeps a year alone as a number, the month unknown', () => {
    expect(readDate('2024')).toBe(2024);
    expect(readDate(' 2019. ')).toBe(2019);
  });

  it('tells nothing written from something unreadable', () => {
    expect(readDate('')).toBeUndefined();
    expect(readDate('-')).toBeUndefined();
    for (const text of ['20xx-xx', '2023-2024', '2024/2023.10', '2024-13', 'Mai 2024', '1066']) expect(readDate(text), text).toBeNull();
  });
});

describe('readListItem', () => {
  it('reads `* [**Venue, 2024.5**] **Name**: Title. [paper](url) [code](url)`', () => {
    expect(item('* [**NeurIPS, 2022.5**] **DRAGON**: Deep Bidirectional Pretraining. [paper](https://arxiv.org/abs/2210.09338) [code](https://github.com/michiyasunaga/dragon)')).toEqual({
      title: 'DRAGON',
      summary: 'Deep Bidirectional Pretraining',
      venue: 'NeurIPS',
      dateText: '2022.5',
      links: [
        { url: 'https://arxiv.org/abs/2210.09338', label: 'paper' },
        { url: 'https://github.com/michiyasunaga/dragon', label: 'code' },
      ],
    });
  });

  it('reads `- **Name**: [Title](url) [[Code]](url)`, the link carrying the title', () => {
    expect(item('- **MedAlpaca**: [An Open-Source Collection](https://arxiv.org/abs/2304.08247) [[Code]](https://github.com/kbressem/medAlpaca)')).toEqual({
      title: 'MedAlpaca',
      summary: 'An Open-Source Collection',
      titleUrl: 'https://arxiv.org/abs/2304.08247',
      links: [{ url: 'https://github.com/kbressem/medAlpaca', label: 'Code' }],
    });
  });

  it('reads `1. [Title](url) - Venue 2023 [GitHub](url)`', () => {
    expect(item('1. [Clinical Camel](https://arxiv.org/abs/2305.12031) - ACL Findings 2023 [GitHub](https://github.com/bowang-lab/clinical-camel)')).toEqual({
      title: 'Clinical Camel',
      venue: 'ACL Findings',
      dateText: '2023',
      titleUrl: 'https://arxiv.org/abs/2305.12031',
      links: [{ url: 'https://github.com/bowang-lab/clinical-camel', label: 'GitHub' }],
    });
  });

  it('splits a plain "Name: Title" and takes a trailing year', () => {
    expect(item('- ChatCAD: Interactive Diagnosis 2023. [[Paper]](https://arxiv.org/pdf/2302.07257.pdf)')).toMatchObject({
      title: 'ChatCAD',
      summary: 'Interactive Diagnosis',
      dateText: '2023',
      links: [{ url: 'https://arxiv.org/pdf/2302.07257.pdf', label: 'Paper' }],
    });
    expect(item('- A Survey of Large Language Models in Medicine: Principles [[Paper]](https://a.org/x)')).toMatchObject({
      title: 'A Survey of Large Language Models in Medicine: Principles',
    });
  });

  it('is no entry when it links only within the page', () => {
    expect(item('- [Large Language Models](#llms)')).toBeUndefined();
    expect(item('- just a note')).toBeUndefined();
  });
});
