import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentError, readEntries, readEntryFiles } from './content-files.ts';

const ENTRY = '---\ntitle: T\ndate: 2024-01\ninstitutes: [EPFL]\naccess: open-weights\nmodalities: [text]\nspecialties: [general]\n---\n';
const REFUSAL = 'this is a symbolic link, which content/ may not hold and is never followed (replace the symlink with the file or folder itself)';

describe('symbolic links under the content folder', () => {
  let content: string;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'symlinks-'));
    // Outside the content folder, a file and a folder that would pass as entries were they followed.
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(dir, 'elsewhere', 'secret.md'), ENTRY);
    content = join(dir, 'content');
    await mkdir(join(content, 'llms'), { recursive: true });
    await cp('test/fixtures/content/institutes.yaml', join(content, 'institutes.yaml'));
    await writeFile(join(content, 'llms', 'good.md'), ENTRY);
    await symlink(join(dir, 'elsewhere', 'secret.md'), join(content, 'llms', 'linked.md'));
    await symlink(join(dir, 'elsewhere'), join(content, 'vision'));
  });

  it('are refused by validate and the build, file and folder alike, and never followed', async () => {
    const { entries, errors } = await readEntries(content);
    expect(entries.map((entry) => entry.file)).toEqual([join(content, 'llms', 'good.md')]);
    expect(errors).toEqual([
      { file: join(content, 'llms', 'linked.md'), line: 1, field: '(file)', severity: 'error', message: REFUSAL },
      { file: join(content, 'vision'), line: 1, field: '(file)', severity: 'error', message: REFUSAL },
    ]);
  });

  it('are refused by the scripts that read entries without validating them', async () => {
    const { files, unreadable } = await readEntryFiles(content);
    expect(files.map((file) => file.slug)).toEqual(['good']);
    expect(unreadable.map((finding) => [finding.file, finding.message])).toEqual([
      [join(content, 'llms', 'linked.md'), REFUSAL],
      [join(content, 'vision'), REFUSAL],
    ]);
  });

  it('are refused for the registries too', async () => {
    const linked = await mkdtemp(join(tmpdir(), 'symlinks-'));
    await symlink(resolve('test/fixtures/content/institutes.yaml'), join(linked, 'institutes.yaml'));
    const refusal = await readEntries(linked).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ContentError);
    expect((refusal as ContentError).message).toBe(`${join(linked, 'institutes.yaml')}: (file): ${REFUSAL}`);
  });
});
