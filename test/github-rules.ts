/**
 * What GitHub would act on in Markdown, by its documented rules, for the tests of everything the project
 * writes for GitHub: mentions (`@user`, `@org/team`), references (`#26`, `GH-26`, `owner/repo#26`: docs
 * "Autolinked references and URLs") and math between dollar signs ("Writing mathematical expressions").
 * Like GitHub, it reads no code, and no mention or reference inside a link; it counts any dollar sign.
 */
import type { Nodes } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

export function githubWouldActOn(markdown: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes, inLink: boolean) => {
    if (node.type === 'inlineCode' || node.type === 'code') return;
    if (node.type === 'text') found.push(...(node.value.match(inLink ? /\$/g : /(?<!\w)@[a-z\d]|#\d|GH-\d|\$/gi) ?? []));
    if ('children' in node) for (const child of node.children) walk(child, inLink || node.type === 'link');
  };
  walk(remark().use(remarkGfm).parse(markdown), false);
  return found;
}
