import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { TypeProjection } from "../compiled/projection.js";
import { column, instant, type ColumnValue, type Field } from "./fields.js";

/** Every property of the GraphQL class, each declared once: its GraphQL fields and its hidden keys. */
export type Fields<I> = { [K in keyof I]-?: Field<I[K]> };

/**
 * A GraphQL object type backed by a table, declared once (fields.ts for the kinds of field). From
 * the declaration come the resolvers' mapper (`toNode`), the loaders' select list (`select`) and
 * the compiled read path's leaves (`projection`), so that the three cannot disagree.
 */
export interface Entity<I, R = Record<string, unknown>> {
  /** The GraphQL type (the class's name). */
  readonly type: string;
  readonly table: PgTable;
  /** What the loaders select: the columns the fields read (by their key in the table's rows) and the expressions (by field name). */
  readonly select: Record<string, AnyPgColumn | SQL>;
  /** A row (the table's full row, or one selected with `select`) as an instance of the GraphQL class. */
  readonly toNode: (row: R) => I;
  /** The compiled read path's leaves and value objects of the type (no relations: relations.ts). */
  readonly projection: TypeProjection;
}

/**
 * Declares the GraphQL class `cls` as read from `table`. Columns of the table are read from a row
 * by their property key, so the mapper also takes the table's full rows (what writes return);
 * columns of other tables (a join) by `<table>_<key>`.
 */
export function entity<T extends PgTable, I extends object>(cls: new () => I, table: T, fields: Fields<I>): Entity<I, T["$inferSelect"]> {
  const select: Record<string, AnyPgColumn | SQL> = {};
  const leaves: Record<string, SQL> = {};
  const values: Record<string, Record<string, SQL>> = {};
  const valuesPresentWhen: Record<string, SQL> = {};
  const readers: [string, (row: Record<string, unknown>) => unknown][] = [];
  for (const [name, field] of Object.entries(fields) as [string, Field<unknown>][]) {
    let keys: string[];
    if (field.expression) {
      select[name] = field.expression;
      keys = [name];
    } else {
      keys = field.columns.map((c) => keyOf(table, c));
      field.columns.forEach((c, i) => (select[keys[i]!] = c));
    }
    readers.push([name, keys.length === 1 ? (row) => field.read([row[keys[0]!]]) : (row) => field.read(keys.map((k) => row[k]))]);
    const compiled = field.compiled;
    if (!compiled) continue;
    if ("leaf" in compiled) leaves[name] = compiled.leaf;
    else {
      values[name] = compiled.value;
      if (compiled.presentWhen) valuesPresentWhen[name] = compiled.presentWhen;
    }
  }
  const toNode = (row: T["$inferSelect"]): I => {
    const node = new cls() as Record<string, unknown>;
    for (const [name, read] of readers) node[name] = read(row as Record<string, unknown>);
    return node as I;
  };
  const id = getTableColumns(table).id as AnyPgColumn | undefined;
  return { type: cls.name, table, select, toNode, projection: { type: cls.name, leaves, values, valuesPresentWhen, rowId: id ? sql`${id}` : undefined } };
}

/** Where a row holds a column's value: its property key in its own table's rows. */
function keyOf(table: PgTable, column: AnyPgColumn): string {
  const own = Object.entries(getTableColumns(column.table)).find(([, c]) => c.name === column.name)?.[0];
  if (own === undefined) throw new Error(`column ${column.name} is not in its table`);
  return column.table === table ? own : `${getTableName(column.table)}_${own}`;
}

type ColumnsOf<T extends PgTable> = T["_"]["columns"];

/** Plain columns of a table as fields of the same names. */
export function columns<T extends PgTable, K extends keyof ColumnsOf<T> & string>(table: T, names: K[]): { [P in K]: Field<ColumnValue<ColumnsOf<T>[P]>> } {
  return Object.fromEntries(names.map((name) => [name, column(columnOf(table, name))])) as { [P in K]: Field<ColumnValue<ColumnsOf<T>[P]>> };
}

/** Timestamp columns of a table as DateTime fields of the same names. */
export function instants<T extends PgTable, K extends keyof ColumnsOf<T> & string>(table: T, names: K[]): { [P in K]: Field<ColumnValue<ColumnsOf<T>[P]>> } {
  return Object.fromEntries(names.map((name) => [name, instant(columnOf(table, name))])) as { [P in K]: Field<ColumnValue<ColumnsOf<T>[P]>> };
}

const columnOf = (table: PgTable, name: string) => (getTableColumns(table) as Record<string, AnyPgColumn>)[name]!;
