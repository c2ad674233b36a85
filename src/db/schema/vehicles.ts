import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, tstz } from "./columns.js";
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
    ...timestamps(),
  },
  (t) => [
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
