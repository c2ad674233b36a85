import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { vehicleModels } from "./catalog.js";
import { id, timestamps, tstz } from "./columns.js";
import { customers } from "./customers.js";
import { dealers } from "./organisations.js";
import { vehicles } from "./vehicles.js";

export const leadSource = pgEnum("lead_source", ["WEB_FORM", "SHOWROOM", "EVENT", "HOTLINE"]);
/** The sales funnel (src/leads/README.md): WON and LOST close a lead. */
export const leadStatus = pgEnum("lead_status", ["NEW", "CONTACTED", "TEST_DRIVE_BOOKED", "WON", "LOST"]);

/** A prospect's interest in a model, worked by a dealership until it is won (a sale) or lost. */
export const leads = pgTable(
  "leads",
  {
    id: id(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    modelId: uuid("model_id").notNull().references(() => vehicleModels.id),
    dealerId: uuid("dealer_id").references(() => dealers.id),
    source: leadSource("source").notNull(),
    status: leadStatus("status").notNull().default("NEW"),
    message: text("message"),
    testDriveAt: tstz("test_drive_at"),
    lostReason: text("lost_reason"),
    wonVehicleId: uuid("won_vehicle_id").references(() => vehicles.id),
    statusChangedAt: tstz("status_changed_at").notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    index("leads_customer_idx").on(t.customerId),
    index("leads_model_idx").on(t.modelId),
    index("leads_won_vehicle_idx").on(t.wonVehicleId).where(sql`${t.wonVehicleId} is not null`),
    index("leads_dealer_status_idx").on(t.dealerId, t.status),
    index("leads_created_idx").on(t.createdAt, t.id),
    check("leads_lost_reason_ck", sql`${t.status} <> 'LOST' OR ${t.lostReason} IS NOT NULL`),
  ],
);

/** Every move of a lead through the funnel, with who moved it: conversion and response times are read from here. */
export const leadStatusChanges = pgTable(
  "lead_status_changes",
  {
    id: id(),
    leadId: uuid("lead_id").notNull().references(() => leads.id, { onDelete: "cascade" }),
    status: leadStatus("status").notNull(),
    changedBy: text("changed_by").notNull(),
    note: text("note"),
    changedAt: tstz("changed_at").notNull().defaultNow(),
  },
  (t) => [index("lead_status_changes_lead_idx").on(t.leadId, t.changedAt)],
);
