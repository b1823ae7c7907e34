/**
 * Reading one entry file as a contributor may have written it: bytes to text to front matter to a
 * YAML mapping, with a plain message for every way that can go wrong (empty, binary, not UTF-8, no or
 * unclosed front matter, YAML syntax, duplicate keys, aliases, not a mapping) and, when it works, a
 * way to find the line of any field for the messages that come later.
 *
 * gray-matter splits the front matter from the notes, with one engine: `yaml`, the reader below. What
 * it would read otherwise is refused before it is called: a language after the opening --- (---js
 * evaluates the block, ---coffee, ---json, ---toml...), a file without a closing ---, a closing line
 * with more than --- on it, and the long blank runs its comment stripping is quadratic in. It is called
 * with options every time, which keeps its cache (one module-level object, keyed by file text) empty.
 *
 * Two YAML readers, because of the cost at 10,000 entries with results (npm run bench:scale): js-yaml
 * (the one Astro reads front matter with) reads a plain file ten times faster than `yaml`; `yaml`
 * keeps every position, so it gives the exact message for a file js-yaml cannot read or that may
 * hold an alias or tag, and, only when a finding asks, the line of a field.
 */
import matter from 'gray-matter';
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { YAML_WRITE_OPTIONS } from './entry-text.ts';

export interface ParsedEntryFile {
  data: Record<string, unknown>;
  /** The whole file as read: UTF-8 without its BOM, line breaks made \n. */
  text: string;
  body: string;
  /** The 1-based line the body starts on, after the closing ---. */
  bodyLine: number;
  /** The 1-based line of a field (or of its nearest parent that exists), 1 if none. */
  lineOf(path: readonly PropertyKey[]): number;
  /** A number field as the file writes it ("77.50", not 77.5), for checks that depend on its printed decimals; undefined if it is no number. */
  numberText(path: readonly PropertyKey[]): string | undefined;
}

export interface ParseProblem {
  line: number;
  field: string;
  message: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** A line of its own "---", with trailing spaces allowed. */
const FENCE = /^---[ \t]*$/;
const NO_FRONT_MATTER = 'no front matter: the file must start with a line ---, then the fields, then ---';

/**
 * The blank lines a front matter may have in a row. gray-matter drops comment lines with
 * /^\s*#[^\n]+/gm before it calls an engine, which scans from every line start in a run of blanks to the
 * run's end: 80,000 blank lines took 19 s. With at most this many, a file costs at most this many scans.
 */
const MAX_BLANK_LINES = 20;
/** MAX_BLANK_LINES + 2 line breaks (those `^` sees in a multiline pattern) with only blanks (`\s`) between them. */
const LONG_BLANK_RUN = /(?:[\n\u2028\u2029][^\S\n\u2028\u2029]*){22}/;

function countLineBreaks(text: string, end = text.length): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** A js-yaml scalar type from the spec's patterns (js-yaml keeps one type per tag, so all forms of a tag in one). */
const coreScalar = (tag: 'null' | 'bool' | 'int' | 'float', forms: readonly [RegExp, (text: string) => unknown][]) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) => text !== null && forms.some(([pattern]) => pattern.test(text)),
    construct: (text: string) => forms.find(([pattern]) => pattern.test(text))![1](text),
  });

/**
 * The YAML 1.2 core schema as `yaml` resolves it (its regular expressions are the spec's): js-yaml's
 * own CORE_SCHEMA reads 0b101 and -0x1A as numbers and -.5 as text, where `yaml` does the opposite.
 */
const CORE_AS_YAML_READS_IT = FAILSAFE_SCHEMA.extend({
  implicit: [
    coreScalar('null', [[/^(?:~|null|Null|NULL)$/, () => null]]),
    coreScalar('bool', [[/^(?:true|True|TRUE|false|False|FALSE)$/, (text) => text.toLowerCase() === 'true']]),
    coreScalar('int', [
      [/^[-+]?[0-9]+$/, (text) => Number.parseInt(text, 10)],
      [/^0o[0-7]+$/, (text) => Number.parseInt(text.slice(2), 8)],
      [/^0x[0-9a-fA-F]+$/, (text) => Number.parseInt(text.slice(2), 16)],
    ]),
    coreScalar('float', [
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/, Number.parseFloat],
      [/^[-+]?\.(?:inf|Inf|INF)$/, (text) => (text.startsWith('-') ? -Infinity : Infinity)],
      [/^\.(?:nan|NaN|NAN)$/, () => Number.NaN],
    ]),
  ],
});

/** Without these characters there can be no tag (!), anchor (&) or alias (*), which entries refuse. */
const MAY_HOLD_TAG_OR_ALIAS = /[!&*]/;

/** The mapping js-yaml reads from a plain file, or undefined when the file needs `yaml`'s exact reading. */
function quickRead(yamlText: string): Record<string, unknown> | undefined {
  if (MAY_HOLD_TAG_OR_ALIAS.test(yamlText)) return undefined;
  try {
    const data = load(yamlText, { schema: CORE_AS_YAML_READS_IT });
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // a syntax error or a key twice: `yaml` says where and why
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line of a field a plain file gives without a second reading: 1 when its top-level field is absent
 * (what `yaml` says too), else the one line that starts with that top-level field; undefined when it
 * takes `yaml` (a nested field, or no single such line).
 */
function lineWithoutPositions(data: Record<string, unknown>, yamlText: string, path: readonly PropertyKey[]): number | undefined {
  const [key] = path;
  if (typeof key !== 'string') return undefined;
  if (!Object.hasOwn(data, key)) return 1;
  if (path.length > 1) return undefined;
  const name = escapeRegExp(key);
  const start = new RegExp(`^(?:${name}|"${name}"|'${name}')[ \\t]*:(?:[ \\t]|$)`);
  const lines = yamlText.split('\n').flatMap((line, index) => (start.test(line) ? [index] : []));
  // The block starts on the opening --- line (what is left of it), so its line 1 is the file's.
  return lines.length === 1 ? lines[0]! + 1 : undefined;
}

/** `yaml`'s reading of the front matter, which knows the line of every node. */
function fullRead(yamlText: string) {
  const counter = new LineCounter();
  const document: Document = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true, schema: 'core' });
  const lineAt = (offset: number) => counter.linePos(offset).line;
  return { document, lineAt };
}

/** The 1-based line of a field (or of its nearest parent that exists) in a document, 1 if none. */
function lineOfField({ document, lineAt }: ReturnType<typeof fullRead>, path: readonly PropertyKey[]): number {
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
}

/** The source text of the number at a path, from `yaml`'s nodes. */
function numberSource({ document }: ReturnType<typeof fullRead>, path: readonly PropertyKey[]): string | undefined {
  const node = document.getIn(path as unknown[], true);
  return isScalar(node) && typeof node.value === 'number' ? (node.source ?? String(node.value)) : undefined;
}

/**
 * A plain number with a trailing zero after its point (77.50, in a block or flow value), the one way a
 * number is written otherwise than String() gives it back: without one in the block, the value read is the
 * text, and `yaml` need not read the file again. Digits inside a URL or a word do not count.
 */
const TRAILING_ZERO = /(?:^|[\s:,[{])[-+]?\d*\.\d*0(?:[eE][-+]?\d+)?[ \t]*(?:$|[,}\]#])/m;

const valueAt = (data: unknown, path: readonly PropertyKey[]) => path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);

type YamlReading = { ok: true; data: Record<string, unknown>; lineOf: ParsedEntryFile['lineOf']; numberText: ParsedEntryFile['numberText'] } | { ok: false; line: number; message: string };

/** The front matter as a mapping, with the line of any field; the block's line 1 is the file's (the opening ---). */
function readYaml(block: string): YamlReading {
  const quick = quickRead(block);
  if (quick) {
    let full: ReturnType<typeof fullRead> | undefined;
    const writtenOtherwise = TRAILING_ZERO.test(block);
    return {
      ok: true,
      data: quick,
      lineOf: (path) => lineWithoutPositions(quick, block, path) ?? lineOfField((full ??= fullRead(block)), path),
      numberText: (path) => {
        const value = valueAt(quick, path);
        if (typeof value !== 'number') return undefined;
        return writtenOtherwise ? numberSource((full ??= fullRead(block)), path) : String(value);
      },
    };
  }

  const full = fullRead(block);
  const { document, lineAt } = full;
  const [error] = document.errors;
  if (error) {
    const line = lineAt(error.pos[0]);
    const reason =
      error.code === 'DUPLICATE_KEY'
        ? 'a field appears twice (keep one)'
        : error.code === 'TAB_AS_INDENT' || /tab/i.test(error.message)
          ? 'a tab is used for indentation (indent with spaces)'
          : `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')} (check quotes, colons and indentation)`;
    return { ok: false, line, message: reason };
  }
  // Entries are plain data: no aliases, and no tags (!!js/function, !!binary, !custom), which would
  // make a reader build something other than text, numbers, lists and mappings.
  let refusal: { ok: false; line: number; message: string } | undefined;
  visit(document, {
    Alias(_, node) {
      refusal = { ok: false, line: lineAt(node.range?.[0] ?? 0), message: 'YAML aliases (*name) are not allowed in entries (write the value out)' };
      return visit.BREAK;
    },
    Node(_, node) {
      if (!node.tag) return undefined;
      refusal = { ok: false, line: lineAt(node.range?.[0] ?? 0), message: `YAML tags (${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}) are not allowed in entries (write the plain value)` };
      return visit.BREAK;
    },
  });
  if (refusal) return refusal;
  if (!isMap(document.contents)) return NOT_FIELDS;
  return { ok: true, data: document.toJS({ maxAliasCount: 0 }) as Record<string, unknown>, lineOf: (path) => lineOfField(full, path), numberText: (path) => numberSource(full, path) };
}

const NOT_FIELDS = { ok: false, line: 2, message: 'the front matter must be fields (name: value), not a list or a single value' } as const;

const refuseEngine = () => {
  throw new Error('entries are YAML only');
};

/**
 * gray-matter's split of a file whose fences the caller has checked, with `readYaml` as its only engine:
 * its own `javascript` (which evaluates the block) and `json` refuse, should a language ever reach them.
 */
function splitFrontMatter(text: string): YamlReading {
  let reading: YamlReading = NOT_FIELDS; // what a block of blanks and comments, which no engine reads, is
  matter(text, {
    language: 'yaml',
    engines: {
      yaml: (block: string) => {
        reading = readYaml(block);
        return reading.ok ? reading.data : {};
      },
      javascript: refuseEngine,
      json: refuseEngine,
    },
    // No excerpt: a field named excerpt_separator would otherwise have gray-matter look for it in the notes.
    excerpt: () => '',
  });
  return reading;
}

/**
 * Where the fences are, as gray-matter finds them (the first line, then the first line break followed by
 * ---): the end of the first line, and the line break before the closing fence (-1 when there is none).
 * Found by position, not by splitting the file into lines: at 10,000 entries that is a million strings.
 */
function fenceOffsets(text: string) {
  const firstBreak = text.indexOf('\n');
  return { firstBreak, closing: firstBreak < 0 ? -1 : text.indexOf('\n---', firstBreak) };
}

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

  // The fences checked before gray-matter reads anything.
  const { firstBreak, closing } = fenceOffsets(text);
  // Anything after the opening --- is a language to gray-matter (---js, ---coffee): refused here, with the same words as no fence.
  if (!FENCE.test(firstBreak < 0 ? text : text.slice(0, firstBreak))) return fail(1, NO_FRONT_MATTER);
  if (closing < 0) return fail(1, 'the front matter is not closed: add a line --- after the last field');
  const closingEnd = text.indexOf('\n', closing + 1);
  const closingLine = countLineBreaks(text, closing + 1) + 1;
  if (!FENCE.test(text.slice(closing + 1, closingEnd < 0 ? undefined : closingEnd))) {
    return fail(closingLine, 'a line that starts with --- ends the front matter and must hold nothing else (put --- alone on its line, and quote a value that starts with ---)');
  }
  const longBlankRun = LONG_BLANK_RUN.exec(text.slice(0, closing));
  if (longBlankRun) {
    return fail(countLineBreaks(text, longBlankRun.index) + 1, `more than ${MAX_BLANK_LINES} blank lines in a row below this line of the front matter (remove them)`);
  }

  const reading = splitFrontMatter(text);
  if (!reading.ok) return fail(reading.line, reading.message);
  const body = closingEnd < 0 ? '' : text.slice(closingEnd + 1);
  return { ok: true, file: { data: reading.data, text, body, bodyLine: closingLine + 1, lineOf: reading.lineOf, numberText: reading.numberText } };
}

/**
 * An entry file's text with its front matter changed in place: `edit` gets `yaml`'s document of the
 * block, whose untouched nodes print back as written (77.50 stays 77.50, comments and quotes stay), and
 * the notes are kept byte for byte. An edit that changes nothing gives the text back as it was: printing
 * loses the padding inside braces ({ label: x } comes back {label: x}), which a file nobody changed keeps.
 * For a file parseEntryFile reads.
 */
export function editFrontMatter(text: string, edit: (document: Document) => void): string {
  const { firstBreak, closing } = fenceOffsets(text);
  if (closing < 0) throw new Error('editFrontMatter: the text has no front matter');
  const { document } = fullRead(text.slice(firstBreak + 1, closing + 1));
  const before = document.toString(YAML_WRITE_OPTIONS);
  edit(document);
  const after = document.toString(YAML_WRITE_OPTIONS);
  return after === before ? text : `${text.slice(0, firstBreak + 1)}${after}${text.slice(closing + 1)}`;
}
