import { badInput } from "../errors.js";

const YEAR_MS = 365 * 86_400_000;

/** A report's period: the one given, or the last 12 months; one that does not start before it ends is BAD_USER_INPUT on `field`. */
export function reportPeriod(period: { from?: Date | null; to?: Date | null } | null | undefined, field: string): { from: Date; to: Date } {
  const to = period?.to ?? new Date();
  const from = period?.from ?? new Date(to.getTime() - YEAR_MS);
  if (!(from < to)) throw badInput(field, "The period must start before it ends");
  return { from, to };
}
