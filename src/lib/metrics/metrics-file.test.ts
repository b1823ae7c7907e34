import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { metricsFileSchema } from './metrics.ts';
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
  }
}
`);
});

it('writes through a temporary file that it leaves nowhere, and reads back the same', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'metrics-file-'));
  const path = join(dir, 'metrics.json');
  await writeMetricsFile(path, file);
  expect(await readdir(dir)).toEqual(['metrics.json']);
  expect(await readMetricsFile(path)).toEqual(file);
});

it('treats a missing file as empty and a broken one as an error that says what to do', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'metrics-file-'));
  expect(await readMetricsFile(join(dir, 'none.json'))).toEqual({ github: {}, huggingface: {}, semanticScholar: {} });
  await writeFile(join(dir, 'broken.json'), '{"github": {');
  await expect(readMetricsFile(join(dir, 'broken.json'))).rejects.toThrow(/broken\.json is not valid JSON .*restore it from git before refreshing/);
  await writeFile(join(dir, 'wrong.json'), '{"github": {"a/b": {"stars": "many"}}}');
  await expect(readMetricsFile(join(dir, 'wrong.json'))).rejects.toThrow(/wrong\.json: github\.a\/b\.stars: .*restore it from git/);
  expect(await readFile(join(dir, 'wrong.json'), 'utf8')).toContain('many');
});
