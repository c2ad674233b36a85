import { eq, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customersOfDealerFilter } from "../customers/customers.policy.js";
import { outboxEvents, webhookEndpoints } from "../db/schema/index.js";

/** Administrators register the platform's endpoints, a dealership its own; nobody else any. */
export const mayManageWebhooks = (principal: Principal): boolean => principal.role === "ADMIN" || principal.role === "DEALER";

/** The endpoints a principal may see and change: an administrator all, a dealer its dealership's. */
export function endpointScope(principal: Principal): SQL | undefined {
  switch (principal.role) {
    case "ADMIN":
      return undefined;
    case "DEALER":
      return eq(webhookEndpoints.dealerId, principal.dealerId);
    default:
      return sql`false`;
  }
}

/** The dispatcher is no caller: it applies each endpoint's owner's scope, as SQL over the endpoint row. */
const DISPATCHER: Principal = { role: "ADMIN", subject: "webhook-dispatcher" };

/**
 * Whether an endpoint may hear of an outbox event, in the dispatcher's statement: the platform's
 * endpoints hear everything; a dealership's hear of an order, parcel, case or own segment only
 * when it is that dealership's (`dealer_only`), and of a profile, consent or erasure only when
 * the customer is one of its customers — the same relationship that scopes its reads.
 */
export const endpointHears: SQL = sql`(${webhookEndpoints.dealerId} is null
  or (${outboxEvents.dealerOnly} and ${outboxEvents.dealerId} = ${webhookEndpoints.dealerId})
  or (not ${outboxEvents.dealerOnly} and ${customersOfDealerFilter(DISPATCHER, sql`${webhookEndpoints.dealerId}`, outboxEvents.customerId)}))`;
