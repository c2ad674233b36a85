import { asTableRows, idIn } from "../db/patterns.js";
import DataLoader from "dataloader";
import { and, count, getTableColumns, getTableName, lte, sql, Subquery, type Placeholder, type SQL } from "drizzle-orm";
import { PgDialect, type AnyPgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import { byIds } from "./loader.js";
import { markedPrincipal } from "./principal-shape.js";
import type { Database } from "../db/client.js";
import { keysetOrder, keysetPredicate, pageWindow, toConnection, type ConnectionArgs, type PageWindow, type ConnectionShape, type KeysetKey } from "./connection.js";

/** How rows name their parent. */
export interface ParentSide {
  /** The column naming the parent: on the row (orders.customer_id) or on the `link`. */
  parent: AnyPgColumn;
  /**
   * Where rows and parents are linked through another table (a dealer's customers through
   * dealer_relationships): a subquery with one row per (parent, row) pair, joined `on` the row.
   */
  link?: { from: Subquery; on: SQL };
}

export interface NestedConnectionSpec<R, N, F> extends ParentSide {
  db: Database;
  table: PgTable;
  principal: Principal;
  /**
   * The scope on this table for a principal, from the domain's policy. A function, not the
   * caller's predicate: first pages run a statement shared by every principal of the role
   * (graphql/loader.ts, byIds), built for a stand-in whose tenant id is bound per execution.
   */
  scope: (principal: Principal) => SQL | undefined;
  ordering: string;
  keys: KeysetKey<R>[];
  /** Extra conditions from a per-field filter argument. */
  filter?: (filter: F) => SQL | undefined;
  toNode: (row: R) => N;
  cache?: boolean;
  /**
   * The rows are a derived table read under the table's name (the timeline: a UNION of its
   * sources, each in its own table's scope), built for a principal and the parents asked:
   * `parents(column)` is the condition each part puts on its own parent column, so that every
   * part reads its index for those parents only.
   */
  source?: (principal: Principal, parents: (column: AnyPgColumn | SQL) => SQL) => SQL;
}

interface Request<F> {
  parentId: string;
  args: ConnectionArgs;
  filter?: F | null;
}

/**
 * A connection nested under many parents (e.g. `orders(first: 5)` on each of 50 customers),
 * fetched in ONE statement per distinct argument set: rows are numbered per parent with
 * row_number() over (partition by parent order by keyset) and cut at first+1. A batch with a
 * single parent needs no window: it reads the keyset index with a plain LIMIT. Counts are a
 * second, lazy grouped statement, run only when some parent asks for totalCount.
 */
export function nestedConnectionLoader<R, N, F = never>(spec: NestedConnectionSpec<R, N, F>) {
  const parentKey = sql<string>`${spec.parent}`.as("parent_key");
  const callerScope = spec.scope(spec.principal);
  const rowsOf = (principal: Principal, ids: Iterable<string> | Placeholder<"ids">) =>
    spec.source ? asTableRows(spec.table, spec.source(principal, (column) => idIn(column, ids))) : spec.table;
  const source = <Q extends { innerJoin: (from: Subquery, on: SQL) => Q }>(query: Q): Q => (spec.link ? query.innerJoin(spec.link.from, spec.link.on) : query);

  // Keyed by the filter itself, not its JSON: a JSON round trip would turn its dates into strings.
  const countLoader = new DataLoader<{ parentId: string; filter: F | null }, number, string>(
    async (keys) => {
      const groups = groupBy([...keys], (k) => JSON.stringify(k.filter ?? null));
      const counts = new Map<string, number>();
      for (const [, members] of groups) {
        const filter = members[0]!.filter;
        const rows = await source(spec.db.select({ parentId: parentKey, n: count() }).from(rowsOf(spec.principal, members.map((m) => m.parentId))).$dynamic())
          .where(and(idIn(spec.parent, members.map((m) => m.parentId)), callerScope, filter ? spec.filter?.(filter) : undefined))
          .groupBy(spec.parent);
        for (const row of rows) counts.set(JSON.stringify({ parentId: row.parentId, filter: filter ?? null }), row.n);
      }
      return keys.map((key) => counts.get(JSON.stringify({ parentId: key.parentId, filter: key.filter ?? null })) ?? 0);
    },
    { cacheKeyFn: (key) => JSON.stringify({ parentId: key.parentId, filter: key.filter ?? null }), cache: spec.cache ?? true },
  );

  const build = (ids: Iterable<string> | Placeholder<"ids">, principal: Principal, single: boolean, window: PageWindow, filter: F | null | undefined) => {
    const after = keysetPredicate(spec.keys, window, window.forward ? "after" : "before");
    const order = keysetOrder(spec.keys, window);
    const where = and(idIn(spec.parent, ids), spec.scope(principal), after, filter ? spec.filter?.(filter) : undefined);
    const columns = { ...getTableColumns(spec.table), parentKey };
    const rows = rowsOf(principal, ids);
    if (single) return source(spec.db.select(columns).from(rows).$dynamic()).where(where).orderBy(...order).limit(window.limit + 1);
    const rowNumber = sql<number>`row_number() over (partition by ${spec.parent} order by ${sql.join(order, sql`, `)})`.as("row_number");
    const numbered = source(spec.db.select({ ...columns, rowNumber }).from(rows).$dynamic()).where(where).as("numbered");
    return spec.db.select().from(numbered).where(lte(numbered.rowNumber, window.limit + 1)).orderBy(numbered.rowNumber);
  };

  // First pages without a filter (what nested lists ask for) run a statement built once per
  // shape and role; pages after a cursor or with a filter are built each time. The key holds the
  // scope as built for the role's stand-in: two loaders over one table differ by it.
  let shapeKey: string | undefined;
  const statementKey = (single: boolean, window: PageWindow) => {
    shapeKey ??= [
      getTableName(spec.table),
      spec.source ? "derived" : "",
      spec.link ? `${(spec.link.from as unknown as { _: { alias: string } })._.alias}` : "",
      spec.parent.name,
      spec.ordering,
      JSON.stringify(dialect.sqlToQuery(spec.scope(markedPrincipal(spec.principal.role)) ?? sql``)),
    ].join("|");
    return `nested|${shapeKey}|${single ? "one" : "many"}|${window.forward ? "first" : "last"}|${window.limit}`;
  };

  const fetchRows = async (parentIds: Set<string>, window: PageWindow, filter: F | null | undefined): Promise<(R & { parentKey: string })[]> => {
    const single = parentIds.size === 1;
    const rows = window.cursor || filter
      ? await build(parentIds, spec.principal, single, window, filter)
      : await byIds(spec.db, statementKey(single, window), spec.principal, parentIds, (ids, principal) => build(ids, principal, single, window, undefined));
    return rows as unknown as (R & { parentKey: string })[];
  };

  const pageLoader = new DataLoader<Request<F>, ConnectionShape<N>, string>(
    async (requests) => {
      const groups = groupBy([...requests], (r) => JSON.stringify([r.args, r.filter ?? null]));
      const results = new Map<Request<F>, ConnectionShape<N>>();
      for (const [, members] of groups) {
        const { args, filter } = members[0]!;
        const window = pageWindow(args, spec.ordering, spec.keys.length);
        const rowsByParent = new Map<string, R[]>();
        if (window.limit > 0) {
          for (const row of await fetchRows(new Set(members.map((m) => m.parentId)), window, filter)) {
            const list = rowsByParent.get(row.parentKey);
            if (list) list.push(row);
            else rowsByParent.set(row.parentKey, [row]);
          }
        }
        for (const member of members) {
          const countKey = { parentId: member.parentId, filter: member.filter ?? null };
          const fetched = rowsByParent.get(member.parentId) ?? [];
          results.set(member, toConnection(window, fetched, spec.ordering, (row) => spec.keys.map((k) => k.value(row)), spec.toNode, () => countLoader.load(countKey)));
        }
      }
      return requests.map((r) => results.get(r)!);
    },
    { cacheKeyFn: (r) => JSON.stringify([r.parentId, r.args, r.filter ?? null]), cache: spec.cache ?? true },
  );

  return {
    load(parentId: string, args: ConnectionArgs, filter?: F | null): Promise<ConnectionShape<N>> {
      // Bad paging arguments fail this field alone, before they join a batch.
      pageWindow(args, spec.ordering, spec.keys.length);
      return pageLoader.load({ parentId, args: { first: args.first, after: args.after, last: args.last, before: args.before }, filter });
    },
  };
}

/** Renders scope predicates into statement keys (no database needed). */
const dialect = new PgDialect();

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
