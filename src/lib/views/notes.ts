/** An entry's free Markdown notes as HTML, sanitised: contributors' text never brings scripts or styles. */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export function renderNotes(markdown: string): string {
  return markdown.trim() ? String(processor.processSync(markdown)) : '';
}
