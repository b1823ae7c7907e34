/** The built pages pass html-validate with the project's rules (.htmlvalidate.mjs): one finding per line on failure. */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import { htmlFiles } from './built-pages.ts';

it('every built page passes html-validate', async () => {
  const pages = await htmlFiles();
  expect(pages.length).toBeGreaterThan(50);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const findings: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page);
    for (const result of report.results) for (const m of result.messages) findings.push(`${page}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
  }
  expect(findings).toEqual([]);
});
