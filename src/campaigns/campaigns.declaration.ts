import { getTableName, sql } from "drizzle-orm";
import type { CommunicationKind } from "../analytics/communication-plan.js";
import { campaigns, campaignSends } from "../db/schema/index.js";
import { base64url, literal } from "../graphql/compiled/projection.js";
import { columns, entity, instants } from "../graphql/declare/entity.js";
import { column, derived, globalId, key, type Field } from "../graphql/declare/fields.js";
import { toGlobalId } from "../graphql/global-id.js";
import { Campaign, CampaignCounts, type CampaignStatus } from "./campaigns.types.js";
import type { MessageChannel } from "./send.rules.js";

/** The audience as stored: database ids, one kind. */
export type Audience =
  | { segmentId: string }
  | { productId: string }
  | { modelId: string; currentOwnersOnly: boolean }
  | { birthday: true }
  | { tier: "VERY_LOYAL" | "REGULAR" | "OCCASIONAL" };

export const describeAudience = (a: Audience): string =>
  "segmentId" in a
    ? `members of segment ${toGlobalId("Segment", a.segmentId)}`
    : "productId" in a
      ? `past buyers of product ${toGlobalId("Product", a.productId)}`
      : "modelId" in a
        ? `${a.currentOwnersOnly ? "current owners" : "past and current owners"} of vehicle model ${toGlobalId("VehicleModel", a.modelId)}`
        : "birthday" in a
          ? "customers whose birthday is today in their time zone"
          : `customers of tier ${a.tier}`;

/** describeAudience in SQL, for the compiled read path (compiled-roots.test.ts holds the two equal for every kind). */
const audienceText = (() => {
  const a = campaigns.audience;
  const idOf = (type: string, key: string) => base64url(sql`${sql.raw(literal(`${type}:`))} || (${a} ->> ${sql.raw(literal(key))})`);
  return sql`case
    when ${a} ->> 'segmentId' is not null then 'members of segment ' || ${idOf("Segment", "segmentId")}
    when ${a} ->> 'productId' is not null then 'past buyers of product ' || ${idOf("Product", "productId")}
    when ${a} ->> 'modelId' is not null then (case when (${a} ->> 'currentOwnersOnly')::boolean then 'current owners' else 'past and current owners' end)
      || ' of vehicle model ' || ${idOf("VehicleModel", "modelId")}
    when ${a} ->> 'birthday' is not null then 'customers whose birthday is today in their time zone'
    else 'customers of tier ' || (${a} ->> 'tier') end`;
})();

const SEND_STATUSES = { pending: "PENDING", deferred: "DEFERRED", sent: "SENT", skipped: "SKIPPED" } as const;

/** The campaign's id, qualified: drizzle writes a one-table select's columns bare, which inside the subquery would name campaign_sends.id. */
const campaignId = sql`${sql.identifier(getTableName(campaigns))}.${sql.identifier(campaigns.id.name)}`;

/** How many of the campaign's messages stand in `status`, by campaign_sends' (campaign_id, status) index. */
const sendsIn = (status: string) =>
  sql`(select count(*)::int from ${campaignSends} where ${campaignSends.campaignId} = ${campaignId} and ${campaignSends.status} = ${sql.raw(literal(status))})`;
const countParts = Object.fromEntries(Object.entries(SEND_STATUSES).map(([name, status]) => [name, sendsIn(status)]));

/**
 * A campaign's messages by status, counted where they are: the compiled path answers each count
 * as a leaf of the value object, the loaders select the same counts as one JSON object. Rows a
 * write returns carry no counts: its caller sets them.
 */
const counts: Field<CampaignCounts> = {
  columns: [],
  expression: sql`json_build_object(${sql.join(
    Object.entries(countParts).map(([name, part]) => sql`${sql.raw(literal(name))}, ${part}`),
    sql`, `,
  )})`,
  read: ([value]) => Object.assign(new CampaignCounts(), typeof value === "string" ? JSON.parse(value) : value),
  compiled: { value: countParts },
};

/** A campaign, each field declared once (graphql/declare): the resolver's mapper and loader select, and the compiled read path's leaves. */
export const campaignEntity = entity(Campaign, campaigns, {
  dbId: key(campaigns.id),
  id: globalId("Campaign", campaigns.id),
  ...columns(campaigns, ["name", "subject", "body"]),
  kind: column(campaigns.kind) as Field<CommunicationKind>,
  channel: column(campaigns.channel) as Field<MessageChannel>,
  status: column(campaigns.status) as Field<CampaignStatus>,
  audience: derived([campaigns.audience], ([a]) => describeAudience(a as Audience), audienceText),
  dealerId: globalId("Dealer", campaigns.dealerId),
  ...instants(campaigns, ["createdAt", "sentAt"]),
  counts,
});
