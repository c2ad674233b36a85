import { and, asc, desc, eq, gt, lt, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badInput } from "../errors.js";
import { openCursor, sealCursor } from "./cursor-seal.js";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Forward page size, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the edge to start after." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Backward page size, at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the edge to end before." })
  before?: string | null;
}

@ObjectType({ description: "Where a page sits in its list (Relay)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page (paging forward with first/after)." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether items precede this page (paging backward with last/before)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge, to pass as after for the next page; null on an empty page." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Resolved only when asked for: counting is a statement of its own. */
  readonly totalCount: Promise<number> | number;
}

/** A Relay connection type named `<name>Connection`, with `<name>Edge`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque keyset cursor, sealed: it reveals nothing of the row." })
    cursor!: string;

    @Field(() => nodeType, { description: "The item itself." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay cursor connection).` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: "The items of this page, in the list's order, each with its cursor." })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "Whether there are more pages, and the cursors to reach them." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items the whole list holds, across all pages." })
    totalCount!: Promise<number> | number;
  }
  return ConnectionType;
}

export type Direction = "ASC" | "DESC";

/**
 * A keyset key that is an expression rather than a column (a trait read from another table), with
 * its SQL type for the cursor's values; the same shape as the compiled path's DerivedColumn, so
 * one keyset serves both paths. The expression must never be null: sort nulls with a key of
 * their own (a 0/1 flag) and coalesce the value.
 */
export interface KeyExpression {
  readonly derived: SQL;
  /** The SQL type, as in a cast: `integer`, `numeric`. */
  readonly sqlType: string;
}

/** One column of a keyset; the last key of a keyset must be unique (the id). */
export interface KeysetKey<R> {
  column: AnyPgColumn | KeyExpression;
  direction: Direction;
  value: (row: R) => unknown;
}

const isExpression = (column: AnyPgColumn | KeyExpression): column is KeyExpression => "derived" in column;

export interface PageWindow {
  forward: boolean;
  limit: number;
  cursor: unknown[] | null;
}

/** Validates first/after/last/before into one window; bad values name the argument. */
export function pageWindow(args: ConnectionArgs, ordering: string, arity: number): PageWindow {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badInput("last", "Pass either first or last, not both");
  const forward = last == null;
  const field = forward ? "first" : "last";
  const size = (forward ? first : last) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(field, `${field} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  const cursorField = forward ? "after" : "before";
  const raw = forward ? after : before;
  if (!forward && after != null) throw badInput("after", "after goes with first, not with last");
  if (forward && before != null) throw badInput("before", "before goes with last, not with first");
  return { forward, limit: size, cursor: raw == null ? null : decodeCursor(raw, ordering, arity, cursorField) };
}

/** The plaintext of a cursor, JSON `[ordering, ...key values]` (the compiled read path builds the same text in SQL). */
export const cursorPlaintext = (ordering: string, values: unknown[]): string => JSON.stringify([ordering, ...values.map((v) => (v instanceof Date ? v.toISOString() : v))]);

/** A cursor as clients get it: sealed, so that the key values (a name) are not readable in it. */
export const encodeCursor = (ordering: string, values: unknown[]): string => sealCursor(cursorPlaintext(ordering, values));

function decodeCursor(cursor: string, ordering: string, arity: number, field: string): unknown[] {
  const plain = openCursor(cursor);
  if (plain === null) throw badInput(field, "Malformed cursor: not one this server issued");
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain);
  } catch {
    throw badInput(field, "Malformed cursor");
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1) throw badInput(field, "Malformed cursor");
  if (parsed[0] !== ordering) throw badInput(field, "This cursor belongs to a different ordering");
  return parsed.slice(1);
}

/** Cursor values back into what the column binds (dates were ISO strings in the cursor). */
function bindable(column: AnyPgColumn | KeyExpression, value: unknown, field: string): unknown {
  if (value === null) return null;
  if (isExpression(column)) {
    if (typeof value !== "string" && typeof value !== "number") throw badInput(field, "Malformed cursor");
    return sql`${String(value)}::${sql.raw(column.sqlType)}`;
  }
  if (column.columnType === "PgTimestamp") {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw badInput(field, "Malformed cursor");
    return date;
  }
  if (typeof value !== "string" && typeof value !== "number") throw badInput(field, "Malformed cursor");
  return value;
}

/**
 * The rows after (or before) the cursor in keyset order: for keys k1..kn,
 * (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ... with each key's own direction.
 */
export function keysetPredicate<R>(keys: KeysetKey<R>[], window: PageWindow, field: string): SQL | undefined {
  const cursor = window.cursor;
  if (!cursor) return undefined;
  const branches: SQL[] = keys.map((key, i) => {
    const ascending = (key.direction === "ASC") === window.forward;
    const equalities = keys.slice(0, i).map((k, j) => compare(eq, k.column, bindable(k.column, cursor[j], field)));
    const value = bindable(key.column, cursor[i], field);
    return and(...equalities, compare(ascending ? gt : lt, key.column, value))!;
  });
  return or(...branches);
}

const keyOf = (column: AnyPgColumn | KeyExpression): AnyPgColumn | SQL => (isExpression(column) ? column.derived : column);

/** A key compared with a cursor value: a column maps the value as it binds it, an expression takes it cast. */
const compare = (op: typeof eq, column: AnyPgColumn | KeyExpression, value: unknown): SQL =>
  isExpression(column) ? op(column.derived, value) : op(column, value);

/** ORDER BY for a keyset walked in the window's direction (a backward page reads it reversed). */
export function keysetOrder<R>(keys: KeysetKey<R>[], window: PageWindow): SQL[] {
  return keys.map(({ column, direction }) => ((direction === "ASC") === window.forward ? asc(keyOf(column)) : desc(keyOf(column))));
}

export interface KeysetQuery<R> {
  ordering: string;
  keys: KeysetKey<R>[];
  /** Runs the page query: `where` is the keyset predicate, `order` ready for orderBy, `limit` already +1. */
  fetch: (where: SQL | undefined, order: SQL[], limit: number) => Promise<R[]>;
  count: () => Promise<number>;
}

/** Keyset pagination (never OFFSET): fetches one row more than asked to know whether more exist. */
export async function paginate<R, N>(
  args: ConnectionArgs,
  query: KeysetQuery<R>,
  toNode: (row: R) => N,
): Promise<ConnectionShape<N>> {
  const window = pageWindow(args, query.ordering, query.keys.length);
  const field = window.forward ? "after" : "before";
  const where = keysetPredicate(query.keys, window, field);
  const order = keysetOrder(query.keys, window);
  const fetched = window.limit === 0 ? [] : await query.fetch(where, order, window.limit + 1);
  return toConnection(window, fetched, query.ordering, (row) => query.keys.map((k) => k.value(row)), toNode, query.count);
}

/**
 * A page from rows fetched in keyset order with one row more than the window: the extra row
 * only tells that more exist. `count` runs when, and only if, a client asks for totalCount.
 */
export function toConnection<R, N>(
  window: PageWindow,
  fetched: R[],
  ordering: string,
  cursorValues: (row: R) => unknown[],
  toNode: (row: R) => N,
  count: () => Promise<number>,
): ConnectionShape<N> {
  const more = fetched.length > window.limit;
  const pageRows = fetched.slice(0, window.limit);
  if (!window.forward) pageRows.reverse();
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(ordering, cursorValues(row)), node: toNode(row) }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: window.forward ? more : window.cursor !== null,
      hasPreviousPage: window.forward ? window.cursor !== null : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      total ??= count();
      return total;
    },
  };
}
