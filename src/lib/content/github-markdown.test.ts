import type { PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { githubMarkdown } from './github-markdown.ts';
import { githubWouldActOn } from '../../../test/github-rules.ts';

const paragraph = (...children: PhrasingContent[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] });
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const written = (value: string) => githubMarkdown(paragraph(text(value))).trim();
/** The text a reader sees once GitHub has rendered the Markdown. */
const rendered = (markdown: string) => toString(remark().use(remarkGfm).parse(markdown));

describe('githubMarkdown', () => {
  const hostile = [
    'cc @octocat and @github/security-team, please',
    'Fixes #1, GH-2 and octo-org/octo-repo#3',
    'Price $x^2$ or $$\\href{https://evil.example}{click}$$ here',
    'A title with $`\\sqrt{2}`$ in it',
  ];

  it.each(hostile)('leaves GitHub nothing to mention, link or typeset in %j, and the same text to read', (value) => {
    expect(githubWouldActOn(value)).not.toEqual([]);
    const markdown = written(value);
    expect(githubWouldActOn(markdown)).toEqual([]);
    expect(rendered(markdown)).toBe(value);
  });

  it('turns each one into a code span, side by side ones into one', () => {
    expect(written('cc @octocat and @github/security-team, please')).toBe('cc `@octocat` and `@github/security-team`, please');
    expect(written('Fixes #1, GH-2 and octo-org/octo-repo#3')).toBe('Fixes `#1`, `GH-2` and octo-org/octo-repo`#3`');
    expect(written('Price $x^2$ or $$y$$')).toBe('Price `$`x^2`$` or `$$`y`$$`');
    expect(written('see https://huggingface.co/@org/model#5')).toBe('see https\\://huggingface.co/`@org/model#5`');
  });

  it('leaves ordinary text alone: GPT-4, C#, an e-mail address, a URL without them', () => {
    const plain = 'GPT-4 and C# (or F#) from a@b.org, see https://example.org/a@b.org/x.y?z=1 on 2024-01-02, 50% of 3';
    const markdown = written(plain);
    expect(markdown).not.toContain('`');
    expect(rendered(markdown)).toBe(plain);
  });

  it('makes the text inside links and headings inert too', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [text('Weekly watch for @team')] },
        { type: 'paragraph', children: [{ type: 'link', url: 'https://arxiv.org/abs/2401.00001', children: [text('Cost $1 to $2')] }] },
      ],
    };
    expect(githubMarkdown(tree)).toBe('## Weekly watch for `@team`\n\n[Cost `$`1 to `$`2](https://arxiv.org/abs/2401.00001)\n');
  });

  it('writes tables and lists as asked', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'list', spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('one')] }] }] },
        { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text('a')] }, { type: 'tableCell', children: [text('bbbb')] }] }, { type: 'tableRow', children: [{ type: 'tableCell', children: [text('cccc')] }, { type: 'tableCell', children: [text('d')] }] }] },
      ],
    };
    expect(githubMarkdown(structuredClone(tree), { bullet: '-', tablePipeAlign: false })).toBe('- one\n\n| a | bbbb |\n| - | - |\n| cccc | d |\n');
    expect(githubMarkdown(structuredClone(tree))).toContain('* one\n\n| a    | bbbb |');
  });
});
