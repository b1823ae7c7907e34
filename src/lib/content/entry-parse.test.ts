import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { editFrontMatter, parseEntryFile } from './entry-parse.ts';

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

describe('editFrontMatter', () => {
  // The one thing yaml does not keep is the padding inside a flow map or list ({ label: x } comes back {label: x}).
  const unpadded = (text: string) => text.replace(/([{[]) +| +([}\]])/g, '$1$2');

  /** Every entry file of the list: its path and its text as parseEntryFile reads it. */
  async function listEntries() {
    const files: [string, string][] = [];
    for (const section of await readdir('content', { withFileTypes: true })) {
      if (!section.isDirectory()) continue;
      for (const name of (await readdir(join('content', section.name))).filter((file) => file.endsWith('.md'))) {
        files.push([`content/${section.name}/${name}`, dataOf(encode(await readFile(join('content', section.name, name), 'utf8'))).text]);
      }
    }
    expect(files.length).toBeGreaterThan(200);
    return files;
  }

  it('gives every entry of the list back as written, byte for byte, when nothing is edited', async () => {
    for (const [path, text] of await listEntries()) {
      expect(editFrontMatter(text, (document) => document.set('title', document.get('title'))), path).toBe(text);
    }
  });

  it('prints every entry of the list back as written when a field is set, but for the padding inside braces', async () => {
    const titleless = (yaml: string) => unpadded(yaml).replace(/^title: .*$/m, 'title: …');
    for (const [path, text] of await listEntries()) {
      const edited = editFrontMatter(text, (document) => document.set('title', 'Changed'));
      expect(edited, path).toMatch(/^title: "?Changed"?$/m);
      expect(titleless(edited), path).toBe(titleless(text));
    }
  });

  it('changes the edited node alone', () => {
    const text = '---\ntitle: "A"\n# why\nparameters: 7B\nresults:\n  - value: 80.40\n---\nNotes\n\n';
    expect(editFrontMatter(text, (document) => document.set('title', 'B'))).toBe(text.replace('"A"', '"B"'));
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

describe('parseEntryFile splits with gray-matter, YAML through its own reader only', () => {
  const problemOf = (text: string) => {
    const parsed = parseEntryFile(encode(text));
    return parsed.ok ? undefined : parsed.problem;
  };
  const NO_FRONT_MATTER = { line: 1, field: '(file)', message: 'no front matter: the file must start with a line ---, then the fields, then ---' };
  const ran = globalThis as { frontMatterRan?: boolean };
  afterEach(() => delete ran.frontMatterRan);

  it.each(['js', 'javascript', ' js', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'yaml', 'yml', 'constructor', '__proto__', 'toString'])(
    'refuses ---%s with the words for no front matter, and runs nothing',
    (language) => {
      const code = "{ title: (globalThis.frontMatterRan = true, 'Evil') }";
      expect(problemOf(`---${language}\n${code}\n---\n`)).toEqual(NO_FRONT_MATTER);
      expect(problemOf(`---${language}\ntitle: t\n---\n`)).toEqual(NO_FRONT_MATTER);
      expect(ran.frontMatterRan).toBeUndefined();
    },
  );

  it('leaves gray-matter\'s cache empty, so reading a text again never returns what an earlier reading held', () => {
    const text = '---\ntitle: First\n---\nBody\n';
    const first = dataOf(encode(text));
    first.data.title = 'changed by a caller';
    expect(dataOf(encode(text)).data.title).toBe('First');
    expect(Object.keys((matter as unknown as { cache: object }).cache)).toEqual([]);
  });

  // What the reader said before gray-matter split the files: a huge file, fences in the YAML, CRLF, BOM, no closing fence.
  it.each([
    ['a fence in a block scalar', '---\ntitle: t\nsummary: |\n  x\n  ---\n---\nBody', { data: { title: 't', summary: 'x\n---\n' }, body: 'Body', bodyLine: 7 }],
    ['a fence in the notes', '---\ntitle: t\n---\n---\nmore', { data: { title: 't' }, body: '---\nmore', bodyLine: 4 }],
    ['a BOM and CRLF', '\uFEFF---\r\ntitle: t\r\n---\r\nBody', { data: { title: 't' }, body: 'Body', bodyLine: 4 }],
    ['fences with tabs and spaces', '---\t\ntitle: t\n---\t \nBody', { data: { title: 't' }, body: 'Body', bodyLine: 4 }],
    ['5 MB of notes', `---\ntitle: t\n---\n${'x'.repeat(5_000_000)}`, { data: { title: 't' }, bodyLine: 4 }],
  ])('reads %s as before', (_, text, expected) => {
    expect(dataOf(encode(text))).toMatchObject(expected);
  });

  it.each([
    ['a file of ---', '---', 1, 'the front matter is not closed'],
    ['no closing fence', '---\ntitle: t', 1, 'the front matter is not closed'],
    ['no closing fence after 4 MB', `---\n${'title: t\n'.repeat(500_000)}`, 1, 'the front matter is not closed'],
    ['an empty front matter', '---\n---\nBody', 2, 'the front matter must be fields'],
    ['blanks and comments only', '---\n\n# a comment\n  # another\n---\nBody', 2, 'the front matter must be fields'],
    ['a list', '---\n- a\n---\n', 2, 'the front matter must be fields'],
    ['an opening ----', '----\ntitle: t\n---\n', 1, 'no front matter'],
    ['a blank first line', '\n---\ntitle: t\n---\n', 1, 'no front matter'],
  ])('refuses %s as before', (_, text, line, message) => {
    expect(problemOf(text)).toMatchObject({ line, message: expect.stringContaining(message) });
  });

  // gray-matter ends the front matter at the first line that starts with ---, whatever follows on it;
  // the reader before went on to the next line of --- alone and then failed on this line as YAML.
  it.each(['---x', '----', '--- # comment', '---\tthing'])('refuses a front matter line %j at its line, never splitting there', (line) => {
    expect(problemOf(`---\ntitle: t\n${line}\nsummary: s\n---\nBody`)).toMatchObject({ line: 3, message: expect.stringContaining('a line that starts with --- ends the front matter') });
  });

  it('refuses more than 20 blank lines in a row at the first, and in linear time', () => {
    expect(dataOf(frontMatter(`title: t${'\n'.repeat(21)}summary: s`)).data).toEqual({ title: 't', summary: 's' });
    expect(problemOf(`---\ntitle: t${'\n'.repeat(22)}summary: s\n---\n`)).toMatchObject({ line: 2, message: expect.stringContaining('more than 20 blank lines in a row') });
    expect(problemOf(`---\ntitle: t${' \u2028'.repeat(22)}\n---\n`)).toMatchObject({ line: 2, message: expect.stringContaining('more than 20 blank lines in a row') });
    // gray-matter's comment stripping took 19 s on 80,000 blank lines, 4 s on the 40,000 here.
    const started = performance.now();
    expect(problemOf(`---\ntitle: t${'\n \n'.repeat(20_000)}\n---\n`)?.message).toContain('blank lines');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
