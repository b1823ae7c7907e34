/**
 * Whether a reported number can be what it says it is. An accuracy on N items is k/N for a whole number k
 * of right answers, so a value printed with d decimals is possible only if some k lands within half a unit
 * of its last digit; a printed standard error must fit the value and N; a percentage that reads 0.548
 * where the benchmark's others read tens is a fraction in the wrong unit. Leaderboards and model hubs copy
 * such numbers without looking; validate refuses them, names the counts on either side and the variants
 * the number would fit, so the fix (another variant, a typo, or a source that is itself inconsistent) is
 * one look away.
 */
import type { Result } from './benchmarks.ts';
import type { Benchmark } from './benchmark-registry.ts';

type Variant = Benchmark['variants'][number];
type Metric = Benchmark['metrics'][number];

/** What a contributor does about an impossible number. */
export const ARITHMETIC_FIX =
  'correct the variant or the value; where the source itself prints a number that cannot be, keep it with a note that says so and flags: [source-inconsistent], which keeps it out of every "best"';

/** The decimals a number is printed with ("77.50" has 2, "775e-1" has 1, "80" has 0). */
export function printedDecimals(text: string): number {
  const match = /^[-+]?\d*(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text.trim());
  if (!match) return 0;
  return (match[1]?.length ?? 0) - Number(match[2] ?? 0);
}

/** Room for the binary error of numbers like 62.35 - 62.3, far below any printed digit. */
const EPSILON = 1e-9;

/** The whole counts k of N whose value (scale·k/N) rounds to `value` at `decimals`, as a range; empty when first > last. */
function countsWithin(value: number, decimals: number, items: number, scale: number) {
  const half = 0.5 * 10 ** -decimals;
  const first = Math.max(0, Math.ceil(((value - half) * items) / scale - EPSILON));
  const last = Math.min(items, Math.floor(((value + half) * items) / scale + EPSILON));
  return { first, last };
}

/** Whether some whole k of N gives `value` at the precision it is printed with. */
export const countFits = (value: number, decimals: number, items: number, scale: number) => {
  const { first, last } = countsWithin(value, decimals, items, scale);
  return first <= last;
};

const shown = (k: number, items: number, decimals: number, scale: number) => `${((scale * k) / items).toFixed(Math.max(0, decimals))} (${k}/${items})`;

/** The possible values just below and above an impossible one, as "77.4 (387/500)". */
function nearestCounts(value: number, decimals: number, items: number, scale: number): string[] {
  const { first, last } = countsWithin(value, decimals, items, scale);
  return [first - 1, last + 1].filter((k) => k >= 0 && k <= items).map((k) => shown(k, items, decimals, scale));
}

/** 100 for a percentage, 1 for a fraction. */
const scaleOf = (metric: Metric) => (metric.unit === '%' ? 100 : 1);

/** A variant's number of items for a result, or why it has none to check against. */
function itemsFor(benchmark: Benchmark, variant: Variant, aggregation: Result['setting']['aggregation']): { items: number } | { skipped: string } {
  if (variant.items) return { items: variant.items };
  if (variant.averageOf) {
    const subsets = variant.averageOf.map((id) => benchmark.variants.find((v) => v.id === id));
    const counted = subsets.flatMap((subset) => (subset?.items ? [subset.items] : []));
    if (aggregation === 'micro' && counted.length === subsets.length) return { items: counted.reduce((a, b) => a + b, 0) };
    return {
      skipped: `${benchmark.id} ${variant.id}: an average over ${variant.averageOf.length} subsets, ${aggregation === 'macro' ? 'macro (a mean of fractions is no count)' : 'micro or macro not stated (setting: { aggregation: micro } makes it a count of all their items)'}; each subset's own value is checked`,
    };
  }
  return { skipped: `${benchmark.id} ${variant.id}: the variant has no items in content/benchmarks.yaml` };
}

/** The binomial standard error of a share p of N, with lm-evaluation-harness's N − 1 as the other bound. */
function standardErrorRange(low: number, high: number, items: number): [number, number] {
  const spread = (p: number) => Math.sqrt(Math.max(0, p * (1 - p)));
  const bottom = Math.min(spread(low), spread(high)) / Math.sqrt(items);
  const top = (low <= 0.5 && high >= 0.5 ? 0.5 : Math.max(spread(low), spread(high))) / Math.sqrt(Math.max(1, items - 1));
  return [bottom, top];
}

/** The shares a standard error fits on N items (it is symmetric around one half). */
function sharesForStandardError(stderr: number, items: number): [number, number] | undefined {
  const discriminant = 1 - 4 * items * stderr * stderr;
  if (discriminant < 0) return undefined;
  const root = Math.sqrt(discriminant);
  return [(1 - root) / 2, (1 + root) / 2];
}

export interface ArithmeticProblem {
  field: 'value' | 'stderr';
  message: string;
}

/** The number as the entry file writes it (decimals kept), for the value and the standard error. */
export interface PrintedResult {
  value: string;
  stderr?: string;
}

/**
 * A result's count check: problems with its value or standard error, or why it was not checked (a metric
 * that counts nothing is not a reason worth showing, so it is neither).
 */
export function resultArithmetic(result: Result, benchmark: Benchmark, printed: PrintedResult): { problems: ArithmeticProblem[]; skipped?: string } {
  const metric = benchmark.metrics.find((m) => m.id === result.metric);
  const variant = benchmark.variants.find((v) => v.id === result.variant);
  if (!metric?.counts || !variant) return { problems: [] };
  if (result.flags.includes('source-inconsistent')) return { problems: [], skipped: 'flagged source-inconsistent (kept with a note, out of every "best")' };
  const counted = itemsFor(benchmark, variant, result.setting.aggregation);
  if ('skipped' in counted) return { problems: [], skipped: counted.skipped };
  // A mean of n runs on N items is a count of n·N answers.
  const runs = result.setting.runs ?? 1;
  const items = counted.items * runs;
  const scale = scaleOf(metric);
  const decimals = printedDecimals(printed.value);
  const where = `${benchmark.name}, ${variant.name}${runs > 1 ? ` over ${runs} runs` : ''}`;
  if (!countFits(result.value, decimals, items, scale)) {
    const elsewhere = benchmark.variants.flatMap((other) => {
      const otherItems = (other.items ?? 0) * runs;
      if (other.id === variant.id || !otherItems || !countFits(result.value, decimals, otherItems, scale)) return [];
      const { first } = countsWithin(result.value, decimals, otherItems, scale);
      return [`${other.id} (${first}/${otherItems})`];
    });
    const fitsElsewhere = elsewhere.length ? `; it is possible on ${elsewhere.join(', ')}` : `; no other variant of ${benchmark.id} with an item count fits it either`;
    const plural = decimals === 1 ? '' : 's';
    return {
      problems: [
        {
          field: 'value',
          message: `${printed.value} ${metric.unit === '%' ? '% ' : ''}is no whole number of right answers out of the ${items} items of ${where} at its ${Math.max(0, decimals)} decimal${plural}: the nearest possible values are ${nearestCounts(result.value, decimals, items, scale).join(' and ')}${fitsElsewhere} (${ARITHMETIC_FIX})`,
        },
      ],
    };
  }
  if (result.stderr === undefined || printed.stderr === undefined) return { problems: [] };
  const half = 0.5 * 10 ** -decimals;
  const [bottom, top] = standardErrorRange((result.value - half) / scale, (result.value + half) / scale, items);
  const stderrHalf = (0.5 * 10 ** -printedDecimals(printed.stderr)) / scale;
  const stderr = result.stderr / scale;
  if (stderr >= bottom - stderrHalf - EPSILON && stderr <= top + stderrHalf + EPSILON) return { problems: [] };
  const shares = sharesForStandardError(stderr, items);
  const fitting = shares ? `; ${printed.stderr} fits a value near ${(shares[0] * scale).toPrecision(3)} or ${(shares[1] * scale).toPrecision(3)}` : `; no value on ${items} items has a standard error that large`;
  return {
    problems: [
      {
        field: 'stderr',
        message: `the standard error ${printed.stderr} does not fit ${printed.value} on the ${items} items of ${where}: √(p(1−p)/N) gives ${(bottom * scale).toPrecision(3)}–${(top * scale).toPrecision(3)}${fitting} (the value is not what was measured, or another variant was: ${ARITHMETIC_FIX})`,
      },
    ],
  };
}

/** Below this, a percentage among tens is a fraction in the wrong unit (0.548 for 54.8 %). */
const FRACTION_LIKE = 1.5;
/** The other values' median from which a benchmark's percentages count as tens. */
const TENS = 10;

/**
 * The values of one benchmark's percent metrics that look like fractions: under 1.5 where the median of the
 * benchmark's other percentages is tens. Each with the median it stands out from.
 */
export function fractionsAmongPercentages<T extends { value: number }>(values: readonly T[]): { item: T; median: number }[] {
  if (values.length < 2) return [];
  const sorted = values.map((v) => v.value).sort((a, b) => a - b);
  // The median of the others, without copying the list for each value: the k-th of the others is the
  // k-th of all before the value's place and the (k+1)-th after it (any place of an equal value gives the same).
  const medianWithout = (value: number) => {
    const place = sorted.findIndex((v) => v >= value);
    const other = (k: number) => sorted[k < place ? k : k + 1]!;
    const count = sorted.length - 1;
    return count % 2 ? other((count - 1) / 2) : (other(count / 2 - 1) + other(count / 2)) / 2;
  };
  return values.flatMap((item) => {
    if (item.value >= FRACTION_LIKE || item.value <= 0) return [];
    const median = medianWithout(item.value);
    return median >= TENS ? [{ item, median }] : [];
  });
}
