import { sql } from "drizzle-orm";
import { DomainError } from "../errors.js";
import { rows, type Database, type Executor, type Transaction } from "./client.js";
import { uniqueViolation } from "./violations.js";

/**
 * A series of human-readable numbers (`MO-20260315-3FA2C91B`, `CS-260315-9C01D4`): a prefix, the
 * day, and a tail drawn from a database sequence. Sequences hand out values outside transactions
 * (no counter row to contend on) and never twice within their range; the tail is the value passed
 * through a bijection of that range, so numbers stay unique without revealing the volume or
 * letting a customer guess a neighbour's number.
 */
export interface NumberSeries {
  sequence: "order_number_seq" | "case_number_seq";
  prefix: string;
  /** Hex digits of the tail; the sequence's range is 16^digits values. */
  digits: 6 | 8;
  /** The day part: YYYYMMDD or YYMMDD. */
  day: (at: Date) => string;
  /** The unique constraint on the number column, to tell its violation from others'. */
  constraint: string;
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10).replaceAll("-", "");

export const ORDER_NUMBERS: NumberSeries = { sequence: "order_number_seq", prefix: "MO", digits: 8, day: isoDay, constraint: "orders_number_unique" };
export const CASE_NUMBERS: NumberSeries = { sequence: "case_number_seq", prefix: "CS", digits: 6, day: (at) => isoDay(at).slice(2), constraint: "cases_number_unique" };

// An odd multiplier is invertible modulo a power of two, and XOR is its own inverse: together a bijection.
const MULTIPLIER = 0x9e3779b1n;
const MASK = 0x5bd1e995n;

/** The number a sequence value stands for; seeds use it with their own counter. */
export function formatNumber(series: NumberSeries, value: number | bigint, at: Date): string {
  const bits = BigInt(series.digits * 4);
  const range = 1n << bits;
  const tail = ((BigInt(value) * MULTIPLIER) % range) ^ (MASK & (range - 1n));
  return `${series.prefix}-${series.day(at)}-${tail.toString(16).toUpperCase().padStart(series.digits, "0")}`;
}

export async function nextNumber(tx: Executor, series: NumberSeries, at: Date): Promise<string> {
  const [row] = await rows<{ value: string | number }>(tx as Database, sql`select nextval(${series.sequence}) as value`);
  return formatNumber(series, BigInt(row!.value), at);
}

const ATTEMPTS = 5;

/**
 * Runs `insert` with a fresh number under a savepoint. The sequence alone cannot collide; a row
 * written without it (an import, a hand-made fix, a seed from before the sequence) can, and then
 * the savepoint is rolled back and the next number tried, so the caller's transaction survives
 * and the client never sees the unique violation.
 */
export async function insertNumbered<T>(tx: Transaction, series: NumberSeries, at: Date, insert: (tx: Transaction, number: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const number = await nextNumber(tx, series, at);
    try {
      return await tx.transaction((savepoint) => insert(savepoint, number));
    } catch (error) {
      if (!violates(error, series.constraint)) throw error;
      if (attempt === ATTEMPTS) throw new DomainError("CONFLICT", `No free ${series.prefix} number could be assigned; please retry`);
    }
  }
}

/** A unique violation of the named constraint. */
function violates(error: unknown, constraint: string): boolean {
  const e = uniqueViolation(error);
  return !!e && (e.constraint_name === constraint || e.constraint === constraint || String(e.message ?? "").includes(constraint));
}
