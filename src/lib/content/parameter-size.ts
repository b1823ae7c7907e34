/**
 * The size format of `parameters:` ("70B", "2.7B", "345M"), read as a count and written from one, and
 * its field in the schema: a size between 1K and 100T, so that every count the schema accepts is a
 * finite number a chart's log axis can place ("9…9T" with 400 nines would read as Infinity).
 */
import { z } from 'zod';

const SCALE = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 } as const;
const SIZE_PATTERN = /^(\d+(?:\.\d+)?)([KMBT])$/;
/** The sizes an entry may state: below 1K is no foundation model, above 100T fifty times the largest reported. */
const [SMALLEST, LARGEST] = [1e3, 1e14];

/** "70B" -> 70e9, "2.7B" -> 2.7e9, "345M" -> 345e6 (the schema's size format). */
export function parameterCount(size: string): number | undefined {
  const match = SIZE_PATTERN.exec(size);
  return match ? Number(match[1]) * SCALE[match[2] as keyof typeof SCALE] : undefined;
}

/** 68976648192 -> "69B", 345000000 -> "345M", 2700000000 -> "2.7B": the schema's size format. */
export function parameterSize(count: number): string {
  const [unit, scale] = Object.entries(SCALE).reverse().find(([, s]) => count >= s) ?? ['K', 1e3];
  const value = count / scale;
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10}${unit}`;
}

/** Shown in place of a size too long to quote whole. */
const quoted = (size: string) => `"${size.length > 24 ? `${size.slice(0, 20)}…${size.slice(-2)}` : size}"`;

/** A `parameters:` field, of an entry or of one result's checkpoint. */
export const parametersField = () =>
  z
    .string({ error: 'parameters must be text like 70B or 345M (quote a bare number)' })
    .regex(SIZE_PATTERN, { error: (issue) => `parameters ${quoted(String(issue.input))} is not a size like 7B, 2.7B or 345M` })
    .refine(
      (size) => {
        const count = parameterCount(size);
        return count === undefined || (count >= SMALLEST && count <= LARGEST); // not a size at all: the pattern said so
      },
      { error: (issue) => `parameters ${quoted(String(issue.input))} is not between 1K and 100T (write the size the source states, like 70B or 345M)` },
    );
