// ESLint for an Astro project: JavaScript's and typescript-eslint's recommended and stylistic rules over
// every TypeScript module, eslint-plugin-astro's over the components and pages. `npm run lint` allows no warning.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', '.astro/', 'test-results/', 'test/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  tseslint.configs.stylistic,
  astro.configs.recommended,
  { languageOptions: { globals: globals.node } },
  // `const { omitted, ...rest } = value` is how a copy without one field is written.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] } },
  // Entries, imported lists and API answers are anyone's input: no pattern may take more than linear
  // time on them, by backtracking or by moving its start along a long string (a 80 KB line took 16 s).
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', 'scripts/bench-*.ts'],
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
  },
  // The client scripts run in the browser, bundled by Astro.
  { files: ['src/scripts/**/*.ts', 'src/**/*.astro'], languageOptions: { globals: globals.browser } },
]);
