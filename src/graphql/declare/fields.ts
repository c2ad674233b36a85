import { and, isNotNull, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { globalId as globalIdOf, instant as instantOf, literal, moneyOf } from "../compiled/projection.js";
import { toGlobalId } from "../global-id.js";
import { money as moneyValue, type Money } from "../money.js";

/** A column's value as drizzle selects it (null where the column is nullable). */
export type ColumnValue<C> = C extends { _: { notNull: true; data: infer D } } ? D : C extends { _: { data: infer D } } ? D | null : never;

/** What the compiled read path answers for a field: a JSON leaf, or a value object (Money) that may be null. */
export type Compiled = { leaf: SQL } | { value: Record<string, SQL>; presentWhen?: SQL };

/**
 * One field of an entity (entity.ts), declared once: the columns it reads, how the resolvers'
 * mapper turns their values into the GraphQL value, and the SQL giving the same value as JSON
 * for the compiled read path (exactly as the resolver path serialises it). The loaders select
 * the columns; the mapper calls `read` with their values in order.
 */
export interface Field<V> {
  readonly columns: readonly AnyPgColumn[];
  /** An expression the loaders select under the field's name instead of columns; `read` gets its value. */
  readonly expression?: SQL;
  readonly read: (values: readonly unknown[]) => V;
  /** Absent: a key the resolvers use (customerDbId), not a GraphQL field. */
  readonly compiled?: Compiled;
}

/** A hidden key the field resolvers use (a parent's database id), not a GraphQL field. */
export const key = <C extends AnyPgColumn>(column: C): Field<ColumnValue<C>> => ({ columns: [column], read: ([v]) => v as ColumnValue<C> });

/** A column whose JSON value is the GraphQL value (text, enums, booleans, numbers, LocalDate). */
export const column = <C extends AnyPgColumn>(column: C): Field<ColumnValue<C>> => ({ ...key(column), compiled: { leaf: sql`${column}` } });

/** A timestamptz column as a DateTime (toISOString in the answer). */
export const instant = <C extends AnyPgColumn>(column: C): Field<ColumnValue<C>> => ({ ...key(column), compiled: { leaf: instantOf(column) } });

/** The Relay global id of a row's id column (or of a foreign key: another type's id); null stays null. */
export const globalId = <C extends AnyPgColumn<{ data: string }>>(type: string, column: C): Field<C["_"]["notNull"] extends true ? string : string | null> => ({
  columns: [column],
  read: ([v]) => (v === null ? null : toGlobalId(type, v as string)) as C["_"]["notNull"] extends true ? string : string | null,
  compiled: { leaf: globalIdOf(type, column) },
});

/** Money from a minor-units column and its currency (a column or a fixed code). */
export function money(amountMinor: AnyPgColumn<{ data: number }>, currency: AnyPgColumn<{ data: string }> | string): Field<Money> {
  const fixed = typeof currency === "string" ? currency : null;
  return {
    columns: fixed === null ? [amountMinor, currency as AnyPgColumn] : [amountMinor],
    read: ([amount, code]) => moneyValue(amount as number, fixed ?? (code as string)),
    compiled: { value: moneyOf(amountMinor, currency) },
  };
}

/** A value object of nullable columns (a map position), null unless every one of them is set. */
export function whenAll<T extends object>(make: () => T, parts: { [K in keyof T]: AnyPgColumn }): Field<T | null> {
  const entries = Object.entries(parts) as [string, AnyPgColumn][];
  return {
    columns: entries.map(([, c]) => c),
    read: (values) => (values.some((v) => v === null) ? null : Object.assign(make(), Object.fromEntries(entries.map(([name], i) => [name, values[i]])))),
    compiled: { value: Object.fromEntries(entries.map(([name, c]) => [name, sql`${c}`])), presentWhen: and(...entries.map(([, c]) => isNotNull(c)))! },
  };
}

/**
 * A value object present when `present` is set, its parts declared as fields of their own
 * (column, instant...), so that a nullable part stays null in an object that is there.
 */
export function presentWith<T extends object>(make: () => T, present: AnyPgColumn, parts: { [K in keyof T]: Field<T[K]> }): Field<T | null> {
  const entries = Object.entries(parts) as [string, Field<unknown>][];
  const leafOf = (name: string, field: Field<unknown>): SQL => {
    if (!field.compiled || !("leaf" in field.compiled)) throw new Error(`presentWith: part ${name} needs a compiled leaf`);
    return field.compiled.leaf;
  };
  return {
    columns: [present, ...entries.flatMap(([, field]) => field.columns)],
    read: (values) => {
      if (values[0] === null) return null;
      const value = make() as Record<string, unknown>;
      let at = 1;
      for (const [name, field] of entries) {
        value[name] = field.read(values.slice(at, at + field.columns.length));
        at += field.columns.length;
      }
      return value as T;
    },
    compiled: { value: Object.fromEntries(entries.map(([name, field]) => [name, leafOf(name, field)])), presentWhen: isNotNull(present) },
  };
}

/**
 * A JSON snapshot column (an order's delivery address) as a value object of text keys; keys the
 * snapshot lacks read as null. A JSON null, or no snapshot, is null.
 */
export function snapshot<T extends object>(make: () => T, column: AnyPgColumn, keys: (keyof T & string)[]): Field<T | null> {
  const absent = Object.fromEntries(keys.map((k) => [k, null]));
  return {
    columns: [column],
    read: ([v]) => (v ? Object.assign(make(), absent, v) : null),
    compiled: {
      value: Object.fromEntries(keys.map((k) => [k, sql`${column} ->> ${sql.raw(literal(k))}`])),
      presentWhen: sql`jsonb_typeof(${column}) = 'object'`,
    },
  };
}

/**
 * A value the database computes (a flag from a date and today): the loaders select the expression,
 * the compiled path answers it; `decode` turns the driver's value into the GraphQL value.
 */
export const expression = <V>(expr: SQL, decode: (value: unknown) => V): Field<V> => ({
  columns: [],
  expression: expr,
  read: ([v]) => decode(v),
  compiled: { leaf: expr },
});

/**
 * A value computed from columns by two rules written side by side, for when the mapper must also
 * work on rows a write returns (which carry no expression): the JavaScript one on the resolver
 * path, the SQL one on the compiled path. compiled-reads.test.ts holds them equal.
 */
export const derived = <V>(columns: AnyPgColumn[], read: (values: readonly unknown[]) => V, leaf: SQL): Field<V> => ({ columns, read, compiled: { leaf } });
