/**
 * Reading one entry file as a contributor may have written it: bytes to text to front matter to a
 * YAML mapping, with a plain message for every way that can go wrong (empty, binary, not UTF-8, no or
 * unclosed front matter, YAML syntax, duplicate keys, aliases, not a mapping) and, when it works, a
 * way to find the line of any field for the messages that come later.
 */
import { isAlias, isMap, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface ParsedEntryFile {
  data: Record<string, unknown>;
  body: string;
  /** The 1-based line the body starts on, after the closing ---. */
  bodyLine: number;
  /** The 1-based line of a field (or of its nearest parent that exists), 1 if none. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface ParseProblem {
  line: number;
  field: string;
  message: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const FENCE = /^---[ \t]*$/;

export function parseEntryFile(bytes: Uint8Array): { ok: true; file: ParsedEntryFile } | { ok: false; problem: ParseProblem } {
  const fail = (line: number, message: string) => ({ ok: false as const, problem: { line, field: '(file)', message } });
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return fail(1, 'the file is empty (start it with front matter: ---, title: ..., ---)');
  }
  if (bytes.includes(0)) return fail(1, 'the file is binary, not text (entries are Markdown files with YAML front matter)');
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return fail(1, 'the file is not UTF-8 text (save it as UTF-8)');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return fail(1, 'no front matter: the file must start with a line ---, then the fields, then ---');
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) return fail(1, 'the front matter is not closed: add a line --- after the last field');

  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  // Line numbers in the YAML are one below the file's: the opening --- is line 1.
  const document: Document = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true, schema: 'core' });
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;

  const [error] = document.errors;
  if (error) {
    const line = lineAt(error.pos[0]);
    const reason =
      error.code === 'DUPLICATE_KEY'
        ? 'a field appears twice (keep one)'
        : error.code === 'TAB_AS_INDENT' || /tab/i.test(error.message)
          ? 'a tab is used for indentation (indent with spaces)'
          : `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')} (check quotes, colons and indentation)`;
    return fail(line, reason);
  }
  // Entries are plain data: no aliases, and no tags (!!js/function, !!binary, !custom), which would
  // make a reader build something other than text, numbers, lists and mappings.
  let refusal: { line: number; message: string } | undefined;
  visit(document, {
    Alias(_, node) {
      refusal = { line: lineAt(node.range?.[0] ?? 0), message: 'YAML aliases (*name) are not allowed in entries (write the value out)' };
      return visit.BREAK;
    },
    Node(_, node) {
      if (!node.tag) return undefined;
      refusal = { line: lineAt(node.range?.[0] ?? 0), message: `YAML tags (${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}) are not allowed in entries (write the plain value)` };
      return visit.BREAK;
    },
  });
  if (refusal) return fail(refusal.line, refusal.message);
  if (!isMap(document.contents)) {
    return fail(2, 'the front matter must be fields (name: value), not a list or a single value');
  }
  const data = document.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;

  return {
    ok: true,
    file: {
      data,
      body: lines.slice(end + 1).join('\n'),
      bodyLine: end + 2,
      lineOf(path) {
        for (let depth = path.length; depth > 0; depth--) {
          const node = document.getIn(path.slice(0, depth) as unknown[], true);
          // A pair's key is where the field starts; for list items, the item itself.
          const parent = depth > 1 ? document.getIn(path.slice(0, depth - 1) as unknown[], true) : document.contents;
          const key = path[depth - 1];
          if (isMap(parent)) {
            const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === key);
            if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
          }
          if (isNode(node) && !isAlias(node) && node.range) return lineAt(node.range[0]);
        }
        return 1;
      },
    },
  };
}
