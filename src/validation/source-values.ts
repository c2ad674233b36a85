import { badInput } from "../errors.js";

/**
 * Values of records imported from source systems (orders, service visits): a file's values
 * arrive as text, the API's typed, and each is checked the same way, its problem a
 * BAD_USER_INPUT naming the field. Shared here so that no importing domain imports another.
 */

const EARLIEST = Date.UTC(1990, 0, 1);

/** Trimmed text (a number is read as its text) of at most `max` characters; null when blank unless required. */
export function text(value: unknown, field: string, max: number, required = false): string | null {
  if (value !== null && value !== undefined && typeof value !== "string" && typeof value !== "number") throw badInput(field, `${field.split(".").at(-1)} must be text`);
  const trimmed = value === null || value === undefined ? "" : String(value).trim();
  if (required && !trimmed) throw badInput(field, `${field.split(".").at(-1)} is required`);
  if (trimmed.length > max) throw badInput(field, `${field.split(".").at(-1)} has at most ${max} characters`);
  return trimmed || null;
}

/** A number sent as a number or as text ("12", "12.50" is not whole); NaN when it is neither. */
export const numeric = (value: unknown): number => (typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : Number.NaN);

/** One of the allowed upper-case names, in any case and with spaces or hyphens for underscores ("cash on delivery"); null when blank. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | null {
  const given = text(value, field, 40);
  if (!given) return null;
  const upper = given.toUpperCase().replaceAll(/[\s-]+/g, "_") as T;
  if (!allowed.includes(upper)) throw badInput(field, `${field.split(".").at(-1)} is one of ${allowed.join(", ")}`);
  return upper;
}

/** Building a formatter costs far more than using one: one per zone, reused for every record. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterOf = (timeZone: string) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
};

/** History repeats its days: each day's midnight is worked out once (the cache is emptied when it grows past a few years' worth). */
const midnights = new Map<string, number>();

/** The UTC instant of midnight of `day` in `timeZone` (a day-only date is the business day's start). */
export function zonedMidnight(day: string, timeZone: string): Date {
  const key = `${timeZone}|${day}`;
  const known = midnights.get(key);
  if (known !== undefined) return new Date(known);
  if (midnights.size > 10_000) midnights.clear();
  const at = computeMidnight(day, timeZone);
  midnights.set(key, at.getTime());
  return at;
}

function computeMidnight(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const offset = (at: number) => {
    const parts = Object.fromEntries(
      formatterOf(timeZone)
        .formatToParts(new Date(at))
        .map((p) => [p.type, p.value]),
    );
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - at;
  };
  const first = guess - offset(guess);
  return new Date(guess - offset(first));
}

/** YYYY-MM-DD (midnight in the platform's time zone) or an ISO-8601 instant with its offset; never in the future. */
export function pastInstant(value: unknown, field: string, timeZone: string, now: Date): Date {
  const given = text(value, field, 40, true)!;
  let at: Date;
  if (/^\d{4}-\d{2}-\d{2}$/.test(given)) {
    const day = new Date(`${given}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== given) throw badInput(field, `${given} is not a date`);
    at = zonedMidnight(given, timeZone);
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(given)) {
    at = new Date(given);
    if (Number.isNaN(at.getTime())) throw badInput(field, `${given} is not a date and time`);
  } else {
    throw badInput(field, "A date is YYYY-MM-DD or an ISO-8601 date-time with its offset (2024-03-15T10:30:00+08:00)");
  }
  if (at.getTime() > now.getTime()) throw badInput(field, "History lies in the past: this date is in the future");
  if (at.getTime() < EARLIEST) throw badInput(field, "Dates before 1990 are not accepted");
  return at;
}

/** The day (YYYY-MM-DD) of a past date as pastInstant reads it: a date-time counts on its day in `timeZone`. */
export function pastDay(value: unknown, field: string, timeZone: string, now: Date): string {
  const at = pastInstant(value, field, timeZone, now);
  const parts = Object.fromEntries(formatterOf(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * "45.00" yuan → 4500 fen, from the text so that no float rounding creeps in; anything else is
 * passed on as sent and refused or quarantined by the same rules as the API's.
 */
export function minorUnits(value: string): string {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ""] = match;
  return String(Number(`${sign}${whole}${fraction.padEnd(2, "0")}`));
}
