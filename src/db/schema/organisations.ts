import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns.js";

/** A dealership: sells vehicles, runs a repair station, or both. */
export const dealers = pgTable(
  "dealers",
  {
    id: id(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    sells: boolean("sells").notNull().default(true),
    repairs: boolean("repairs").notNull().default(false),
    city: text("city").notNull(),
    province: text("province").notNull(),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    phone: text("phone"),
    /** How many vehicles the repair station works on at once: the appointments one time slot takes. */
    serviceBays: integer("service_bays").notNull().default(4),
    ...timestamps(),
  },
  (t) => [
    index("dealers_city_idx").on(t.city),
    index("dealers_name_idx").on(t.name),
    index("dealers_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("dealers_code_trgm_idx").using("gin", sql`${t.code} gin_trgm_ops`),
    check("dealers_service_bays_ck", sql`${t.serviceBays} >= 1`),
  ],
);

/** A manufacturer whose products the platform sells. */
export const suppliers = pgTable("suppliers", {
  id: id(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  country: text("country").notNull(),
  ...timestamps(),
});

/** A parcel carrier whose couriers post tracking events. */
export const carriers = pgTable("carriers", {
  id: id(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  ...timestamps(),
});
