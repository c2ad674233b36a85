import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Direction } from "../connection.js";
import { instant, literal } from "./projection.js";

/**
 * A column of a derived table (a UNION in FROM, `(...) alias`): drizzle has no column object for
 * it, so the key says how to name it and its type (cursor values are cast to it).
 */
export interface DerivedColumn {
  readonly derived: SQL;
  /** The SQL type, as in a cast: `timestamptz`, `uuid`, `text`, `integer`. */
  readonly sqlType: string;
}

/** One key of a connection's keyset: a table's column, or a derived table's. */
export interface KeysetColumn {
  column: AnyPgColumn | DerivedColumn;
  direction: Direction;
}

const isDerived = (column: KeysetColumn["column"]): column is DerivedColumn => "derived" in column;

/** The key as an expression of the statement. */
export const keySql = (column: KeysetColumn["column"]): SQL => (isDerived(column) ? column.derived : sql`${column}`);

const keyType = (column: KeysetColumn["column"]): string => (isDerived(column) ? column.sqlType : column.getSQLType());

/** ORDER BY of a keyset, walked forward (`ahead`) or reversed for a backward page. */
export const keysetOrder = (keys: KeysetColumn[], ahead: boolean): SQL =>
  sql.join(keys.map((k) => sql`${keySql(k.column)} ${sql.raw((k.direction === "ASC") === ahead ? "asc" : "desc")}`), sql`, `);

/**
 * The rows after the cursor in keyset order (graphql/connection.ts keysetPredicate, in SQL over
 * bound key values): for keys k1..kn, (k1 > v1) or (k1 = v1 and k2 > v2) or ..., each key in its
 * own direction, reversed for a backward page.
 */
export function keysetAfter(keys: KeysetColumn[], forward: boolean, valueOf: (i: number) => SQL): SQL {
  const typed = (i: number) => sql`${valueOf(i)}::${sql.raw(keyType(keys[i]!.column))}`;
  const branches = keys.map((key, i) => {
    const ascending = (key.direction === "ASC") === forward;
    const equalities = keys.slice(0, i).map((k, j) => sql`${keySql(k.column)} = ${typed(j)}`);
    return sql.join([...equalities, sql`${keySql(key.column)} ${sql.raw(ascending ? ">" : "<")} ${typed(i)}`], sql` and `);
  });
  return sql`(${sql.join(branches.map((b) => sql`(${b})`), sql` or `)})`;
}

/** A cursor's key value as a text parameter (cast to the key's type in the statement). */
export function cursorText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** The loader's cursor before sealing (graphql/connection.ts cursorPlaintext): JSON [ordering, ...key values]. */
export function cursorOf(ordering: string, keys: KeysetColumn[]): SQL {
  const values = keys.map((k) => jsonText(k.column));
  return sql`${sql.raw(literal(`["${ordering}",`))} || ${sql.join(values, sql` || ',' || `)} || ']'`;
}

/** A key value as JSON.stringify writes it: instants as ISO strings, numbers bare, the rest as strings. */
function jsonText(column: KeysetColumn["column"]): SQL {
  const kind = isDerived(column) ? derivedKind(column.sqlType) : column.columnType;
  if (kind === "PgTimestamp") return sql`to_json(${instant(keySql(column))})::text`;
  if (kind === "PgInteger" || kind === "PgSmallInt" || kind === "PgBigInt53") return sql`${keySql(column)}::text`;
  return sql`to_json(${keySql(column)}::text)::text`;
}

/** A derived column's type in the terms of drizzle's column types (what the loaders' rows hold). */
function derivedKind(sqlType: string): string {
  if (/^timestamp/.test(sqlType)) return "PgTimestamp";
  if (sqlType === "integer" || sqlType === "smallint") return "PgInteger";
  // A computed float key (a product's average rating): bare like an integer; float8's text is the shortest exact form, as JavaScript writes it.
  if (sqlType === "float8") return "PgInteger";
  return "text";
}
