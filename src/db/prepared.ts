import { LRUCache } from "lru-cache";
import { sql, type Placeholder } from "drizzle-orm";

/** The id list of a statement built once: bound to `ids` at each execution. */
export type IdList = Iterable<string> | Placeholder<"ids">;

export interface Executable<T> {
  execute(values: { ids: string[] }): Promise<T>;
}
export interface Preparable<T> {
  prepare(name: string): Executable<T>;
}

/** Statements per database handle; bounded because tenant principals each get their own. */
const built = new WeakMap<object, LRUCache<string, Executable<unknown>>>();

/**
 * A statement over a list of ids, built by drizzle once per `key` and then only executed:
 * building the SQL text was the largest share of the server's CPU on the 360° view. The key must
 * name everything the statement's text and bound values depend on besides the ids; in
 * PostgreSQL the text stays one prepared statement per connection as well.
 */
export function preparedStatement<T>(db: object, key: string, build: (ids: Placeholder<"ids">) => Preparable<T>): Executable<T> {
  let statements = built.get(db);
  if (!statements) {
    statements = new LRUCache({ max: 5_000 });
    built.set(db, statements);
  }
  let statement = statements.get(key) as Executable<T> | undefined;
  if (!statement) {
    statement = build(sql.placeholder("ids")).prepare(`s${statements.size}`);
    statements.set(key, statement);
  }
  return statement;
}
