/** An entry's free Markdown notes as HTML, sanitised: contributors' text never brings scripts or styles. */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export function renderNotes(markdown: string): string {
  return markdown.trim() ? String(processor.processSync(markdown)) : '';
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
