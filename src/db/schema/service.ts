import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { products } from "./catalog.js";
import { id, sourceHistory, sourceRevision, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";
import { dealers } from "./organisations.js";
import { vehicles } from "./vehicles.js";

export const serviceKind = pgEnum("service_kind", ["MAINTENANCE", "REPAIR", "WARRANTY", "RECALL"]);

/** Work done on a vehicle by a repair station. */
export const serviceRecords = pgTable(
  "service_records",
  {
    id: id(),
    vehicleId: uuid("vehicle_id").notNull().references(() => vehicles.id),
    /** The owner at the time of the visit: keeps the 360° view on one shard and one index. */
    customerId: uuid("customer_id").references(() => customers.id),
    dealerId: uuid("dealer_id").notNull().references(() => dealers.id),
    kind: serviceKind("kind").notNull(),
    mileageKm: integer("mileage_km").notNull(),
    performedAt: tstz("performed_at").notNull(),
    totalMinor: integer("total_minor").notNull().default(0),
    currency: text("currency").notNull().default("CNY"),
    technicianNotes: text("technician_notes"),
    /** The source system a historical visit was imported from, with the visit's id there; null for work recorded on the platform. */
    source: text("source"),
    sourceVisitId: text("source_visit_id"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("service_records_source_visit_uq").on(t.source, t.sourceVisitId),
    index("service_records_vehicle_idx").on(t.vehicleId, t.performedAt),
    index("service_records_customer_idx").on(t.customerId, t.performedAt),
    index("service_records_dealer_idx").on(t.dealerId, t.performedAt),
    check("service_records_total_ck", sql`${t.totalMinor} >= 0`),
    check("service_records_mileage_ck", sql`${t.mileageKm} >= 0`),
  ],
);

export const serviceItemKind = pgEnum("service_item_kind", ["PART", "LABOUR"]);

export const serviceItems = pgTable(
  "service_items",
  {
    id: id(),
    serviceRecordId: uuid("service_record_id")
      .notNull()
      .references(() => serviceRecords.id, { onDelete: "cascade" }),
    kind: serviceItemKind("kind").notNull(),
    description: text("description").notNull(),
    productId: uuid("product_id").references(() => products.id),
    quantity: integer("quantity").notNull().default(1),
    unitPriceMinor: integer("unit_price_minor").notNull(),
    totalMinor: integer("total_minor").notNull(),
  },
  (t) => [
    index("service_items_record_idx").on(t.serviceRecordId),
    index("service_items_product_idx").on(t.productId),
    check("service_items_quantity_ck", sql`${t.quantity} > 0`),
    check("service_items_money_ck", sql`${t.unitPriceMinor} >= 0 AND ${t.totalMinor} >= 0`),
  ],
);

export const appointmentStatus = pgEnum("appointment_status", ["BOOKED", "CANCELLED", "COMPLETED", "NO_SHOW"]);

export const serviceAppointments = pgTable(
  "service_appointments",
  {
    id: id(),
    vehicleId: uuid("vehicle_id").notNull().references(() => vehicles.id),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    dealerId: uuid("dealer_id").notNull().references(() => dealers.id),
    scheduledAt: tstz("scheduled_at").notNull(),
    status: appointmentStatus("status").notNull().default("BOOKED"),
    purpose: text("purpose").notNull(),
    serviceRecordId: uuid("service_record_id").references(() => serviceRecords.id),
    ...timestamps(),
  },
  (t) => [
    index("service_appointments_vehicle_idx").on(t.vehicleId),
    index("service_appointments_customer_idx").on(t.customerId, t.scheduledAt),
    index("service_appointments_dealer_idx").on(t.dealerId, t.scheduledAt),
    index("service_appointments_record_idx").on(t.serviceRecordId),
  ],
);

/**
 * A historical service visit as a source system sent it (`ingestServiceVisits`), keyed by the
 * source's own visit id; like `source_orders`: the service record it becomes hangs on the
 * profile the person's source record belongs to now (or on no profile until it arrives).
 */
export const sourceServiceVisits = pgTable(
  "source_service_visits",
  {
    id: id(),
    visitId: text("visit_id").notNull(),
    serviceRecordId: uuid("service_record_id").references(() => serviceRecords.id, { onDelete: "set null" }),
    ...sourceHistory(),
  },
  (t) => [
    uniqueIndex("source_service_visits_visit_uq").on(t.source, t.visitId),
    index("source_service_visits_person_idx").on(t.source, t.personSourceId),
    index("source_service_visits_record_idx").on(t.serviceRecordId),
  ],
);

/** Earlier versions of a source's service visit, kept when it sends a change or deletes it. */
export const sourceServiceVisitRevisions = pgTable(
  "source_service_visit_revisions",
  {
    sourceVisitId: uuid("source_visit_id")
      .notNull()
      .references(() => sourceServiceVisits.id, { onDelete: "cascade" }),
    ...sourceRevision(),
  },
  (t) => [primaryKey({ columns: [t.sourceVisitId, t.revision] })],
);
