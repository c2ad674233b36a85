import { bulkExports } from "../../../src/db/schema/index.js";
import { g, type MatrixRow, type World } from "./world.js";

/** An export dealer A asked for, in the given state (QUEUED ones are not in the server's runner: nothing runs them). */
async function exportOfDealerA(w: World, status: "QUEUED" | "COMPLETED") {
  const [row] = await w.db
    .insert(bulkExports)
    .values({ kind: "CUSTOMERS", format: "CSV", status, actorRole: "DEALER", actorId: "matrix.dealer.a", tenantId: w.dealerA, totalRows: 0 })
    .returning();
  return g("BulkExport", row!.id);
}

/** Bulk exports: staff and dealers start them; an export is seen (polled, followed, cancelled) by whoever asked for it and administrators. */
export const EXPORT_ROWS: Record<string, MatrixRow> = {
  "Mutation.startBulkExport": {
    query: "mutation ($input: StartBulkExportInput!) { startBulkExport(input: $input) { bulkExport { status } } }",
    variables: () => ({ input: { kind: "ORDERS", format: "NDJSON" } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "some", others: "FORBIDDEN" },
  },
  "Query.bulkExport": {
    query: "query ($id: ID!) { bulkExport(id: $id) { status url } }",
    variables: async (w) => ({ id: await exportOfDealerA(w, "COMPLETED") }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", DEALER_A: "some", others: "NOT_FOUND" },
  },
  "Mutation.cancelBulkExport": {
    query: "mutation ($input: CancelBulkExportInput!) { cancelBulkExport(input: $input) { bulkExport { status } } }",
    variables: async (w) => ({ input: { id: await exportOfDealerA(w, "QUEUED") } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", DEALER_A: "some", others: "NOT_FOUND" },
  },
  "Subscription.bulkExportUpdated": {
    query: "subscription ($id: ID!) { bulkExportUpdated(id: $id) { status } }",
    variables: async (w) => ({ id: await exportOfDealerA(w, "COMPLETED") }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", DEALER_A: "some", others: "NOT_FOUND" },
  },
};
