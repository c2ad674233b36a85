import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../src/db/schema/index.js";

/**
 * docs/sharding.md distributes the customer-owned tables by `customer_id` (Citus). That stays
 * possible only while every table whose rows belong to one customer says which, in that column.
 * Read from the drizzle schema: a table is customer-owned when a chain of foreign keys leads from
 * it to `customers`. The ones without `customer_id` are listed here with why; the list can only
 * shrink (a new table that belongs to a customer must carry the column).
 */
const WITHOUT_CUSTOMER_ID: Record<string, string> = {
  // Keyed by a customer id under other names: distributed by that column.
  customer_merges: "survivor_id is the customer whose shard holds the merge record (merged_id is the other side)",
  // Children reached only through a customer-owned parent. Step 1 of the plan adds customer_id to
  // each (filled from the parent, part of the primary key and of the composite foreign key).
  order_lines: "child of orders (order_id)",
  payments: "child of orders (order_id)",
  refunds: "child of orders and returns",
  return_lines: "child of returns",
  shipment_lines: "child of shipments",
  tracking_events: "child of shipments (range-partitioned by month of the parcel, its v7 shipment_id: the plan keeps that partition key inside each shard)",
  case_comments: "child of cases",
  lead_status_changes: "child of leads",
  service_items: "child of service_records",
  webhook_deliveries: "child of outbox_events (one event's delivery to one endpoint)",
  // Provenance of imported rows, keyed by the source system's ids; each points at the row it made.
  source_orders: "provenance of an imported order (order_id)",
  source_order_revisions: "revisions of source_orders",
  source_interactions: "provenance of an imported interaction (interaction_id)",
  source_interaction_revisions: "revisions of source_interactions",
  source_service_visits: "provenance of an imported service visit (service_record_id)",
  source_service_visit_revisions: "revisions of source_service_visits",
  source_vehicle_sales: "provenance of an imported vehicle sale (ownership_id)",
  source_vehicle_sale_revisions: "revisions of source_vehicle_sales",
};

const tables = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => value instanceof PgTable)
  .map((table) => getTableConfig(table));
const byName = new Map(tables.map((table) => [table.name, table]));
const referenced = (name: string) => byName.get(name)!.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name);

/** Tables from which a chain of foreign keys reaches `customers`. */
function customerOwned(): string[] {
  const owned = new Set<string>();
  const reaches = (name: string, seen: Set<string>): boolean => {
    if (owned.has(name)) return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return referenced(name).some((target) => target === "customers" || reaches(target, seen));
  };
  for (const table of tables) if (table.name !== "customers" && reaches(table.name, new Set())) owned.add(table.name);
  return [...owned].sort();
}

describe("sharding by customer stays possible (docs/sharding.md)", () => {
  it("finds the customer-owned tables from the schema's foreign keys", () => {
    const owned = customerOwned();
    // The core of the model, so that a broken walk cannot pass the next test vacuously.
    expect(owned).toEqual(expect.arrayContaining(["orders", "order_lines", "customer_emails", "interactions", "cases", "vehicle_ownerships", "identity_links", "tracking_events"]));
    expect(owned).not.toEqual(expect.arrayContaining(["products"]));
    expect(owned.filter((name) => ["products", "dealers", "vehicles", "vehicle_models", "carriers", "suppliers", "product_categories"].includes(name))).toEqual([]);
  });

  it("gives every customer-owned table a customer_id column, but for the listed exceptions", () => {
    const missing = customerOwned().filter((name) => !byName.get(name)!.columns.some((column) => column.name === "customer_id"));
    expect(missing).toEqual(Object.keys(WITHOUT_CUSTOMER_ID).sort());
  });

  it("has every listed exception still in the schema and still customer-owned (the list only shrinks)", () => {
    const owned = new Set(customerOwned());
    expect(Object.keys(WITHOUT_CUSTOMER_ID).filter((name) => !owned.has(name))).toEqual([]);
  });

  it("keeps customer_id NOT NULL (Citus refuses NULL in the distribution column) but where the plan says how to fill it", () => {
    const nullable = tables.filter((table) => table.columns.some((column) => column.name === "customer_id" && !column.notNull)).map((table) => table.name);
    // service_records: a visit of a vehicle whose owner is unknown; activity_events: an anonymous
    // visitor's events until they sign in; outbox_events: events about no customer (a segment, a
    // shipment's carrier). docs/sharding.md, step 1, says how each is filled or kept apart.
    expect(nullable.sort()).toEqual(["activity_events", "outbox_events", "service_records"]);
  });

  it("indexes customer_id first in every table that has it (each shard's rows of one customer found by index)", () => {
    const unindexed = tables
      .filter((table) => table.columns.some((column) => column.name === "customer_id"))
      .filter((table) => {
        const leading = [
          ...table.indexes.map((index) => index.config.columns[0]),
          ...table.primaryKeys.map((key) => key.columns[0]),
          ...table.uniqueConstraints.map((unique) => unique.columns[0]),
        ].map((column) => (column && "name" in column ? column.name : undefined));
        const primary = table.columns.some((column) => column.name === "customer_id" && column.primary);
        return !primary && !leading.includes("customer_id");
      })
      .map((table) => table.name);
    expect(unindexed).toEqual([]);
  });
});
