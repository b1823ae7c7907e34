import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { METRICS_FORMAT_VERSION, metricsFileSchema } from './metrics.ts';
import { readMetricsFile, serializeMetrics, writeMetricsFile } from './metrics-file.ts';

const file = metricsFileSchema.parse({
  semanticScholar: { 'CorpusID:2': { citations: 1, fetchedAt: '2026-11-01T00:00:00Z' }, 'CorpusID:10': { citations: 3, fetchedAt: '2026-11-01T00:00:00Z' } },
  github: { 'b/b': { stars: 2, fetchedAt: '2026-11-01T00:00:00Z', archived: false } },
});

it('serialises with sorted keys at every level, one value per line', () => {
  expect(serializeMetrics(file)).toBe(`{
  "github": {
    "b/b": {
      "archived": false,
      "fetchedAt": "2026-11-01T00:00:00Z",
      "stars": 2
    }
  },
  "huggingface": {},
  "semanticScholar": {
    "CorpusID:10": {
      "citations": 3,
      "fetchedAt": "2026-11-01T00:00:00Z"
    },
    "CorpusID:2": {
      "citations": 1,
      "fetchedAt": "2026-11-01T00:00:00Z"
    }
  },
  "version": 1
}
`);
});

it('writes through a temporary file that it leaves nowhere, and reads back the same', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'metrics-file-'));
  const path = join(dir, 'metrics.json');
  await writeMetricsFile(path, file);
  expect(await readdir(dir)).toEqual(['metrics.json']);
  expect(await readMetricsFile(path)).toEqual({ ...file, version: METRICS_FORMAT_VERSION });
});

it('loads a file of the first format (no version, numbers only) and refuses one from a later format', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'metrics-file-'));
  await writeFile(join(dir, 'v1.json'), '{"github": {"a/b": {"stars": 3, "fetchedAt": "2026-01-01T00:00:00Z"}}, "huggingface": {}, "semanticScholar": {}}');
  expect(await readMetricsFile(join(dir, 'v1.json'))).toEqual({ version: 1, github: { 'a/b': { stars: 3, fetchedAt: '2026-01-01T00:00:00Z' } }, huggingface: {}, semanticScholar: {} });
  await writeFile(join(dir, 'later.json'), JSON.stringify({ version: METRICS_FORMAT_VERSION + 1, github: {} }));
  await expect(readMetricsFile(join(dir, 'later.json'))).rejects.toThrow(/later\.json: version: was written by a newer version of this project .*restore it from git/);
});

it('treats a missing file as empty and a broken one as an error that says what to do', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'metrics-file-'));
  expect(await readMetricsFile(join(dir, 'none.json'))).toEqual({ version: 1, github: {}, huggingface: {}, semanticScholar: {} });
  await writeFile(join(dir, 'broken.json'), '{"github": {');
  await expect(readMetricsFile(join(dir, 'broken.json'))).rejects.toThrow(/broken\.json is not valid JSON .*restore it from git before refreshing/);
  await writeFile(join(dir, 'wrong.json'), '{"github": {"a/b": {"stars": "many"}}}');
  await expect(readMetricsFile(join(dir, 'wrong.json'))).rejects.toThrow(/wrong\.json: github\.a\/b\.stars: .*restore it from git/);
  expect(await readFile(join(dir, 'wrong.json'), 'utf8')).toContain('many');
});
