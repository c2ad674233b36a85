import { and, eq, gte, inArray, lt, sql, SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { interactions } from "../db/schema/index.js";
import { badInput } from "../errors.js";
import type { InteractionFilter } from "./interactions.types.js";

/**
 * How a filter's values reach the SQL: as themselves (the loader), or as parameters bound per
 * request (the compiled read path, one statement per interactionFilterShape).
 */
export type InteractionFilterValues = <T>(read: (filter: InteractionFilter) => T) => T | SQL;

/** `column in (values)`, or `= any(array)` for a list bound per request (any length, one statement). */
const oneOf = (column: AnyPgColumn, values: readonly unknown[] | SQL): SQL =>
  values instanceof SQL ? sql`${column} = any(${values}::${sql.raw(column.getSQLType())}[])` : inArray(column, [...values]);

export function interactionConditions(filter: InteractionFilter, value: InteractionFilterValues = (read) => read(filter)): SQL | undefined {
  if (filter.from && filter.to && filter.from >= filter.to) throw badInput("filter.to", "to must be later than from");
  return and(
    filter.channels?.length ? oneOf(interactions.channel, value((f) => f.channels!)) : undefined,
    filter.types?.length ? oneOf(interactions.type, value((f) => f.types!)) : undefined,
    filter.direction ? eq(interactions.direction, value((f) => f.direction!)) : undefined,
    filter.from ? gte(interactions.occurredAt, value((f) => f.from!)) : undefined,
    filter.to ? lt(interactions.occurredAt, value((f) => f.to!)) : undefined,
  );
}

/**
 * Which conditions a filter makes (not their values): one compiled statement per shape. Null
 * leaves the filter to the loader (a range whose order must be checked first).
 */
export function interactionFilterShape(filter: InteractionFilter | null | undefined): string | null {
  if (!filter) return "";
  if (filter.from && filter.to) return null;
  return [filter.channels?.length, filter.types?.length, filter.direction, filter.from, filter.to].map((v) => (v ? "1" : "0")).join("");
}
