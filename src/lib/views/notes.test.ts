import { expect, it } from 'vitest';
import { renderNotes } from './notes.ts';

it('renders Markdown notes with tables', () => {
  expect(renderNotes('Trained on **PubMed**.\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<strong>PubMed</strong>');
  expect(renderNotes('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<table>');
  expect(renderNotes('  \n')).toBe('');
});

it('drops scripts, event handlers and javascript: links', () => {
  const html = renderNotes('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))');
  expect(html).not.toMatch(/<script|onerror|javascript:/);
});

it('puts links to the site\'s own pages under its base path, and leaves other links alone', () => {
  const html = renderNotes('See [MedGemma](/entries/medgemma/), [arXiv](https://arxiv.org/abs/1) and [this](//cdn.example/x).', '/medical-foundation-models');
  expect(html).toContain('href="/medical-foundation-models/entries/medgemma/"');
  expect(html).toContain('href="https://arxiv.org/abs/1"');
  expect(html).toContain('href="//cdn.example/x"');
  expect(renderNotes('[MedGemma](/entries/medgemma/)')).toContain('href="/entries/medgemma/"');
});
