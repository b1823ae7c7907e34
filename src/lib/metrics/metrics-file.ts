/** Reading and writing content/metrics.json: stable, diff-friendly, and replaced atomically. */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { METRICS_FORMAT_VERSION, metricsFileSchema, type MetricsFile } from './metrics.ts';

/** Keys sorted at every level and two-space indent, so a refresh reads as a line-per-value diff. */
export function serializeMetrics(file: MetricsFile): string {
  const sortKeys = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, sortKeys(v)]),
        )
      : value;
  return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}

/** The site's metrics file: the content folder's, unless METRICS_FILE points a build at another (the tests use one with known numbers). */
export const metricsPathIn = (contentDir: string) => process.env.METRICS_FILE || join(contentDir, 'metrics.json');

/** The file's last known values; a missing file is an empty one, a broken one is an error. */
export async function readMetricsFile(path: string): Promise<MetricsFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return metricsFileSchema.parse({});
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}); restore it from git before refreshing`, { cause: error });
  }
  const result = metricsFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}; restore it from git before refreshing`);
  }
  return result.data;
}

/**
 * Writes to a temporary file beside the target, flushes it, then renames it over the target:
 * a run killed at any moment leaves the old file or the new one, never half of one.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Whatever format it was read in, a file is written in the current one. */
export const writeMetricsFile = (path: string, file: MetricsFile) => writeFileAtomically(path, serializeMetrics({ ...file, version: METRICS_FORMAT_VERSION }));
