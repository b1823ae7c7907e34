/** The result columns of one benchmark (each entry's best value per variant and metric), which the table fetches when one is chosen. */
import type { Benchmark } from '../../../../lib/content/benchmarks.ts';
import { resultColumnFile } from '../../../../lib/views/result-columns.ts';
import { benchmarkPath, benchmarks, getBenchmarkTables, getResultRows } from '../../../../page-data/content.ts';

export async function getStaticPaths() {
  const reported = new Set((await getResultRows()).map(({ result }) => result.benchmark));
  return benchmarks.filter(({ id }) => reported.has(id)).map((benchmark) => ({ params: { benchmark: benchmark.id }, props: { benchmark } }));
}

export async function GET({ props }: { props: { benchmark: Benchmark } }) {
  const file = resultColumnFile(props.benchmark, await getBenchmarkTables(props.benchmark), benchmarkPath(props.benchmark.id));
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
}
