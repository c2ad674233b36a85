import { and, eq, getTableName, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Principal } from "../../auth/principal.js";
import type { KeysetColumn } from "./keyset.js";

/**
 * How the compiled read path (compile.ts) reads one GraphQL object type straight from its table:
 * the domains declare these beside their loaders, reusing their policies' scope predicates and
 * their keyset keys, so the compiled statement applies the same rules as the resolvers. A field
 * missing here is simply not compiled: the operation runs through the resolvers.
 */
export interface TypeProjection {
  /** The GraphQL object type. */
  type: string;
  /** Leaf fields: a SQL expression over the type's table giving the field's JSON value. */
  leaves: Record<string, SQL>;
  /** Value objects without a table of their own (Money): field -> their leaf fields. */
  values?: Record<string, Record<string, SQL>>;
  /** Value objects that are null unless a condition holds (an average without orders). */
  valuesPresentWhen?: Record<string, SQL>;
  /** Fields that lead to rows of other types. */
  relations?: Record<string, Relation>;
  /** The row's database id over the type's table: whose read a related row's audit names. */
  rowId?: SQL;
}

/** Rows related to a parent row: correlated through the parent table's columns, within the principal's scope. */
export interface RelatedRows {
  /** The FROM clause: the related type's table, possibly joined. */
  from: SQL;
  where: SQL | undefined;
}

export type { KeysetColumn } from "./keyset.js";

export type Relation =
  | {
      shape: "one";
      type: string;
      /** Every table the FROM clause names: none may be one its parent's row is read under. */
      tables: PgTable[];
      /** The name the row is read under by the fields and relations below, when not its tables' (a self-reference's target keeps its table's name). */
      readAs?: string;
      rows(principal: Principal): RelatedRows;
      /** The field's arguments, when it takes some (Customer.recommendations(first, context)): then these rows replace `rows`. */
      arguments?: RelationArguments;
    }
  | {
      shape: "list";
      type: string;
      tables: PgTable[];
      rows(principal: Principal): RelatedRows;
      orderBy: SQL[];
      /** Callers for whom the field is null rather than a list (decided by role: a compilation serves one role). */
      nullFor?: (principal: Principal) => boolean;
      /** The field's arguments, when it takes some (Customer.recommendations(first, context)): then these rows replace `rows`. */
      arguments?: RelationArguments;
    }
  | {
      shape: "connection";
      type: string;
      tables: PgTable[];
      rows(principal: Principal): RelatedRows;
      /** The cursor's ordering name and keys, exactly as the loader's (cursors stay interchangeable). */
      ordering: string;
      keys: KeysetColumn[];
      /** The field's `filter` argument, when the loader takes one. */
      filter?: ConnectionFilter;
      /**
       * The field's `orderBy` argument, when it chooses among orderings (Product.reviews): the
       * ordering and keyset for its value, exactly as the loader the resolver picks pages them.
       * Absent or null: `ordering` and `keys` above.
       */
      orderBy?: (value: unknown) => { ordering: string; keys: KeysetColumn[] };
    };

/**
 * A one or list relation's arguments, each value bound per request: `value(read)` binds what `read` gives from
 * the field's coerced arguments (a read that throws a DomainError, the resolver's refusal, leaves
 * the request to the resolvers, which answer with it). `shape` names what changes the SQL.
 */
export interface RelationArguments {
  names: readonly string[];
  shape(args: Record<string, unknown>): string;
  rows(principal: Principal, args: Record<string, unknown>, value: (read: (args: Record<string, unknown>) => unknown) => SQL): RelatedRows;
}

/**
 * A connection's filter argument: the loader's conditions, with values bound per request. The
 * filter arrives as graphql-js coerced it (the input type's fields, dates as Date).
 */
export interface ConnectionFilter {
  /** The field argument that carries it: `filter` unless named (Customer.dueSoon's `within`). */
  argument?: string;
  /** Which conditions the filter makes, not their values (a compilation serves one shape); null leaves it to the loader. */
  shape(filter: never): string | null;
  /**
   * The conditions, each value through `value`, which binds what `read` gives per request. A read
   * that throws a DomainError (the loader's BAD_USER_INPUT for a range in the wrong order) leaves
   * that request to the resolvers, which answer with the same error.
   */
  where(filter: never, value: <T>(read: (filter: never) => T) => T | SQL): SQL | undefined;
}

/**
 * One row by what names it: a global id (customer(id:), and node(id:), nodes(ids:) for every Node
 * type), or a key of the row's own (order(number:), vehicle(vin:)), within the scope of the
 * type's loader. No row (none, or none in scope) leaves the request to the resolver's NOT_FOUND.
 */
export interface RootLookup {
  type: string;
  table: PgTable;
  /**
   * A global id of `idType` (its database id is bound as a uuid), or the text of the root field's
   * `argument` (bound as text, normalised as the resolver does: a VIN in any case).
   */
  key: { idType: string } | { argument: string; normalise?: (text: string) => string };
  /**
   * The row for the bound key: merged-away customer ids resolving to their survivor, within
   * scope. `with` may refer to the key too (nodes(ids:) reads each id in a subquery of its own).
   */
  row(principal: Principal, key: SQL): { with?: SQL; from: SQL; where: SQL | undefined };
  /** The row's id column (for the audit of who was read). */
  idColumn: AnyPgColumn;
}

/**
 * A root field answering a plain list of rows, all of them in one order, without arguments
 * (`segments`). Null rows: not compiled for this caller, the resolver answers.
 */
export interface RootRows {
  type: string;
  table: PgTable;
  rows(principal: Principal): RelatedRows | null;
  orderBy: SQL[];
}

/** A Node type's row by its database id, within the scope its loader applies (node(id:), nodes(ids:)). */
export function lookupById(type: string, table: PgTable, idColumn: AnyPgColumn, scope: (principal: Principal) => SQL | undefined): RootLookup {
  return { type, table, idColumn, key: { idType: type }, row: (principal, id) => ({ from: sql`${table}`, where: and(eq(idColumn, id), scope(principal)) }) };
}

/** A row by a unique key of its own, as the root field's resolver reads it (order(number:)). */
export function lookupByKey(
  type: string,
  table: PgTable,
  idColumn: AnyPgColumn,
  key: { argument: string; column: AnyPgColumn; normalise?: (text: string) => string },
  scope: (principal: Principal) => SQL | undefined,
): RootLookup {
  return {
    type,
    table,
    idColumn,
    key: { argument: key.argument, normalise: key.normalise },
    row: (principal, value) => ({ from: sql`${table}`, where: and(eq(key.column, value), scope(principal)) }),
  };
}

/**
 * A root field answering a connection of rows (customers(first, after, filter, orderBy)), with the
 * same ordering, keyset and conditions as its resolver.
 */
export interface RootList {
  type: string;
  table: PgTable;
  /** The listed row's id (the audit of who was read). */
  idColumn: AnyPgColumn;
  /** What of the field's arguments shapes the statement (ordering, which filters are given): a compilation serves only equal shapes. */
  shape(args: Record<string, unknown>): unknown;
  /** The cursor's ordering name and keys for these arguments, exactly as the resolver's. */
  keys(args: Record<string, unknown>): { ordering: string; keys: KeysetColumn[] };
  /**
   * The listed rows for these arguments, within the principal's scope; argument values that vary
   * per request are bound through `param` (read again from each request's arguments). Null: not
   * compiled, the resolver answers.
   */
  rows(principal: Principal, args: Record<string, unknown>, param: (read: (args: Record<string, unknown>) => unknown) => SQL): RelatedRows | null;
}

/** A timestamptz as JavaScript's toISOString() writes it (what the DateTime scalar serialises). */
export const instant = (column: AnyPgColumn | SQL): SQL =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** base64url without padding, as Buffer#toString("base64url") writes it. */
export const base64url = (text: SQL): SQL => sql`translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

/** The Relay global id of a row (graphql/global-id.ts): base64url("Type:uuid"). */
export const globalId = (type: string, column: AnyPgColumn): SQL => base64url(sql`${sql.raw(literal(`${type}:`))} || ${column}::text`);

/** Money from a minor-units column and a currency (a column or a fixed code). */
export const moneyOf = (amountMinor: AnyPgColumn, currency: AnyPgColumn | string): Record<string, SQL> => ({
  amountMinor: sql`${amountMinor}`,
  currency: typeof currency === "string" ? sql.raw(literal(currency)) : sql`${currency}`,
});

/** Plain columns whose JSON value is the GraphQL value (text, enums, booleans, integers, dates). */
export function columns<T extends PgTable>(table: T, names: (keyof T["_"]["columns"] & string)[]): Record<string, SQL> {
  return Object.fromEntries(names.map((name) => [name, sql`${columnOf(table, name)}`]));
}

/** Timestamp columns, as DateTime values. */
export function instants<T extends PgTable>(table: T, names: (keyof T["_"]["columns"] & string)[]): Record<string, SQL> {
  return Object.fromEntries(names.map((name) => [name, instant(columnOf(table, name))]));
}

const columnOf = (table: PgTable, name: string) => (table as unknown as Record<string, AnyPgColumn>)[name]!;

/** A SQL string literal of a name the compiler controls (GraphQL names, type names, orderings). */
export function literal(text: string): string {
  if (!/^[\w:.\-" [\],]*$/.test(text)) throw new Error(`refusing to inline ${JSON.stringify(text)} into SQL`);
  return `'${text}'`;
}

export const tableNameOf = (table: PgTable) => getTableName(table);
