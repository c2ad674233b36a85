import { eq, inArray, or, type SQL } from "drizzle-orm";
import { getTableConfig, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Principal } from "../auth/principal.js";
import type { Database, Executor } from "../db/client.js";
import { customers } from "../db/schema/index.js";
import { notFound } from "../errors.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { audit } from "../audit/audit.service.js";
import { customerTables, type CustomerTable } from "./customer-tables.js";

/** Secrets are not data about the person: the export says that one exists, not what it is. */
const SECRET_COLUMNS = new Set(["password_hash", "token_hash"]);

export const EXPORT_FORMAT = "customer-data-platform/export@1";

export interface CustomerExport {
  format: string;
  customerId: string;
  exportedAt: string;
  /** Rows per table (snake_case column names as in the database), for every table that holds rows about the customer. */
  tables: RowsByTable;
}

/** The profile and every profile merged into it (merges chain), as database ids. */
export async function subjectIds(db: Executor, customerId: string): Promise<string[]> {
  const ids = [customerId];
  for (let frontier = [customerId]; frontier.length > 0; ) {
    const merged = await db.select({ id: customers.id }).from(customers).where(inArray(customers.mergedIntoId, frontier));
    frontier = merged.map((row) => row.id).filter((id) => !ids.includes(id));
    ids.push(...frontier);
  }
  return ids;
}

export type RowsByTable = Record<string, Record<string, unknown>[]>;

/** The rows of one table about these customers: by its customer columns, or by its parent rows already read. */
export function rowsOf(spec: CustomerTable, ids: readonly string[], read: RowsByTable): SQL | undefined {
  if (spec.customerColumns.length > 0) return or(...spec.customerColumns.map((column) => inArray(column, [...ids])));
  const parentIds = [...new Set((read[spec.parent!.name] ?? []).map((row) => row[spec.parent!.parentColumn.name]).filter((v) => v != null))];
  return parentIds.length === 0 ? undefined : inArray(spec.parent!.column, parentIds);
}

/** Every row about these customers, table by table (parents before children). */
export async function rowsAbout(db: Executor, ids: readonly string[]): Promise<RowsByTable> {
  const tables: RowsByTable = {};
  for (const spec of customerTables()) {
    const columns = getTableConfig(spec.table).columns;
    const selection = Object.fromEntries(columns.map((column) => [column.name, column])) as Record<string, AnyPgColumn>;
    const where = rowsOf(spec, ids, tables);
    if (!where) {
      tables[spec.name] = [];
      continue;
    }
    const rows = (await db.select(selection).from(spec.table).where(where)) as Record<string, unknown>[];
    tables[spec.name] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([column, value]) => [column, SECRET_COLUMNS.has(column) && value != null ? "[secret kept, not exported]" : value])),
    );
  }
  return tables;
}

/**
 * Everything held about a customer as one machine-readable document (data portability). Staff may
 * export anyone, a customer only themself (anyone else is NOT_FOUND). Every export is audited.
 */
export async function exportCustomerData(db: Database, principal: Principal, customerGlobalId: string, operation?: string): Promise<CustomerExport> {
  const customerId = expectGlobalId(customerGlobalId, "Customer", "customerId");
  const [customer] = await db.select({ id: customers.id, mergedIntoId: customers.mergedIntoId }).from(customers).where(eq(customers.id, customerId));
  const allowed = principal.role === "ADMIN" || principal.role === "AGENT" || (principal.role === "CUSTOMER" && principal.customerId === customerId);
  if (!customer || !allowed) {
    await audit(db, principal, { action: "EXPORT", targetType: "Customer", targetId: customerId, operation, outcome: "DENIED" });
    throw notFound("Customer", "customerId");
  }
  const ids = await subjectIds(db, customer.id);
  const tables = await rowsAbout(db, ids);
  const rows = Object.values(tables).reduce((sum, list) => sum + list.length, 0);
  await audit(db, principal, { action: "EXPORT", targetType: "Customer", targetId: customer.id, operation, details: { profiles: ids.length, rows } });
  return { format: EXPORT_FORMAT, customerId: toGlobalId("Customer", customer.id), exportedAt: new Date().toISOString(), tables };
}
