import DataLoader from "dataloader";
import { is, Param, Placeholder, sql } from "drizzle-orm";
import { Gauge, type Registry } from "prom-client";
import { principalOfRole, tenantIdOf, type Principal } from "../auth/principal.js";
import { preparedStatement, preparedStatementCount, type Preparable } from "../db/prepared.js";
import { markedPrincipal, mentionsMarker, SUBJECT_MARKER, TENANT_MARKER } from "./principal-shape.js";

/**
 * A request-scoped loader keyed by id: one statement per batch, results mapped back by key
 * (a Map, never by position) so that missing or out-of-scope rows come back as null.
 */
export function byKeyLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
  options: { cache?: boolean } = {},
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const found = new Map<K, V>();
      for (const value of await fetch(keys)) found.set(keyOf(value), value);
      return keys.map((key) => found.get(key) ?? null);
    },
    { cache: options.cache ?? true },
  );
}

/** Builds a loader statement for a principal; it must use no other principal than the one given. */
export type LoaderStatement<T> = (ids: Placeholder<"ids">, principal: Principal) => Preparable<T>;

/**
 * A loader statement shared by every principal of a role: built once per loader and role, with
 * the caller's tenant id (dealership, supplier, own customer record, carrier) bound at each
 * execution, so ten thousand signed-in customers cost one statement, not ten thousand. `build`
 * gets the principal to build with: a stand-in whose tenant id is a placeholder. It lives here,
 * not in db/, because the key is a principal's shape: the database layer knows no principals.
 */
export async function byIds<T>(db: object, name: string, principal: Principal, ids: Iterable<string>, build: LoaderStatement<T>): Promise<T> {
  const tenant = tenantIdOf(principal);
  const statement = preparedStatement(db, `${name}|${principal.role}`, (idList) => shapedStatement(name, principal, idList, build));
  return statement.execute(tenant === undefined ? { ids: [...ids] } : { ids: [...ids], tenant });
}

const TENANT: Placeholder<"tenant"> = sql.placeholder("tenant");
const isTenantPlaceholder = (param: unknown): boolean =>
  (is(param, Placeholder) && param.name === TENANT.name) || (is(param, Param) && is(param.value, Placeholder) && param.value.name === TENANT.name);

// Bigint parameters would make JSON.stringify throw; undefined would make it answer nothing.
const textOf = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? String(v) : v)) ?? String(value)));

/**
 * Builds the statement twice: for a principal whose ids are markers, to prove that its text
 * depends on the role alone and the tenant id only as a whole bound value, and then with the
 * tenant id a placeholder, which is the statement kept. A statement that inlines a marker, or the
 * caller's own ids (a `build` that closed over the request's principal), is refused loudly: cached,
 * it would serve one person's scope to everyone of the role.
 */
function shapedStatement<T>(name: string, caller: Principal, ids: Placeholder<"ids">, build: LoaderStatement<T>): Preparable<T> {
  const marked = build(ids, markedPrincipal(caller.role)).toSQL();
  const bound = build(ids, principalOfRole(caller.role, SUBJECT_MARKER, TENANT as unknown as string));
  const { sql: text, params } = bound.toSQL();
  const callerTenant = tenantIdOf(caller);
  const ofCaller = (value: unknown) => (callerTenant !== undefined && textOf(value).includes(callerTenant)) || (caller.subject !== null && value === caller.subject);
  const consistent =
    text === marked.sql &&
    params.length === marked.params.length &&
    marked.params.every((fixed, i) => (fixed === TENANT_MARKER ? isTenantPlaceholder(params[i]) : !mentionsMarker(textOf(fixed)) && !ofCaller(fixed) && textOf(fixed) === textOf(params[i])));
  if (!consistent || mentionsMarker(text) || ofCaller(text)) {
    throw new Error(`loader statement ${name} depends on the principal other than through its role and a bound tenant id: it cannot be shared by role`);
  }
  return bound;
}

/** The loader statements built for `db`, as a gauge: it should level off at the number of statement shapes. */
export function loaderStatementsMetric(db: object, metrics: Registry): void {
  new Gauge({
    name: "loader_statements_cached",
    help: "Loader statements built and kept for reuse (one per loader and scope shape)",
    registers: [metrics],
    collect() {
      this.set(preparedStatementCount(db));
    },
  });
}
