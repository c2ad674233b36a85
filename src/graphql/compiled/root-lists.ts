import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Principal } from "../../auth/principal.js";
import { filterValue } from "./compile.js";
import { filterShape, type FilterValues, type ValueShapes } from "./filters.js";
import type { KeysetColumn, RootList } from "./projection.js";

type Args = Record<string, unknown>;

/**
 * A root connection (orders, vehicles, dealers...) declared from what its resolver uses: the
 * same conditions function (`where`, the domain service's, given the filter and how to read its
 * values) and the same ordering and keyset. The statement's shape is the ordering and
 * `filterShape` of the filter; every filter value is a parameter read from each request's
 * filter, and a value the service refuses (a malformed id, a range the wrong way round) refuses
 * the request's binding, so that the resolver answers with its error.
 */
export function rootList<F extends object>(list: {
  type: string;
  table: PgTable;
  /** The listed row's id (the audit of who was read). */
  idColumn: AnyPgColumn;
  keys: (args: Args) => { ordering: string; keys: KeysetColumn[] };
  where: (principal: Principal, filter: F | null | undefined, value: FilterValues<F>) => SQL | undefined;
  /** Filter fields whose value, not only whether it is given, decides the SQL. */
  valueShapes?: ValueShapes<F>;
  /** Only these roles may list it (the resolver's @Authorized): any other is left to the resolver's FORBIDDEN. */
  roles?: Principal["role"][];
}): RootList {
  const filterOf = (args: Args) => args.filter as F | null | undefined;
  return {
    type: list.type,
    table: list.table,
    idColumn: list.idColumn,
    shape: (args) => [list.keys(args).ordering, filterShape(filterOf(args), list.valueShapes)],
    keys: list.keys,
    rows: (principal, args, param) =>
      list.roles && !list.roles.includes(principal.role)
        ? null
        : {
            from: sql`${list.table}`,
            where: list.where(principal, filterOf(args), (read) => param((request) => filterValue(() => read(filterOf(request)!)))),
          },
  };
}
