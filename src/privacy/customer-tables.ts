import { getTableName, is } from "drizzle-orm";
import { getTableConfig, PgTable, type AnyPgColumn } from "drizzle-orm/pg-core";
import * as schema from "../db/schema/index.js";

/** How the rows of one table belong to a customer: a column naming the customer, or a column naming a row that does. */
export interface CustomerTable {
  table: PgTable;
  name: string;
  /** Columns that reference customers.id directly (customer_id, original_customer_id, survivor_id, ...). */
  customerColumns: AnyPgColumn[];
  /** Otherwise: the column pointing at a parent table's rows of this customer. */
  parent?: { name: string; column: AnyPgColumn; parentColumn: AnyPgColumn };
}

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

/**
 * Rows that are not owned through a customer_id but are about the customer all the same: the
 * vehicles they own and the source records linked to them. Their children follow from the FKs.
 */
const OWNED_THROUGH = [
  { table: schema.vehicles, column: schema.vehicles.id, from: "vehicle_ownerships", fromColumn: schema.vehicleOwnerships.vehicleId },
  { table: schema.sourceRecords, column: schema.sourceRecords.id, from: "identity_links", fromColumn: schema.identityLinks.sourceRecordId },
];

/**
 * Every table holding rows about a customer, in an order where each parent comes before its
 * children — derived from the schema's foreign keys, so a new table joins the export (and the
 * erasure's coverage check) by referencing customers or one of these tables.
 */
export function customerTables(): CustomerTable[] {
  const result: CustomerTable[] = [];
  const included = new Set<string>();
  const customersTable = getTableName(schema.customers);
  for (const table of tables) {
    const name = getTableName(table);
    const config = getTableConfig(table);
    const customerColumns = config.foreignKeys
      .map((fk) => fk.reference())
      .filter((ref) => getTableName(ref.foreignTable) === customersTable && ref.columns.length === 1)
      .map((ref) => ref.columns[0]!);
    if (name === customersTable) result.push({ table, name, customerColumns: [schema.customers.id] });
    else if (customerColumns.length > 0) result.push({ table, name, customerColumns });
    else continue;
    included.add(name);
  }
  for (const owned of OWNED_THROUGH) {
    result.push({ table: owned.table, name: getTableName(owned.table), customerColumns: [], parent: { name: owned.from, column: owned.column, parentColumn: owned.fromColumn } });
    included.add(getTableName(owned.table));
  }
  // Children of included tables, until nothing new joins (order lines, tracking events, comments, ...).
  for (let grew = true; grew; ) {
    grew = false;
    for (const table of tables) {
      const name = getTableName(table);
      if (included.has(name)) continue;
      const ref = getTableConfig(table)
        .foreignKeys.map((fk) => fk.reference())
        .find((r) => included.has(getTableName(r.foreignTable)) && r.columns.length === 1);
      if (!ref) continue;
      result.push({ table, name, customerColumns: [], parent: { name: getTableName(ref.foreignTable), column: ref.columns[0]!, parentColumn: ref.foreignColumns[0]! } });
      included.add(name);
      grew = true;
    }
  }
  return result;
}
