/**
 * The import rules catch what they should: `npm run lint:deps` (the same command and config) over a
 * tree where each module makes one forbidden import fails, naming the rule and both files every time.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'test/fixtures/architecture';

async function cruiseFixture(): Promise<{ code: number; output: string }> {
  const bin = resolve('node_modules/.bin/depcruise');
  try {
    const { stdout } = await promisify(execFile)(bin, ['--config', resolve('.dependency-cruiser.cjs'), 'src', 'scripts'], { cwd: FIXTURE });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe('the import rules', () => {
  it('fail on each forbidden import and name both files', async () => {
    const { code, output } = await cruiseFixture();
    expect(code).not.toBe(0);
    expect(output).toContain('error content-stands-alone: src/lib/content/schema.ts → src/lib/metrics/metrics.ts');
    expect(output).toContain('error metrics-reads-only-content: src/lib/metrics/metrics.ts → src/lib/views/format.ts');
    expect(output).toContain('error lib-not-to-site: src/lib/views/format.ts → src/page-data/content.ts');
    expect(output).toContain('error src-not-to-scripts: src/page-data/content.ts → scripts/cli.ts');
    expect(output).toContain('error intake-reads-only-content: src/lib/intake/readme-import.ts → src/lib/metrics/metrics.ts');
    expect(output).toContain('error nothing-in-lib-imports-intake: src/lib/views/export.ts → src/lib/intake/readme-import.ts');
    // A CI gate that runs on a bare Node reaches a package through a module it imports.
    expect(output).toMatch(/error ci-gates-need-no-packages: scripts\/content-only.ts → \S*node_modules\/yaml\//);
    expect(output).toMatch(/scripts\/content-only.ts → [^\n]+\n\s+src\/lib\/content\/git-changes.ts →/);
    expect(output).toContain('7 dependency violations');
    // The one exception: intake may use the metrics' HTTP client, and nothing else of metrics.
    expect(output).not.toContain('src/lib/intake/watch-arxiv.ts');
  });
});
