import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseEntryFile } from './entry-parse.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const frontMatter = (yamlText: string) => encode(`---\n${yamlText}\n---\nBody.\n`);
/** What `yaml`, which gives the messages and lines, reads: the quick reader must read the same. */
const asYamlReadsIt = (yamlText: string) => parseDocument(yamlText, { schema: 'core', uniqueKeys: true, strict: true }).toJS() as unknown;
const dataOf = (bytes: Uint8Array) => {
  const parsed = parseEntryFile(bytes);
  if (!parsed.ok) throw new Error(`not read: ${parsed.problem.message}`);
  return parsed.file;
};

describe('parseEntryFile reads what yaml reads', () => {
  // Plain scalars where YAML readers differ: js-yaml's own core schema reads 0b101 and -0x1A as
  // numbers and -.5 as text; `yaml` reads them the other way round.
  const scalars = [
    '0b101', '-0x1A', '0x1A', '0o17', '-0o17', '017', '+12', '-0', '1_000', '-.5', '+.5', '.5', '1.', '1e3', '1E-3', '-1.5e+2', '.inf', '-.Inf',
    '+.INF', '.nan', '.NaN', 'null', 'Null', 'NULL', '~', 'true', 'True', 'TRUE', 'yes', 'on', 'off', 'y', 'n', '2024-01', '2024-01-15',
    '2024-01-15T10:00:00Z', '12:30', '1:20:30', '0.1.2', '1,000', '"7"', "'true'", '9007199254740993', '1e400',
  ];
  it.each(scalars)('reads %j as yaml does, as a value and in a list', (scalar) => {
    const yamlText = `title: ${scalar}\nsizes: [${scalar}, x]\nnested:\n  - value: ${scalar}`;
    expect(dataOf(frontMatter(yamlText)).data).toEqual(asYamlReadsIt(yamlText));
  });

  it.each([
    'title:\nsummary: ""\nlist:\n  -\n  - x',
    'title: >\n  folded\n  lines\n\n  kept\nnotes: |\n  literal\n   indented\n',
    'title: "escapes \\u00e9 \\n \\t"\nsummary: \'it\'\'s\'',
    'title: a plain # with a comment\nsummary: ends here # comment',
    '1: one\ntrue: yes\n2.5: float key',
    'title: multi\n  line plain\n  scalar',
    'list:\n- at the parent indent\n- two',
    'flow: {a: 1, b: [2, {c: d}]}',
    '__proto__: polluted\ntitle: t',
  ])('reads %j as yaml does', (yamlText) => {
    expect(dataOf(frontMatter(yamlText)).data).toEqual(asYamlReadsIt(yamlText));
  });

  it('differs only on a key written null, an unknown field to the schema either way', () => {
    expect(Object.keys(dataOf(frontMatter('null: x\ntitle: t')).data)).toEqual(['null', 'title']);
    expect(Object.keys(asYamlReadsIt('null: x\ntitle: t') as object)).toEqual(['', 'title']);
  });

  it('reads every entry of the list and of the test content as yaml does', async () => {
    let files = 0;
    for (const root of ['content', 'test/fixtures/content']) {
      for (const section of await readdir(root, { withFileTypes: true })) {
        if (!section.isDirectory()) continue;
        for (const name of (await readdir(join(root, section.name))).filter((file) => file.endsWith('.md'))) {
          const text = await readFile(join(root, section.name, name), 'utf8');
          const yamlText = text.split('\n---\n')[0]!.replace(/^---\n/, '');
          expect(dataOf(encode(text)).data, `${root}/${section.name}/${name}`).toEqual(asYamlReadsIt(yamlText));
          files++;
        }
      }
    }
    expect(files).toBeGreaterThan(200);
  });
});

describe('parseEntryFile refuses with yaml’s exact message and line', () => {
  it.each([
    ['title: a\ntitle: b', 3, 'a field appears twice'],
    ['title: &name a\nsummary: *name', 3, 'YAML aliases'],
    ['title: !!binary aGk=', 2, 'YAML tags (!!binary)'],
    ['title: !custom x', 2, 'YAML tags (!custom)'],
    ['title: "open', 2, 'YAML syntax error'],
    ['- a\n- b', 2, 'must be fields'],
  ])('%j', (yamlText, line, message) => {
    const parsed = parseEntryFile(frontMatter(yamlText));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.line).toBe(line);
      expect(parsed.problem.message).toContain(message);
    }
  });

  it('finds the line of every field of every entry as yaml finds it', async () => {
    for (const section of ['llms', 'vision', 'surveys']) {
      for (const name of (await readdir(join('content', section))).slice(0, 25)) {
        const text = await readFile(join('content', section, name), 'utf8');
        // A comment with & after the last field sends the same file, lines unchanged, through yaml's reading.
        const full = dataOf(encode(text.replace(/\n---\n/, '\n# & read by yaml\n---\n')));
        const quick = dataOf(encode(text));
        const paths = [...Object.keys(quick.data).flatMap((key) => [[key], [key, 0]]), ['missing'], ['results', 0, 'value'], ['papers', 0, 'url']];
        expect(paths.map((path) => quick.lineOf(path)), `${section}/${name}`).toEqual(paths.map((path) => full.lineOf(path)));
      }
    }
  });

  it.each([
    ['---\ntitle: t\n---', '', 4],
    ['---\ntitle: t\n---   \nBody\nmore', 'Body\nmore', 4],
    ['---\ntitle: t\n\n\n---\n\nBody', '\nBody', 6],
    ['---  \r\ntitle: t\r\n---\r\nBody', 'Body', 4],
  ])('finds the body of %j and the line it starts on', (text, body, bodyLine) => {
    expect(dataOf(encode(text))).toMatchObject({ data: { title: 't' }, body, bodyLine });
  });

  it('reads a summary with & or * like any other, and finds lines on request', () => {
    const file = dataOf(frontMatter('title: R&D * 2\nsummary: s\nresults:\n  - benchmark: medqa\n    value: 50'));
    expect(file.data).toEqual({ title: 'R&D * 2', summary: 's', results: [{ benchmark: 'medqa', value: 50 }] });
    const plain = dataOf(frontMatter('title: t\nsummary: s\nresults:\n  - benchmark: medqa\n    value: 50'));
    expect([plain.lineOf(['summary']), plain.lineOf(['results', 0, 'value']), plain.lineOf(['missing']), plain.bodyLine]).toEqual([3, 6, 1, 8]);
  });
});
