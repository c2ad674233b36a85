import { asc, sql } from "drizzle-orm";
import { leads, leadStatusChanges } from "../db/schema/index.js";
import type { KeysetKey } from "../graphql/connection.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { globalId, key } from "../graphql/declare/fields.js";
import { list, one, relations } from "../graphql/declare/relations.js";
import { dealerLookup } from "../organisations/organisations.declaration.js";
import { modelLookup } from "../vehicles/vehicles.declaration.js";
import { leadScope } from "./leads.policy.js";
import { Lead, LeadStatusChange } from "./leads.types.js";

/** A lead, its model, dealership and funnel history, each field declared once (graphql/declare). */
export const leadEntity = entity(Lead, leads, {
  id: globalId("Lead", leads.id),
  dbId: key(leads.id),
  customerDbId: key(leads.customerId),
  modelDbId: key(leads.modelId),
  dealerDbId: key(leads.dealerId),
  ...columns(leads, ["source", "status", "message", "lostReason"]),
  ...instants(leads, ["testDriveAt", "createdAt", "statusChangedAt"]),
});

export const leadStatusChangeEntity = entity(LeadStatusChange, leadStatusChanges, {
  leadDbId: key(leadStatusChanges.leadId),
  ...columns(leadStatusChanges, ["status", "changedBy", "note"]),
  ...instants(leadStatusChanges, ["changedAt"]),
});

export type LeadRow = typeof leads.$inferSelect;
export const toLead = leadEntity.toNode;

/** Newest first: the portal's inbox (the cursor's ordering name, shared by both read paths). */
export const LEAD_ORDERING = "CREATED_AT_DESC";
export const LEAD_KEYS: KeysetKey<LeadRow>[] = [
  { column: leads.createdAt, direction: "DESC", value: (r) => r.createdAt },
  { column: leads.id, direction: "DESC", value: (r) => r.id },
];

export const leadRelations = relations("Lead", {
  model: one(modelLookup, leads.modelId),
  dealer: one(dealerLookup, leads.dealerId),
  // Oldest first: the funnel in the order it was walked. Scoped by the lead's own policy.
  history: list(leadStatusChangeEntity, {
    key: leadStatusChanges.leadId,
    parent: leads.id,
    scope: (principal) => {
      const scope = leadScope(principal);
      return scope ? sql`exists (select 1 from ${leads} where ${leads.id} = ${leadStatusChanges.leadId} and ${scope})` : undefined;
    },
    orderBy: [asc(leadStatusChanges.changedAt), asc(leadStatusChanges.id)],
  }),
});
