/**
 * The evaluation results a model card declares in its `model-index` (Papers with Code's format, which
 * the Hub returns in a model's info under `cardData`): a list of models, each with results of one task on
 * one dataset (type = the Hub dataset id, name, config, split) and their metrics (type, name, value,
 * verified). Cards are written by hand, so each model, result and metric is read on its own: one in
 * another shape (a missing dataset, a value that is not a number, a list that is not one) is skipped
 * and the rest kept.
 */
import { z } from 'zod';

const label = z.string().trim().min(1);
/** An optional label: missing, empty or not text is just unknown. */
const optionalLabel = label.optional().catch(undefined);

const datasetSchema = z.object({ type: label, name: optionalLabel, config: optionalLabel, split: optionalLabel });
/** A value must be a finite number: "85.3", "n/a" and null are skipped rather than guessed at. */
const metricSchema = z.object({ type: label, name: optionalLabel, value: z.number(), verified: z.boolean().optional().catch(undefined) });
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

/** What parses of each item of a list; anything that is not a list is an empty one. */
const eachParsed = <T>(list: unknown, schema: z.ZodType<T>): T[] =>
  (Array.isArray(list) ? list : []).flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });

/** A record without its undefined fields, as the metrics file keeps them (a missing value is no key). */
export const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** Every well-formed metric of every well-formed result in a card's `model-index`, in the card's order. */
export function modelIndexResults(modelIndex: unknown): ModelIndexResult[] {
  return eachParsed(modelIndex, modelSchema).flatMap((model) =>
    eachParsed(model.results, resultSchema).flatMap((result) =>
      eachParsed(result.metrics, metricSchema).map((metric) =>
        withoutUndefined({ task: result.task?.type, dataset: withoutUndefined(result.dataset), metric: withoutUndefined(metric) }),
      ),
    ),
  );
}
