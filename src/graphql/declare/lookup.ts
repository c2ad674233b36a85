import DataLoader from "dataloader";
import { and, eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../../auth/principal.js";
import type { Database } from "../../db/client.js";
import { idIn } from "../../db/patterns.js";
import type { Relation } from "../compiled/projection.js";
import { byIds } from "../loader.js";
import type { Entity } from "./entity.js";
import type { Scope } from "./relations.js";

/**
 * Rows of an entity by a key (a dealer by id), within the policy's scope, declared once: the
 * loader every field resolver pointing at such a row shares (one batch per request, its statement
 * built once per role), and the compiled `one` relation from any parent's column naming the key.
 */
export interface Lookup<N> {
  readonly of: Entity<N, never>;
  readonly key: AnyPgColumn;
  readonly scope: Scope;
  loader(db: Database, principal: Principal, options?: { cache?: boolean }): DataLoader<string, N | null>;
  /** The compiled relation from a parent's column; `also`: a rule of the parent's on top (whose preferred dealer a dealer may learn). */
  from(parent: AnyPgColumn, also?: Scope): Relation;
}

const KEY = "__key";

let lookups = 0;

export function lookup<N>(of: Entity<N, never>, spec: { key: AnyPgColumn; scope: Scope }): Lookup<N> {
  const { key, scope } = spec;
  // The statement's cache key: unique per lookup, even where two look one type up.
  const name = `${of.type}.lookup#${++lookups}`;
  const known = Object.entries(of.select).find(([, c]) => c === key)?.[0];
  const select = known ? of.select : { ...of.select, [KEY]: key };
  const keyOf = known ?? KEY;
  return {
    of,
    key,
    scope,
    loader: (db, principal, options = {}) =>
      new DataLoader<string, N | null>(
        async (ids) => {
          const rows = (await byIds(db, name, principal, ids, (ids, principal) =>
            db
              .select(select)
              .from(of.table)
              .where(and(scope(principal), idIn(key, ids))),
          )) as Record<string, unknown>[];
          const found = new Map(rows.map((row) => [row[keyOf] as string, of.toNode(row as never)]));
          return ids.map((id) => found.get(id) ?? null);
        },
        { cache: options.cache ?? true },
      ),
    from: (parent, also) => ({
      shape: "one",
      type: of.type,
      tables: [of.table],
      rows: (principal: Principal) => ({ from: sql`${of.table}`, where: and(eq(key, parent), scope(principal), also?.(principal)) }),
    }),
  };
}
