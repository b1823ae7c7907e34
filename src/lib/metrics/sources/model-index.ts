/**
 * The evaluation results a model card declares in its `model-index` (Papers with Code's format, which
 * the Hub returns in a model's info under `cardData`): a list of models, each with results of one task on
 * one dataset (type = the Hub dataset id, name, config, split) and their metrics (type, name, value,
 * verifyToken). Cards are written by hand, so each model, result and metric is read on its own: one in
 * another shape (a missing dataset, a value that is not a finite number, a list that is not one) is
 * skipped, counted, and the rest kept. The card's own `verified: true` is not kept: its owner writes it;
 * only a token in the Hub's shape is (see ../verify-token.ts).
 */
import { z } from 'zod';
import { isHubVerifyToken } from '../verify-token.ts';

const label = z.string().trim().min(1);
/** An optional label: missing, empty or not text is just unknown. */
const optionalLabel = label.optional().catch(undefined);

const datasetSchema = z.object({ type: label, name: optionalLabel, config: optionalLabel, split: optionalLabel });
/** A value must be a finite number: "85.3", "n/a", "NaN", null and 1e999 (Infinity once parsed) are skipped rather than guessed at. */
const metricSchema = z.object({
  type: label,
  name: optionalLabel,
  value: z.number(),
  verifyToken: z
    .unknown()
    .transform((token) => (isHubVerifyToken(token) ? token : undefined))
    .optional(),
});
const resultSchema = z.object({
  task: z.object({ type: label }).optional().catch(undefined),
  dataset: datasetSchema,
  metrics: z.array(z.unknown()),
});
const modelSchema = z.object({ results: z.array(z.unknown()) });

/** One metric of one result, as the card gives it. */
export interface ModelIndexResult {
  task?: string;
  dataset: z.output<typeof datasetSchema>;
  metric: z.output<typeof metricSchema>;
}

/** A record without its undefined fields, as the metrics file keeps them (a missing value is no key). */
export const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** Every well-formed metric of every well-formed result in a card's `model-index`, in the card's order, and how many parts were skipped. */
export function modelIndexResults(modelIndex: unknown): { results: ModelIndexResult[]; malformed: number } {
  let malformed = 0;
  /** What parses of each item of a list, counting the rest; anything that is not a list is an empty one. */
  const eachParsed = <T>(list: unknown, schema: z.ZodType<T>): T[] =>
    (Array.isArray(list) ? list : []).flatMap((item) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data];
      malformed++;
      return [];
    });
  const results = eachParsed(modelIndex, modelSchema).flatMap((model) =>
    eachParsed(model.results, resultSchema).flatMap((result) =>
      eachParsed(result.metrics, metricSchema).map((metric) =>
        withoutUndefined({ task: result.task?.type, dataset: withoutUndefined(result.dataset), metric: withoutUndefined(metric) }),
      ),
    ),
  );
  return { results, malformed };
}
