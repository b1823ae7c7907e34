/** Runs `astro build` in a child process, as a user would, for the site tests. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Variables vitest puts in process.env for its own Vite; a child Astro build would take them as its own. */
const VITEST_VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export async function astroBuild({ args = [], env = {}, cwd }: { args?: string[]; env?: Record<string, string>; cwd?: string } = {}) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VITE_ENV.includes(name)));
  // --force: the content cache does not notice a change to the schema module, only to the entries.
  return promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', ...args], {
    cwd,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}
