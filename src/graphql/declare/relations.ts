import DataLoader from "dataloader";
import { and, Column, eq, getTableColumns, getTableName, is, sql, Subquery, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Principal } from "../../auth/principal.js";
import type { Database } from "../../db/client.js";
import { idIn } from "../../db/patterns.js";
import type { Relation, TypeProjection } from "../compiled/projection.js";
import type { ConnectionArgs, ConnectionShape, KeysetKey } from "../connection.js";
import { byIds } from "../loader.js";
import { nestedConnectionLoader } from "../nested-connection.js";
import type { Entity } from "./entity.js";
import type { Lookup } from "./lookup.js";

/** The domain policy's predicate on a table for a principal (never the request's own principal: loader statements are shared by role). */
export type Scope = (principal: Principal) => SQL | undefined;

/** How child rows name their parent, and which of them the principal may see. */
interface Correlation {
  /** The child's column naming the parent (customer_emails.customer_id). */
  key: AnyPgColumn;
  /** The parent's column it names (customers.id): the compiled statement correlates on it. */
  parent: AnyPgColumn;
  scope: Scope;
}

export interface ListDeclaration<N> extends Correlation {
  shape: "list";
  of: Entity<N, never>;
  orderBy: SQL[];
  /**
   * The scope reads the parent's columns (a return line is visible with its return's order): the
   * loader joins the parent's table; the compiled relation has the parent row already.
   */
  joinParent?: boolean;
  /**
   * The rows are reached through a link table (a customer's vehicles through their ownerships,
   * under an alias so that the vehicle's own owner history may nest below): `key` is the link's
   * column, the entity's table is joined `on`.
   */
  through?: { table: PgTable; on: SQL };
  /**
   * The rows are a derived table of the entity's own (the consent decisions in force, the newest
   * views): `rows` reads the whole table and keeps its columns, and is read under the table's name
   * so that the entity's fields apply; the key, the scope and `where` filter it from outside. Keep
   * the key among its DISTINCT ON or PARTITION BY columns: PostgreSQL then pushes the key into it,
   * one index range per parent.
   */
  source?: { rows: SQL; where?: SQL };
  /** Callers for whom the field answers null rather than a list (who may not see such rows at all); their resolver says so too. */
  nullFor?: (principal: Principal) => boolean;
}

export interface ConnectionDeclaration<N, R, F = never> extends Correlation {
  shape: "connection";
  of: Entity<N, R>;
  /**
   * The rows are reached through a link subquery with one row per (parent, row) pair (a
   * dealership's customers, whatever the basis): `key` is the link's column naming the parent,
   * the entity's table is joined `on` it.
   */
  link?: { from: Subquery; on: SQL };
  /** The cursor's ordering name and keyset: one for the loader and the compiled page, so cursors stay interchangeable. */
  ordering: string;
  keys: KeysetKey<R>[];
  /** The field's `filter` argument, when it takes one. */
  filter?: FilterDeclaration<F>;
  /** The field's `orderBy` argument, when it takes one: each value's ordering name and keyset (null or absent: `ordering`, `keys`). */
  orderings?: Record<string, { ordering: string; keys: KeysetKey<R>[] }>;
}

/** A connection's filter: one set of conditions for the loader (values as themselves) and the compiled page (values bound per request). */
export interface FilterDeclaration<F> {
  /** Which conditions a filter makes, not their values (one compiled statement per shape); null leaves it to the loader. */
  shape(filter: F | null): string | null;
  where(filter: F, value?: <T>(read: (filter: F) => T) => T | SQL): SQL | undefined;
}

/** The one row a parent's column names (an order's dealer), through the target's lookup (its loader is the lookup's, shared). */
export interface OneDeclaration<N> {
  shape: "one";
  lookup: Lookup<N>;
  parent: AnyPgColumn;
  also?: Scope;
}

export const one = <N>(lookup: Lookup<N>, parent: AnyPgColumn, also?: Scope): OneDeclaration<N> => ({ shape: "one", lookup, parent, also });

/** A parent's child rows, all of them, in one order (a customer's emails). */
export const list = <N>(of: Entity<N, never>, spec: Omit<ListDeclaration<N>, "shape" | "of">): ListDeclaration<N> => ({ shape: "list", of, ...spec });

/** A parent's child rows paged by keyset (a customer's orders). */
export function connection<N, R, F = never>(of: Entity<N, R>, spec: Omit<ConnectionDeclaration<N, R, F>, "shape" | "of">): ConnectionDeclaration<N, R, F> {
  // nested-connection.ts pages the table's full rows (its keyset reads them): no expression among them.
  if (Object.values(of.select).some((c) => !is(c, Column))) throw new Error(`${of.type} has an expression field: a connection of it needs it declared as derived()`);
  return { shape: "connection", of, ...spec };
}

// Any node type: LoaderOf recovers each one.
type Declaration = ListDeclaration<any> | ConnectionDeclaration<any, any, any> | OneDeclaration<any>;

/** A nested connection's loader (graphql/nested-connection.ts). */
export interface ConnectionLoader<N, F = never> {
  load(parentId: string, args: ConnectionArgs, filter?: F | null, orderBy?: string | null): Promise<ConnectionShape<N>>;
}

export type LoaderOf<D> = D extends ListDeclaration<infer N> ? DataLoader<string, N[]> : D extends ConnectionDeclaration<infer N, infer _R, infer F> ? ConnectionLoader<N, F> : never;

/** A `one` relation has no loader of its own: its resolver uses the lookup's. */
type Loaders<D> = { [K in keyof D as D[K] extends OneDeclaration<unknown> ? never : K]: LoaderOf<D[K]> };

export interface Relations<D> {
  /** The compiled read path's relations of the parent type. */
  projection: TypeProjection;
  /** The resolvers' loaders, one per relation under the field's name, keyed by the parent's key value. */
  loaders(db: Database, principal: Principal, options?: { cache?: boolean }): Loaders<D>;
}

/**
 * The relations of one parent type, each declared once. From each come the compiled relation
 * (`key = parent and scope`, correlated) and the batched loader (`key = any($ids) and scope`,
 * ordered, grouped by key); a list's statement is built once per relation and role (byIds).
 */
export function relations<D extends Record<string, Declaration>>(parentType: string, declared: D): Relations<D> {
  const entries = Object.entries(declared) as [string, Declaration][];
  // The statements' cache key: unique per declaration, even where two declare one field name.
  const serial = ++declarations;
  return {
    projection: { type: parentType, leaves: {}, relations: Object.fromEntries(entries.map(([name, d]) => [name, compiled(d)])) },
    loaders: (db, principal, options = {}) =>
      Object.fromEntries(
        entries.flatMap(([name, d]) =>
          d.shape === "one" ? [] : [[name, d.shape === "list" ? listLoader(`${parentType}.${name}#${serial}`, d, db, principal, options) : connectionLoader(d, db, principal, options)]],
        ),
      ) as Loaders<D>,
  };
}

function compiled(d: Declaration): Relation {
  if (d.shape === "one") return d.lookup.from(d.parent, d.also);
  const through = d.shape === "list" ? d.through : undefined;
  const source = d.shape === "list" ? d.source : undefined;
  const link = d.shape === "connection" ? d.link : undefined;
  const from = through
    ? sql`${fromClause(through.table)} inner join ${d.of.table} on ${through.on}`
    : link
      ? sql`${d.of.table} inner join ${link.from} on ${link.on}`
      : source
        ? derivedTable(d.of.table, source.rows)
        : sql`${d.of.table}`;
  const rows = (principal: Principal) => ({ from, where: and(eq(d.key, d.parent), d.scope(principal), source?.where) });
  const common = { type: d.of.type, tables: through ? [through.table, d.of.table] : [d.of.table], rows };
  if (d.shape === "list") return { shape: "list", ...common, orderBy: d.orderBy, ...(d.nullFor ? { nullFor: d.nullFor } : {}) };
  const filter = d.filter;
  return {
    shape: "connection",
    ...common,
    ordering: d.ordering,
    keys: d.keys,
    filter: filter && { shape: (f: never) => filter.shape(f), where: (f: never, value) => (f ? filter.where(f, value as never) : undefined) },
    ...(d.orderings ? { orderBy: (value: unknown) => d.orderings![value as string] ?? { ordering: d.ordering, keys: d.keys } } : {}),
  };
}

/** A table in a FROM clause written by hand: an alias needs its table's name before it (drizzle's query builder does this itself). */
function fromClause(table: PgTable): SQL {
  // drizzle's own marks of an alias (Table.Symbol, not in its type declarations).
  const t = table as unknown as Record<symbol, unknown>;
  return t[Symbol.for("drizzle:IsAlias")] ? sql`${sql.identifier(t[Symbol.for("drizzle:OriginalName")] as string)} ${sql.identifier(getTableName(table))}` : sql`${table}`;
}

/** A derived table under its table's own name: the entity's columns, qualified by that name, read it. */
const derivedTable = (table: PgTable, rows: SQL): SQL => sql`(${rows}) ${sql.identifier(getTableName(table))}`;

let declarations = 0;

const PARENT = "__parent";

function listLoader(name: string, d: ListDeclaration<unknown>, db: Database, principal: Principal, options: { cache?: boolean }): DataLoader<string, unknown[]> {
  // The key is usually among the selected columns already (a hidden customerDbId).
  const parentKey = Object.entries(d.of.select).find(([, c]) => c === d.key)?.[0];
  const select = parentKey ? d.of.select : { ...d.of.select, [PARENT]: d.key };
  const parentOf = parentKey ?? PARENT;
  return new DataLoader<string, unknown[]>(
    async (ids) => {
      const rows = (await byIds(db, name, principal, ids, (ids, principal) => {
        let from = d.through
          ? db.select(select).from(d.through.table).innerJoin(d.of.table, d.through.on).$dynamic()
          : db
              .select(select)
              // As a Subquery under the table's name, drizzle accepts the entity's columns on it.
              .from(d.source ? new Subquery(d.source.rows, getTableColumns(d.of.table), getTableName(d.of.table)) : d.of.table)
              .$dynamic();
        const scope = d.scope(principal);
        // A role that sees every row (staff) needs no parent to check.
        if (d.joinParent && scope) from = from.innerJoin(d.parent.table, eq(d.parent, d.key));
        return from.where(and(scope, idIn(d.key, ids), d.source?.where)).orderBy(...d.orderBy);
      })) as Record<string, unknown>[];
      const groups = new Map<string, unknown[]>();
      for (const row of rows) {
        const parent = row[parentOf] as string;
        const group = groups.get(parent);
        if (group) group.push(d.of.toNode(row as never));
        else groups.set(parent, [d.of.toNode(row as never)]);
      }
      return ids.map((id) => groups.get(id) ?? []);
    },
    { cache: options.cache ?? true },
  );
}

function connectionLoader(d: Declaration & { shape: "connection" }, db: Database, principal: Principal, options: { cache?: boolean }): ConnectionLoader<unknown, unknown> {
  const filter = d.filter;
  const pager = ({ ordering, keys }: { ordering: string; keys: KeysetKey<unknown>[] }): ConnectionLoader<unknown, unknown> =>
    nestedConnectionLoader({
      filter: filter && ((f: unknown) => filter.where(f)),
      db,
      table: d.of.table,
      parent: d.key,
      link: d.link,
      principal,
      scope: d.scope,
      ordering,
      keys,
      toNode: d.of.toNode,
      cache: options.cache,
    });
  const standard = pager(d);
  if (!d.orderings) return standard;
  // One batching loader per ordering asked in the request (each pages its own keyset).
  const ordered = new Map<string, ConnectionLoader<unknown, unknown>>();
  return {
    load(parentId, args, filterValue, orderBy) {
      const chosen = orderBy == null ? undefined : d.orderings![orderBy];
      // The default ordering asked by name batches with the requests that did not name it.
      if (!chosen || chosen.ordering === d.ordering) return standard.load(parentId, args, filterValue);
      let loader = ordered.get(orderBy!);
      if (!loader) ordered.set(orderBy!, (loader = pager(chosen)));
      return loader.load(parentId, args, filterValue);
    },
  };
}
