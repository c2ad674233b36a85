/**
 * The unique violation behind an error, as postgres.js and PGlite report it (drizzle may wrap it
 * in causes): the driver's error object, or undefined for any other error.
 */
export function uniqueViolation(error: unknown): Record<string, unknown> | undefined {
  for (let e = error as Record<string, unknown> | undefined; e; e = e.cause as Record<string, unknown> | undefined) {
    if (e.code === "23505") return e;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown): boolean => uniqueViolation(error) !== undefined;
