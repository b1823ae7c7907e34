/** Field builders shared by the entry schema and the benchmark registry: each answers with a message that says how to fix it. */
import { z } from 'zod';
import { percentEncoded, URL_UNSAFE_CHARACTERS } from './urls.ts';

function isHttpUrl(value: string): boolean {
  try {
    const { protocol, hostname } = new URL(value);
    return (protocol === 'https:' || protocol === 'http:') && hostname.includes('.');
  } catch {
    return false;
  }
}

export const requiredText = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${field} is required (for example ${field}: ${example})`
          : `${field} must be text (for example ${field}: ${example})`,
    })
    .trim()
    .min(1, { error: `${field} must not be empty (for example ${field}: ${example})` });

export const httpUrl = (field: string) =>
  z
    .string({ error: `${field} must be a URL in quotes or plain, like https://arxiv.org/abs/2311.16079` })
    .trim()
    .refine(isHttpUrl, {
      error: (issue) => `${field} "${String(issue.input)}" is not an http(s) URL (write it in full, starting with https://)`,
    })
    .refine((url) => !URL_UNSAFE_CHARACTERS.test(url), {
      error: (issue) => {
        const [character] = URL_UNSAFE_CHARACTERS.exec(String(issue.input))!;
        const shown = /\s/.test(character) ? 'a space' : `the character ${character}`;
        return `${field} "${String(issue.input)}" holds ${shown}, which a URL may not hold as written (write it as ${percentEncoded(character)})`;
      },
    });

/** The largest magnitude of a number an author writes: far beyond any metric's range, and sums and spans of it stay finite. */
const NUMBER_LIMIT = 1e9;

/** A number an author writes (a metric's bound, a result's value): finite and within ±1,000,000,000 (YAML reads 1.8e308 as infinite). */
export const boundedNumber = (field: string, example: string) => {
  const outside = `${field} must lie between -1,000,000,000 and 1,000,000,000, like ${example}`;
  return z
    .number({ error: (issue) => (typeof issue.input === 'number' && !Number.isNaN(issue.input) ? outside : `${field} must be a number, like ${example}`) })
    .min(-NUMBER_LIMIT, { error: outside })
    .max(NUMBER_LIMIT, { error: outside });
};

/** A list field that also accepts a single value, as hand-written YAML often has one. */
export const listOf = <T extends z.ZodType>(item: T, field: string, example: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z.array(item, { error: `${field} must be a list, like ${field}: [${example}]` }),
  );

export const strictObject = <S extends z.ZodRawShape>(shape: S, what: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${what} (allowed: ${Object.keys(shape).join(', ')})`
        : issue.code === 'invalid_type'
          ? `${what} must be a mapping of fields (allowed: ${Object.keys(shape).join(', ')})`
          : undefined,
  });

