import { campaigns } from "../db/schema/index.js";
import type { RootList, TypeProjection } from "../graphql/compiled/projection.js";
import { rootList } from "../graphql/compiled/root-lists.js";
import { campaignEntity } from "./campaigns.declaration.js";
import { campaignScope } from "./campaigns.policy.js";
import { CAMPAIGN_ORDERING, KEYS } from "./campaigns.service.js";

/** The compiled read path's view of campaigns (graphql/compiled): the declaration's leaves and counts. */
export const campaignProjections: TypeProjection[] = [campaignEntity.projection];

/** campaigns(first, after, last, before): listCampaigns' scope and keyset; roles it refuses are left to its FORBIDDEN. */
export const campaignList: RootList = rootList<never>({
  type: "Campaign",
  table: campaigns,
  idColumn: campaigns.id,
  keys: () => ({ ordering: CAMPAIGN_ORDERING, keys: KEYS }),
  where: (principal) => campaignScope(principal),
  roles: ["ADMIN", "AGENT", "DEALER"],
});
