import DataLoader from "dataloader";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../../auth/principal.js";
import type { Database } from "../../db/client.js";
import { idIn } from "../../db/patterns.js";
import type { Relation, TypeProjection } from "../compiled/projection.js";
import type { ConnectionArgs, ConnectionShape, KeysetKey } from "../connection.js";
import { byIds } from "../loader.js";
import { nestedConnectionLoader } from "../nested-connection.js";
import type { Entity } from "./entity.js";

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
}

export interface ConnectionDeclaration<N, R> extends Correlation {
  shape: "connection";
  of: Entity<N, R>;
  /** The cursor's ordering name and keyset: one for the loader and the compiled page, so cursors stay interchangeable. */
  ordering: string;
  keys: KeysetKey<R>[];
}

/** A parent's child rows, all of them, in one order (a customer's emails). */
export const list = <N>(of: Entity<N, never>, spec: Omit<ListDeclaration<N>, "shape" | "of">): ListDeclaration<N> => ({ shape: "list", of, ...spec });

/** A parent's child rows paged by keyset (a customer's orders). */
export const connection = <N, R>(of: Entity<N, R>, spec: Omit<ConnectionDeclaration<N, R>, "shape" | "of">): ConnectionDeclaration<N, R> => ({ shape: "connection", of, ...spec });

// Any node type: LoaderOf recovers each one.
type Declaration = ListDeclaration<any> | ConnectionDeclaration<any, any>;

/** A nested connection's loader (graphql/nested-connection.ts). */
export interface ConnectionLoader<N> {
  load(parentId: string, args: ConnectionArgs): Promise<ConnectionShape<N>>;
}

export type LoaderOf<D> = D extends ListDeclaration<infer N> ? DataLoader<string, N[]> : D extends ConnectionDeclaration<infer N, infer _R> ? ConnectionLoader<N> : never;

export interface Relations<D> {
  /** The compiled read path's relations of the parent type. */
  projection: TypeProjection;
  /** The resolvers' loaders, one per relation under the field's name, keyed by the parent's key value. */
  loaders(db: Database, principal: Principal, options?: { cache?: boolean }): { [K in keyof D]: LoaderOf<D[K]> };
}

/**
 * The relations of one parent type, each declared once. From each come the compiled relation
 * (`key = parent and scope`, correlated) and the batched loader (`key = any($ids) and scope`,
 * ordered, grouped by key); a list's statement is built once per relation and role (byIds).
 */
export function relations<D extends Record<string, Declaration>>(parentType: string, declared: D): Relations<D> {
  const entries = Object.entries(declared) as [string, Declaration][];
  return {
    projection: { type: parentType, leaves: {}, relations: Object.fromEntries(entries.map(([name, d]) => [name, compiled(d)])) },
    loaders: (db, principal, options = {}) =>
      Object.fromEntries(entries.map(([name, d]) => [name, d.shape === "list" ? listLoader(`${parentType}.${name}`, d, db, principal, options) : connectionLoader(d, db, principal, options)])) as {
        [K in keyof D]: LoaderOf<D[K]>;
      },
  };
}

function compiled(d: Declaration): Relation {
  const rows = (principal: Principal) => ({ from: sql`${d.of.table}`, where: and(eq(d.key, d.parent), d.scope(principal)) });
  const common = { type: d.of.type, tables: [d.of.table], rows };
  return d.shape === "list" ? { shape: "list", ...common, orderBy: d.orderBy } : { shape: "connection", ...common, ordering: d.ordering, keys: d.keys };
}

const PARENT = "__parent";

function listLoader(name: string, d: ListDeclaration<unknown>, db: Database, principal: Principal, options: { cache?: boolean }): DataLoader<string, unknown[]> {
  // The key is usually among the selected columns already (a hidden customerDbId).
  const parentKey = Object.entries(d.of.select).find(([, c]) => c === d.key)?.[0];
  const select = parentKey ? d.of.select : { ...d.of.select, [PARENT]: d.key };
  const parentOf = parentKey ?? PARENT;
  return new DataLoader<string, unknown[]>(
    async (ids) => {
      const rows = (await byIds(db, name, principal, ids, (ids, principal) => {
        const from = db.select(select).from(d.of.table).$dynamic();
        return (d.joinParent ? from.innerJoin(d.parent.table, eq(d.parent, d.key)) : from).where(and(d.scope(principal), idIn(d.key, ids))).orderBy(...d.orderBy);
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

function connectionLoader(d: Declaration & { shape: "connection" }, db: Database, principal: Principal, options: { cache?: boolean }): ConnectionLoader<unknown> {
  return nestedConnectionLoader({
    db,
    table: d.of.table,
    parent: d.key,
    principal,
    scope: d.scope,
    ordering: d.ordering,
    keys: d.keys,
    toNode: d.of.toNode,
    cache: options.cache,
  });
}
