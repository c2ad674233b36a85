import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, sourceHistory, sourceRevision, timestamps, tstz } from "./columns.js";
import { vehicleModels } from "./catalog.js";
import { customers } from "./customers.js";
import { dealers } from "./organisations.js";

export const vehicles = pgTable(
  "vehicles",
  {
    id: id(),
    vin: text("vin").notNull().unique(),
    modelId: uuid("model_id").notNull().references(() => vehicleModels.id),
    modelYear: integer("model_year").notNull(),
    color: text("color"),
    plate: text("plate"),
    mileageKm: integer("mileage_km").notNull().default(0),
    warrantyEndsOn: date("warranty_ends_on", { mode: "string" }),
    ...timestamps(),
  },
  (t) => [
    index("vehicles_model_idx").on(t.modelId),
    check("vehicles_vin_ck", sql`length(${t.vin}) = 17`),
    check("vehicles_mileage_ck", sql`${t.mileageKm} >= 0`),
  ],
);

export const ownershipRole = pgEnum("ownership_role", ["OWNER", "DRIVER", "LESSEE"]);

/** Who owned or drove a vehicle, from when to when; history is never overwritten. */
export const vehicleOwnerships = pgTable(
  "vehicle_ownerships",
  {
    id: id(),
    vehicleId: uuid("vehicle_id").notNull().references(() => vehicles.id),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    role: ownershipRole("role").notNull().default("OWNER"),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    sellingDealerId: uuid("selling_dealer_id").references(() => dealers.id),
    /** The source system a historical sale was imported from, with the sale's id there; null for a sale recorded on the platform. */
    source: text("source"),
    sourceSaleId: text("source_sale_id"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("vehicle_ownerships_source_sale_uq").on(t.source, t.sourceSaleId),
    index("vehicle_ownerships_vehicle_idx").on(t.vehicleId, t.startedOn),
    index("vehicle_ownerships_customer_idx").on(t.customerId),
    index("vehicle_ownerships_dealer_idx").on(t.sellingDealerId),
    check("vehicle_ownerships_period_ck", sql`${t.endedOn} IS NULL OR ${t.endedOn} >= ${t.startedOn}`),
  ],
);

export const mileageReadings = pgTable(
  "mileage_readings",
  {
    id: id(),
    vehicleId: uuid("vehicle_id").notNull().references(() => vehicles.id),
    km: integer("km").notNull(),
    readAt: tstz("read_at").notNull(),
    source: text("source").notNull(),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("mileage_readings_vehicle_idx").on(t.vehicleId, t.readAt),
    check("mileage_readings_km_ck", sql`${t.km} >= 0`),
  ],
);

/**
 * A historical vehicle sale (an ownership period) as a source system sent it
 * (`ingestVehicleSales`), keyed by the source's own sale id; like `source_orders`: the ownership
 * row it becomes hangs on the profile the buyer's source record belongs to now, and is built only
 * once that record is known.
 */
export const sourceVehicleSales = pgTable(
  "source_vehicle_sales",
  {
    id: id(),
    saleId: text("sale_id").notNull(),
    ownershipId: uuid("ownership_id").references(() => vehicleOwnerships.id, { onDelete: "set null" }),
    ...sourceHistory(),
  },
  (t) => [
    uniqueIndex("source_vehicle_sales_sale_uq").on(t.source, t.saleId),
    index("source_vehicle_sales_person_idx").on(t.source, t.personSourceId),
    index("source_vehicle_sales_ownership_idx").on(t.ownershipId),
  ],
);

/** Earlier versions of a source's vehicle sale, kept when it sends a change or deletes it. */
export const sourceVehicleSaleRevisions = pgTable(
  "source_vehicle_sale_revisions",
  {
    recordId: uuid("record_id")
      .notNull()
      .references(() => sourceVehicleSales.id, { onDelete: "cascade" }),
    ...sourceRevision(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.revision] })],
);
