import { toGlobalId } from "../graphql/global-id.js";

/** Which API type each id in an outbox payload names: receivers get the ids they can query with. */
const GLOBAL_ID_TYPES: Record<string, string> = {
  customerId: "Customer",
  survivorId: "Customer",
  formerSurvivorId: "Customer",
  orderId: "Order",
  shipmentId: "Shipment",
  caseId: "Case",
  segmentId: "Segment",
  campaignId: "Campaign",
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The `data` of a webhook: the outbox payload with global ids, and field names as the API spells them. */
export function webhookData(payload: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (GLOBAL_ID_TYPES[key] && typeof value === "string") data[key] = toGlobalId(GLOBAL_ID_TYPES[key], value);
    else if (key === "changedFields" && Array.isArray(value)) data[key] = value.map((v) => camel(String(v)));
    else data[key] = value;
  }
  return data;
}
