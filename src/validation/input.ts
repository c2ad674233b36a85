import { z } from "zod";
import { badInput } from "../errors.js";

/**
 * The one way inputs are checked: a zod schema per input, and the first problem becomes a
 * BAD_USER_INPUT naming the field (`input.items.2.quantity`). Services call it before they touch
 * the database, so bad input never half-writes anything.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, field: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [field, ...issue.path.map(String)].join(".");
  throw badInput(path, issue.message);
}

const label = (name?: string) => name ?? "it";

/** Trimmed text of 1..max characters. */
export const requiredText = (max: number, name?: string) =>
  z
    .string()
    .trim()
    .min(1, `${label(name)} is required`)
    .max(max, `${label(name)} has at most ${max} characters`);

/** Trimmed text up to max characters; blank becomes null. */
export const optionalText = (max: number, name?: string) =>
  z
    .string()
    .trim()
    .max(max, `${label(name)} has at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** A whole number from min to max (inclusive). */
export const intBetween = (min: number, max: number, name?: string) =>
  z
    .number()
    .int(`${label(name)} must be a whole number`)
    .min(min, `${label(name)} must be from ${min} to ${max}`)
    .max(max, `${label(name)} must be from ${min} to ${max}`);

/** Checks one text value outside an object schema (a single argument). */
export const checkText = (value: string | null | undefined, field: string, max: number, required = false): string | null =>
  validate(required ? requiredText(max, field.split(".").at(-1)) : optionalText(max, field.split(".").at(-1)), value, field);
