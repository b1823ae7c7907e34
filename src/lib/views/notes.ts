/** An entry's free Markdown notes as HTML, sanitised: contributors' text never brings scripts or styles. */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/**
 * The notes as HTML. A link to a page of the site is written from its root (`[MedGemma](/entries/medgemma/)`)
 * and is put under `base`, so it still works when the site is served from /<repo>/.
 */
export function renderNotes(markdown: string, base = ''): string {
  if (!markdown.trim()) return '';
  const tree = processor.runSync(processor.parse(markdown));
  visit(tree, 'element', (node: Element) => {
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) node.properties.href = `${base}${href}`;
  });
  return processor.stringify(tree);
}

/** The words of an entry's notes, without Markdown syntax: what full-text search indexes. */
export function notesText(markdown: string): string {
  if (!markdown.trim()) return ''; // most entries have no notes; parsing nothing still costs a parser's setup
  const words: string[] = [];
  visit(processor.parse(markdown), (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words.push(node.value);
  });
  return words.join(' ').replace(/\s+/g, ' ').trim();
}
