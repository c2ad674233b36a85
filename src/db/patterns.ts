import { getTableColumns, getTableName, inArray, Param, Placeholder, sql, SQL, Subquery } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";

/** Today in UTC, read by the database: the same day on every path (resolvers, compiled reads) whenever a statement was prepared. */
export const TODAY_UTC = sql`(now() at time zone 'UTC')::date`;

/**
 * Rows of `table`'s shape from another source (a derived table, a set-returning function) under
 * the table's own name: the table's columns select, filter and order them as if it were the table.
 */
export function asTableRows<T extends PgTable>(table: T, rows: SQL): Subquery<string, T["_"]["columns"]> {
  return new Subquery(rows, getTableColumns(table), getTableName(table)) as Subquery<string, T["_"]["columns"]>;
}

/** An ILIKE pattern matching `text` anywhere, with the user's % and _ taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * `column = any($1::uuid[])`: one array parameter instead of `in ($1, $2, …)`, so a loader's
 * statement has the same text whatever the batch size and the driver's prepared statement is
 * reused instead of parsing and planning a new one per batch size.
 */
export const idIn = (column: AnyPgColumn | SQL, ids: Iterable<string> | Placeholder<"ids">): SQL =>
  sql`${column} = any(${ids instanceof Placeholder ? ids : new Param([...ids])}::uuid[])`;

/**
 * `column in (values)`, or `= any(array)` for a list bound per request (the compiled read path:
 * any length, one statement).
 */
export const oneOf = (column: AnyPgColumn, values: readonly unknown[] | SQL): SQL =>
  values instanceof SQL ? sql`${column} = any(${values}::${sql.raw(column.getSQLType())}[])` : inArray(column, [...values]);
