import { leads } from "../db/schema/index.js";
import type { RootList, TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { customerById } from "../customers/customers.declaration.js";
import { LEAD_KEYS, LEAD_ORDERING, leadEntity, leadRelations, leadStatusChangeEntity } from "./leads.declaration.js";
import { leadConditions } from "./leads.service.js";
import type { LeadFilter } from "./leads.types.js";

/** The compiled read path's view of leads (graphql/compiled): as declared in leads.declaration.ts. */
export const leadProjections: TypeProjection[] = [
  leadEntity.projection,
  leadStatusChangeEntity.projection,
  leadRelations.projection,
  // The prospect through their merges, as the customers loader reads them (customerById).
  { type: "Lead", leaves: {}, relations: { customer: customerById.from(leads.customerId) } },
];

/** leads(first, after, last, before, filter): listLeads' conditions and keyset, the filter's values bound per request; staff and dealers only, as its resolver. */
export const leadList: RootList = rootList<LeadFilter>({
  type: "Lead",
  table: leads,
  idColumn: leads.id,
  keys: () => ({ ordering: LEAD_ORDERING, keys: LEAD_KEYS }),
  where: leadConditions,
  roles: ["ADMIN", "AGENT", "DEALER"],
});
