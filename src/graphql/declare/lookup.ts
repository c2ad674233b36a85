import DataLoader from "dataloader";
import { and, eq, getTableColumns, getTableName, is, sql, SQL, type Placeholder } from "drizzle-orm";
import { alias, type AnyPgColumn, type PgTable } from "drizzle-orm/pg-core";
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
  /**
   * The compiled relation from a parent's column, or from a column of a derived row (`due.vehicle_id`);
   * `also`: a rule of the parent's on top (whose preferred dealer a dealer may learn).
   */
  from(parent: AnyPgColumn | SQL, also?: Scope): Relation;
  /**
   * The compiled relation from a column of a derived row that may stand below a row of the lookup's
   * own table (an association below the product it belongs to): the target is read under another
   * name, as a self-reference is.
   */
  fromBelowOwnTable(parent: SQL): Relation;
}

const KEY = "__key";

let lookups = 0;

export interface LookupSpec {
  key: AnyPgColumn;
  /** Applied to the row found (with `follow`: the row the key leads to, not the one it names). */
  scope: Scope;
  /**
   * The key of the row an asked-for key leads to, as a scalar SQL expression of it: a merged-away
   * customer's survivor. The loader answers each asked key with that row, and the compiled relation
   * reads the same; absent, the key names its row.
   */
  follow?: (asked: SQL) => SQL;
}

export function lookup<N>(of: Entity<N, never>, spec: LookupSpec): Lookup<N> {
  const { key, scope, follow } = spec;
  // The statement's cache key: unique per lookup, even where two look one type up.
  const name = `${of.type}.lookup#${++lookups}`;
  const known = follow ? undefined : Object.entries(of.select).find(([, c]) => c === key)?.[0];
  const keyOf = known ?? KEY;
  const statement = (db: Database) =>
    follow
      ? (ids: Placeholder<"ids">, principal: Principal) =>
          db
            .select({ ...of.select, [KEY]: sql<string>`asked.id` })
            .from(sql`unnest(${ids}::${sql.raw(key.getSQLType())}[]) as asked(id) cross join lateral (select ${follow(sql`asked.id`)} as id) as followed`)
            .innerJoin(of.table, eq(key, sql`followed.id`))
            .where(scope(principal))
      : (ids: Placeholder<"ids">, principal: Principal) =>
          db
            .select(known ? of.select : { ...of.select, [KEY]: key })
            .from(of.table)
            .where(and(scope(principal), idIn(key, ids)));
  return {
    of,
    key,
    scope,
    loader: (database, principal, options = {}) =>
      new DataLoader<string, N | null>(
        async (ids) => {
          const rows = (await byIds(database, name, principal, ids, statement(database))) as Record<string, unknown>[];
          const found = new Map(rows.map((row) => [row[keyOf] as string, of.toNode(row as never)]));
          return ids.map((id) => found.get(id) ?? null);
        },
        { cache: options.cache ?? true },
      ),
    fromBelowOwnTable: (parent) => selfReference(of, key, scope, parent, undefined, follow !== undefined),
    from: (parent, also) =>
      !is(parent, SQL) && getTableName(parent.table) === getTableName(of.table)
        ? selfReference(of, key, scope, parent, also, follow !== undefined)
        : {
            shape: "one",
            type: of.type,
            tables: [of.table],
            rows: (principal: Principal) => ({ from: sql`${of.table}`, where: and(eq(key, follow ? follow(sql`${parent}`) : parent), scope(principal), also?.(principal)) }),
          },
  };
}

/**
 * A row naming another row of its own table (a category's parent): inside a subquery the target
 * is read under another name, correlated with the naming row; outside it keeps the table's own
 * name, which the entity's fields and the scope read. One level at a time: a grandparent would
 * repeat the other name below it, and the compiler leaves that to the resolvers.
 */
function selfReference<N>(of: Entity<N, never>, key: AnyPgColumn, scope: Scope, parent: AnyPgColumn | SQL, also: Scope | undefined, follows: boolean): Relation {
  if (also) throw new Error(`${of.type}: a rule of the parent on top of a lookup from its own table cannot be told apart from the target's columns`);
  if (follows) throw new Error(`${of.type}: a lookup that follows its key cannot be read from its own table`);
  const name = getTableName(of.table);
  const target = alias(of.table as PgTable, `${name}_target`);
  const keyName = Object.entries(getTableColumns(of.table)).find(([, column]) => column === key)?.[0];
  if (!keyName) throw new Error(`${of.type}: the lookup's key is not a column of ${name}`);
  const targetKey = (target as unknown as Record<string, AnyPgColumn>)[keyName]!;
  return {
    shape: "one",
    type: of.type,
    tables: [target],
    readAs: name,
    rows: (principal: Principal) => ({
      from: sql`(select ${target}.* from ${sql.identifier(name)} ${target} where ${eq(targetKey, parent)}) ${sql.identifier(name)}`,
      where: scope(principal),
    }),
  };
}
