import { eq } from "drizzle-orm";
import { DEFAULT_IDENTITY_SETTINGS } from "../../../src/config.js";
import * as s from "../../../src/db/schema/index.js";
import { ingestSourceRecords } from "../../../src/identity/ingest.service.js";
import { mergeCustomers } from "../../../src/identity/merge.service.js";
import { reactions } from "../../../src/reactions.js";
import { makeCustomer } from "../../support/factories.js";
import { fresh, g, type MatrixRow, type World } from "./world.js";

/** Dealer A's own source system, `dealer-<its code>`: dealer A may import there, dealer B may not. */
export async function sourceOfDealerA(w: World) {
  const [dealer] = await w.db.select({ code: s.dealers.code }).from(s.dealers).where(eq(s.dealers.id, w.dealerA));
  return `dealer-${dealer!.code.toLowerCase()}`;
}

/** A new person of dealer A's system, matching nobody. */
const personRecord = () => {
  const tag = fresh();
  return { sourceId: `M-${tag}`, givenName: "Matrix", familyName: `Person${tag}`, emails: [`person.${tag}@example.com`] };
};

/** Two fresh profiles of customer A's dealership, the second to be merged into the first. */
async function mergePair(w: World) {
  const [survivor, merged] = [await makeCustomer(w.db, { dealerIds: [w.dealerA] }), await makeCustomer(w.db, { dealerIds: [w.dealerA] })];
  return { survivorId: g("Customer", survivor.id), mergedId: g("Customer", merged.id) };
}

/**
 * Identity resolution: staff import any source, a dealer only its own system; staff look for
 * duplicates and preview merges; only an administrator merges, unmerges and detaches records.
 */
export const IDENTITY_ROWS: Record<string, MatrixRow> = {
  // Historical orders are imported with the same scope as people: staff any source, a dealer its own system.
  "Mutation.ingestOrders": {
    query: "mutation ($input: IngestOrdersInput!) { ingestOrders(input: $input) { summary { created } } }",
    variables: async (w) => ({
      input: {
        source: await sourceOfDealerA(w),
        orders: [{ transactionId: `T-${fresh()}`, personSourceId: `M-${fresh()}`, placedAt: "2024-03-15", paymentMethod: "CARD", lines: [{ sku: w.productA.sku, quantity: 1, unitPrice: 100 }] }],
      },
    }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.ingestServiceVisits": {
    query: "mutation ($input: IngestServiceVisitsInput!) { ingestServiceVisits(input: $input) { summary { created } } }",
    variables: async (w) => ({
      input: { source: await sourceOfDealerA(w), visits: [{ visitId: `V-${fresh()}`, personSourceId: `M-${fresh()}`, vin: w.vehicleA.vin, performedAt: "2024-03-15", mileageKm: 1000, items: [{ description: "Inspection", unitPrice: 100 }] }] },
    }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.deleteIngestedServiceVisits": {
    query: "mutation ($input: DeleteIngestedServiceVisitsInput!) { deleteIngestedServiceVisits(input: $input) { unknown } }",
    variables: async (w) => ({ input: { source: await sourceOfDealerA(w), visitIds: [`V-${fresh()}`] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.ingestInteractions": {
    query: "mutation ($input: IngestInteractionsInput!) { ingestInteractions(input: $input) { summary { created } } }",
    variables: async (w) => ({ input: { source: await sourceOfDealerA(w), interactions: [{ interactionId: `I-${fresh()}`, personSourceId: `M-${fresh()}`, occurredAt: "2024-03-15", channel: "PHONE" }] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.deleteIngestedInteractions": {
    query: "mutation ($input: DeleteIngestedInteractionsInput!) { deleteIngestedInteractions(input: $input) { unknown } }",
    variables: async (w) => ({ input: { source: await sourceOfDealerA(w), interactionIds: [`I-${fresh()}`] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.ingestVehicleSales": {
    query: "mutation ($input: IngestVehicleSalesInput!) { ingestVehicleSales(input: $input) { summary { created } } }",
    variables: async (w) => ({ input: { source: await sourceOfDealerA(w), sales: [{ saleId: `S-${fresh()}`, personSourceId: `M-${fresh()}`, vin: w.vehicleA.vin, soldOn: "2024-03-15" }] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.deleteIngestedVehicleSales": {
    query: "mutation ($input: DeleteIngestedVehicleSalesInput!) { deleteIngestedVehicleSales(input: $input) { unknown } }",
    variables: async (w) => ({ input: { source: await sourceOfDealerA(w), saleIds: [`S-${fresh()}`] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.mapSourceProductCodes": {
    query: "mutation ($input: MapSourceProductCodesInput!) { mapSourceProductCodes(input: $input) { mapped } }",
    variables: async (w) => ({ input: { source: await sourceOfDealerA(w), codes: [{ code: `C-${fresh()}`, sku: w.productA.sku }] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.deleteIngestedOrders": {
    query: "mutation ($input: DeleteIngestedOrdersInput!) { deleteIngestedOrders(input: $input) { unknown } }",
    variables: async (w) => ({ input: { source: await sourceOfDealerA(w), transactionIds: [`T-${fresh()}`] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Mutation.ingestSourceRecords": {
    query: "mutation ($input: IngestSourceRecordsInput!) { ingestSourceRecords(input: $input) { summary { created } } }",
    variables: async (w) => ({ input: { source: await sourceOfDealerA(w), records: [personRecord()] } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", others: "FORBIDDEN" },
  },
  "Query.duplicateCandidates": {
    query: "query ($id: ID!) { duplicateCandidates(customerId: $id) { score } }",
    variables: (w) => ({ id: g("Customer", w.customerA) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "none", AGENT: "none", others: "FORBIDDEN" },
  },
  "Mutation.previewMergeCustomers": {
    query: "mutation ($input: MergeCustomersInput!) { previewMergeCustomers(input: $input) { displayName } }",
    variables: async (w) => ({ input: await mergePair(w) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  "Mutation.mergeCustomers": {
    query: "mutation ($input: MergeCustomersInput!) { mergeCustomers(input: $input) { survivor { id } } }",
    variables: async (w) => ({ input: await mergePair(w) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" },
  },
  "Mutation.unmergeCustomer": {
    query: "mutation ($input: UnmergeCustomerInput!) { unmergeCustomer(input: $input) { restored { id } } }",
    variables: async (w) => {
      const pair = await mergePair(w);
      await mergeCustomers(w.db, { role: "ADMIN", subject: "matrix.setup" }, pair, DEFAULT_IDENTITY_SETTINGS, reactions.identityRelinked);
      return { input: { customerId: pair.mergedId } };
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" },
  },
  "Mutation.detachSourceRecord": {
    query: "mutation ($input: DetachSourceRecordInput!) { detachSourceRecord(input: $input) { to { id } } }",
    variables: async (w) => {
      // Two records of one person in dealer A's system, linked to one profile; the second is split off.
      const [first, second] = [personRecord(), personRecord()];
      const source = await sourceOfDealerA(w);
      const admin = { role: "ADMIN" as const, subject: "matrix.setup" };
      await ingestSourceRecords(w.db, admin, { source, records: [first, { ...second, givenName: first.givenName, familyName: first.familyName, emails: first.emails }] }, DEFAULT_IDENTITY_SETTINGS, reactions.identityRelinked);
      return { input: { source, sourceId: second.sourceId } };
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", others: "FORBIDDEN" },
  },
};
