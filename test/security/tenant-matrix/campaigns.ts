import * as s from "../../../src/db/schema/index.js";
import { fresh, g, type MatrixRow, type World } from "./world.js";

/** A fresh DRAFT campaign of dealer A to its product A's buyers (customer A among them). */
async function campaignOfA(w: World) {
  const [row] = await w.db
    .insert(s.campaigns)
    .values({ dealerId: w.dealerA, name: `Matrix ${fresh()}`, kind: "RECALL", channel: "MAIL", audience: { productId: w.productA.id }, body: "Dear {{displayName}}", createdBy: "DEALER matrix" })
    .returning();
  return row!.id;
}

const once = new WeakMap<World, Promise<string>>();
const sharedCampaignOfA = (w: World) => {
  if (!once.has(w)) once.set(w, campaignOfA(w));
  return once.get(w)!;
};

/** A recall by mail to product A's buyers: no consent, cap or quiet hours stand between customer A (who owns vehicle A) and the sample. */
const RECALL_TO_BUYERS_OF_A = (w: World) => ({
  input: { name: "Matrix recall", kind: "RECALL", channel: "MAIL", audience: { productId: g("Product", w.productA.id) }, body: "Dear {{ displayName }}" },
});

/** Campaigns are staff's (every customer) and dealers' (their own customers); nobody else runs or sees any. */
export const CAMPAIGN_ROWS: Record<string, MatrixRow> = {
  "Query.campaigns": {
    query: "{ campaigns(first: 100) { edges { node { id dealerId } } } }",
    variables: async (w) => (await sharedCampaignOfA(w), {}),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "none", others: "FORBIDDEN" },
    ids: async (w) => [g("Campaign", await sharedCampaignOfA(w))],
  },
  "Query.previewCampaign": {
    query: "query ($input: CampaignInput!) { previewCampaign(input: $input) { funnel { step remaining } sample { customer { id } body } } }",
    variables: (w) => RECALL_TO_BUYERS_OF_A(w),
    // Dealer B's audience is its own customers who bought product A from it: no one, but an answer.
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "some", others: "FORBIDDEN" },
  },
  "Mutation.createCampaign": {
    query: "mutation ($input: CampaignInput!) { createCampaign(input: $input) { campaign { id status } } }",
    variables: (w) => RECALL_TO_BUYERS_OF_A(w),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "some", others: "FORBIDDEN" },
  },
  "Mutation.sendCampaign": {
    query: "mutation ($input: SendCampaignInput!) { sendCampaign(input: $input) { campaign { status } } }",
    variables: async (w) => ({ input: { campaignId: g("Campaign", await campaignOfA(w)) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
};
