import { LRUCache } from "lru-cache";
import { sql, type Placeholder } from "drizzle-orm";

/** The id list of a statement built once: bound to `ids` at each execution. */
export type IdList = Iterable<string> | Placeholder<"ids">;

/** Values bound at each execution: the ids, and the caller's tenant id where the statement's scope has one. */
export interface Executable<T> {
  execute(values: { ids: string[]; tenant?: string }): Promise<T>;
}
/** A drizzle query builder: its SQL can be inspected before it is prepared. */
export interface Preparable<T> {
  prepare(name: string): Executable<T>;
  toSQL(): { sql: string; params: unknown[] };
}

/**
 * Statements per database handle. Keys name statement shapes (a loader and a role), so the count
 * stays in the tens; the bound only guards against a caller that keys by something unbounded.
 */
const built = new WeakMap<object, LRUCache<string, Executable<unknown>>>();

/**
 * A statement over a list of ids, built by drizzle once per `key` and then only executed:
 * building the SQL text was the largest share of the server's CPU on the 360° view. The key must
 * name everything the statement's text and fixed values depend on besides what is bound at
 * execution (the ids, a tenant id); in PostgreSQL the text stays one prepared statement per
 * connection as well.
 */
export function preparedStatement<T>(db: object, key: string, build: (ids: Placeholder<"ids">) => Pick<Preparable<T>, "prepare">): Executable<T> {
  let statements = built.get(db);
  if (!statements) {
    statements = new LRUCache({ max: 1_000 });
    built.set(db, statements);
  }
  let statement = statements.get(key) as Executable<T> | undefined;
  if (!statement) {
    statement = build(sql.placeholder("ids")).prepare(`s${statements.size}`);
    statements.set(key, statement);
  }
  return statement;
}

/** How many statements are built for `db` (a gauge in /metrics: it should track statement shapes, not callers). */
export const preparedStatementCount = (db: object): number => built.get(db)?.size ?? 0;
