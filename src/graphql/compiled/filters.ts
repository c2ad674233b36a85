import type { SQL } from "drizzle-orm";
import { badInput } from "../../errors.js";

/**
 * A filter argument's conditions are written once, in the domain's service, for two readers:
 * the resolver, which reads the values as themselves (one statement per request), and the
 * compiled read path, which binds each value as a parameter read again from every request's
 * filter (one statement for every filter of the same shape, `filterShape`). A read may throw
 * the resolver's error (a malformed id, a range the wrong way round): the resolver answers with
 * it, and the compiled path, which reads per request, leaves such a request to the resolver.
 */
export type FilterValues<F> = <T>(read: (filter: F) => T) => T | SQL;

/** The resolver's reading: each value as itself. */
export const valuesOf =
  <F>(filter: F): FilterValues<F> =>
  (read) =>
    read(filter);

/**
 * Whether a filter field is given: not null, not an empty text, not an empty list (each of
 * which the conditions treat as absent). The conditions test `given`, and `filterShape` names
 * the fields that are: both sides of the compiled statement's cache key agree by construction.
 */
export const given = (value: unknown): boolean => value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);

/** For fields whose value changes the SQL itself (not only a parameter): what of the value does. */
export type ValueShapes<F> = { [K in keyof F]?: (value: NonNullable<F[K]>) => unknown };

/**
 * What of a filter shapes a compiled statement: the sorted names of its given fields, and what
 * `valueShapes` says of the few fields whose value decides the SQL (a flag choosing EXISTS or
 * NOT EXISTS). Two filters of one shape are one statement with other bound values.
 */
export function filterShape<F extends object>(filter: F | null | undefined, valueShapes: ValueShapes<F> = {}): string {
  if (!filter) return "[]";
  const names = Object.keys(filter)
    .filter((name) => given(filter[name as keyof F]))
    .sort();
  return JSON.stringify(
    names.map((name) => {
      const shapeOf = valueShapes[name as keyof F];
      return shapeOf ? [name, shapeOf(filter[name as keyof F] as never) ?? null] : name;
    }),
  );
}

/**
 * The end of a range that must come after its start: the end, or the resolver's BAD_USER_INPUT
 * naming it. Read with the end's value, so that the compiled path checks it per request.
 */
export function rangeEnd<T extends Date>(start: T | null | undefined, end: T, field: string, message: string): T {
  if (start && start >= end) throw badInput(field, message);
  return end;
}
