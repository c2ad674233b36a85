import { and, count, eq, isNull, Param, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { matrixInForce } from "../analytics/communication-rules.service.js";
import { purposeOf, type CommunicationKind } from "../analytics/communication-plan.js";
import { ownerPrincipal } from "../analytics/segments.policy.js";
import { segmentMembersScope } from "../customers/customers.policy.js";
import { toCustomer } from "../customers/customers.declaration.js";
import { customerConditions } from "../customers/customers.service.js";
import type { CustomerFilter } from "../customers/customers.types.js";
import { ownershipScope } from "../customers/history.policy.js";
import { rows, type Database, type Executor } from "../db/client.js";
import {
  campaigns,
  campaignSends,
  consentEvents,
  customerPreferences,
  customers,
  products,
  segments,
  vehicleModels,
  vehicleOwnerships,
  vehicles,
} from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { inTransaction, type QueueSql } from "../jobs/queue.js";
import { emitOutboxMany } from "../outbox/emit.js";
import { checkText } from "../validation/input.js";
import { birthdaysToday, CONSENT_CHANNEL, decide, INTERACTION_CHANNEL, type CampaignRules, type CustomerFacts, type Decision, type MessageChannel, type SendSettings } from "./send.rules.js";
import { parseTemplate } from "./template.js";
import { campaignEntity, type Audience } from "./campaigns.declaration.js";
import { campaignScope } from "./campaigns.policy.js";
import { CampaignCounts, type Campaign, type CampaignAudienceInput, type CampaignInput, type CampaignPreview, type CampaignStatus, type SendCampaignInput } from "./campaigns.types.js";

type CampaignRow = typeof campaigns.$inferSelect;


export interface CampaignSettings extends SendSettings {
  /** The platform's zone (TIME_ZONE): a customer's without the timeZone preference. */
  timeZone: string;
}

/** Messages decided per job: one claim, one statement per table written, one transaction. */
export const SENDS_PER_JOB = 500;

/** What sending needs of the running queue: to enqueue a campaign's jobs (absent with JOB_QUEUE=false: the sweeper of a process that runs it picks them up). */
export interface CampaignQueue {
  enqueue(on: QueueSql, campaignId: string, jobs: number, startAfter?: Date): Promise<void>;
}

/**
 * Who runs campaigns: staff (ADMIN and AGENT: any customer) and dealers (their own customers
 * only, the scope of their customer list). Suppliers see no profiles, customers and couriers
 * are no senders: FORBIDDEN.
 */
export const mayRunCampaigns = (principal: Principal): boolean => principal.role === "ADMIN" || principal.role === "AGENT" || principal.role === "DEALER";

function senders(principal: Principal) {
  if (!mayRunCampaigns(principal)) throw forbidden("Campaigns are run by staff and dealers");
}

/** Exactly one audience, its ids decoded and found within the caller's scope (NOT_FOUND otherwise). */
async function checkAudience(db: Executor, principal: Principal, input: CampaignAudienceInput, at: string): Promise<Audience> {
  const given = (["segmentId", "productId", "vehicleModelId", "birthdayToday", "tier"] as const).filter((k) => input[k] !== null && input[k] !== undefined && input[k] !== false);
  if (given.length !== 1) throw badInput(at, "Give exactly one of segmentId, productId, vehicleModelId, birthdayToday, tier");
  if (input.currentOwnersOnly != null && given[0] !== "vehicleModelId") throw badInput(`${at}.currentOwnersOnly`, "currentOwnersOnly goes with vehicleModelId");
  switch (given[0]) {
    case "segmentId": {
      const id = expectGlobalId(input.segmentId!, "Segment", `${at}.segmentId`);
      const [found] = await db.select({ id: segments.id }).from(segments).where(and(eq(segments.id, id), segmentMembersScope(principal, segments.dealerId)));
      if (!found) throw notFound("Segment", `${at}.segmentId`);
      return { segmentId: id };
    }
    case "productId": {
      const id = expectGlobalId(input.productId!, "Product", `${at}.productId`);
      if ((await db.select({ id: products.id }).from(products).where(eq(products.id, id))).length === 0) throw notFound("Product", `${at}.productId`);
      return { productId: id };
    }
    case "vehicleModelId": {
      const id = expectGlobalId(input.vehicleModelId!, "VehicleModel", `${at}.vehicleModelId`);
      if ((await db.select({ id: vehicleModels.id }).from(vehicleModels).where(eq(vehicleModels.id, id))).length === 0) throw notFound("VehicleModel", `${at}.vehicleModelId`);
      return { modelId: id, currentOwnersOnly: input.currentOwnersOnly ?? false };
    }
    case "birthdayToday":
      return { birthday: true };
    default:
      return { tier: input.tier! };
  }
}

/** The customer's zone: the timeZone preference, else the platform's. */
const zoneOf = (platformZone: string) =>
  sql`coalesce((select ${customerPreferences.value} from ${customerPreferences} where ${customerPreferences.customerId} = ${customers.id} and ${customerPreferences.key} = 'timeZone'), ${platformZone})`;

/**
 * The audience as SQL over `customers`: `customer_id` and `occasion` ('' or, for birthdays, the
 * local year) of every live profile it selects, within the owner's scope (a dealer's campaign:
 * its own customers; a product's buyers in its own orders, as its customer filter counts them).
 * Birthdays: the zones in use are read first, and each zone's today (MM-DD, with 29 February on
 * the 28th of a common year) is a literal row, so the condition is one join, not a time-zone
 * conversion per customer.
 */
async function audienceSelect(db: Executor, owner: Principal, audience: Audience, settings: CampaignSettings, now: Date): Promise<SQL> {
  const live = and(customerConditions(owner, filterOf(audience)), isNull(customers.erasedAt));
  if ("birthday" in audience) {
    const zones = await rows<{ zone: string }>(db, sql`select distinct ${customerPreferences.value} as zone from ${customerPreferences} where ${customerPreferences.key} = 'timeZone'`);
    const days = [...new Set([settings.timeZone, ...zones.map((z) => z.zone)])].flatMap((zone) => {
      const today = birthdaysToday(now, zone);
      return today.days.map((md) => sql`(${zone}, ${md}, ${today.year})`);
    });
    return sql`select ${customers.id} as customer_id, z.year as occasion from ${customers}
      join (values ${sql.join(days, sql`, `)}) as z(zone, md, year) on z.zone = ${zoneOf(settings.timeZone)} and z.md = to_char(${customers.birthday}::date, 'MM-DD')
      where ${and(live, sql`${customers.birthday} is not null`)}`;
  }
  if ("modelId" in audience && !audience.currentOwnersOnly) {
    // Every owner there has been: the filter's vehicle condition is about owning now.
    const owned = sql`exists (select 1 from ${vehicleOwnerships} join ${vehicles} on ${vehicles.id} = ${vehicleOwnerships.vehicleId}
      where ${and(sql`${vehicleOwnerships.customerId} = ${customers.id}`, sql`${vehicleOwnerships.role} = 'OWNER'`, sql`${vehicles.modelId} = ${audience.modelId}::uuid`, ownershipScope(owner))})`;
    return sql`select ${customers.id} as customer_id, '' as occasion from ${customers} where ${and(live, owned)}`;
  }
  return sql`select ${customers.id} as customer_id, '' as occasion from ${customers} where ${live}`;
}

/** The audiences the customer filter already expresses, read as `customers(filter:)` reads them. */
function filterOf(audience: Audience): CustomerFilter | undefined {
  if ("segmentId" in audience) return { segmentIds: [toGlobalId("Segment", audience.segmentId)] } as CustomerFilter;
  if ("productId" in audience) return { purchased: { productId: toGlobalId("Product", audience.productId) } } as CustomerFilter;
  if ("modelId" in audience && audience.currentOwnersOnly) return { vehicle: { modelId: toGlobalId("VehicleModel", audience.modelId) } } as CustomerFilter;
  if ("tier" in audience) return { tier: audience.tier } as CustomerFilter;
  return undefined;
}

interface FactsRow {
  customerId: string;
  erased: boolean;
  tier: CustomerFacts["tier"];
  lapsed: boolean;
  hasBirthday: boolean;
  ownsVehicle: boolean;
  consent: CustomerFacts["consent"];
  recentSends: number;
  timeZone: string;
  givenName: string | null;
  familyName: string | null;
  displayName: string;
  organisationName: string | null;
}

/**
 * What the decision needs of each customer `ids` selects, in one statement: the profile, the
 * latest consent for the channel and purpose (an expired one counts as none), vehicle ownership
 * (service reminders and recalls), the messages sent within the frequency cap's window, the zone.
 */
async function factsOf(db: Executor, ids: SQL, campaign: CampaignRules, settings: CampaignSettings): Promise<CustomerFacts[]> {
  const purpose = purposeOf(campaign.kind);
  const consent = purpose
    ? sql`(select case when ${consentEvents.expiresAt} is not null and ${consentEvents.expiresAt} <= now() then null else ${consentEvents.status} end
        from ${consentEvents} where ${consentEvents.customerId} = ${customers.id} and ${consentEvents.channel} = ${CONSENT_CHANNEL[campaign.channel]}
          and ${consentEvents.purpose} = ${purpose} order by ${consentEvents.recordedAt} desc limit 1)`
    : sql`null`;
  const owns =
    campaign.kind === "SERVICE_REMINDER" || campaign.kind === "RECALL"
      ? sql`exists (select 1 from ${vehicleOwnerships} where ${vehicleOwnerships.customerId} = ${customers.id} and ${vehicleOwnerships.role} = 'OWNER'
          and (${vehicleOwnerships.endedOn} is null or ${vehicleOwnerships.endedOn} > current_date))`
      : sql`false`;
  const recent =
    purpose === "MARKETING"
      ? sql`(select count(*)::int from ${campaignSends} where ${campaignSends.customerId} = ${customers.id} and ${campaignSends.status} = 'SENT'
          and ${campaignSends.decidedAt} > now() - make_interval(days => ${settings.frequencyCap.days}))`
      : sql`0`;
  const found = await rows<FactsRow>(
    db,
    sql`select ${customers.id} as "customerId", ${customers.erasedAt} is not null as erased, ${customers.tier} as tier,
        (${customers.stage} in ('OWNER', 'CUSTOMER') and ${customers.lapsesAt} < now()) as lapsed, ${customers.birthday} is not null as "hasBirthday",
        ${owns} as "ownsVehicle", ${consent} as consent, ${recent} as "recentSends", ${zoneOf(settings.timeZone)} as "timeZone",
        ${customers.givenName} as "givenName", ${customers.familyName} as "familyName", ${customers.displayName} as "displayName", ${customers.organisationName} as "organisationName"
      from ${customers} where ${customers.id} in (${ids}) order by ${customers.id}`,
  );
  return found.map((f) => ({
    customerId: f.customerId,
    erased: f.erased,
    tier: f.tier,
    lapsed: f.lapsed,
    hasBirthday: f.hasBirthday,
    ownsVehicle: f.ownsVehicle,
    consent: f.consent,
    recentSends: Number(f.recentSends),
    timeZone: f.timeZone,
    values: { givenName: f.givenName, familyName: f.familyName, displayName: f.displayName, organisationName: f.organisationName, tier: f.tier?.replace("_", " ").toLowerCase() ?? null },
  }));
}

const rulesOf = (row: Pick<CampaignRow, "kind" | "channel" | "subject" | "body">): CampaignRules => ({
  kind: row.kind as CommunicationKind,
  channel: row.channel as MessageChannel,
  subject: row.subject ? parseTemplate(row.subject, "input.subject") : null,
  body: parseTemplate(row.body, "input.body"),
});

interface Checked {
  name: string;
  kind: CommunicationKind;
  channel: MessageChannel;
  audience: Audience;
  subject: string | null;
  body: string;
}

async function checkInput(db: Executor, principal: Principal, input: CampaignInput): Promise<Checked> {
  const name = checkText(input.name, "input.name", 120, true)!;
  const subject = checkText(input.subject, "input.subject", 200);
  const body = checkText(input.body, "input.body", 5000, true)!;
  if (subject) parseTemplate(subject, "input.subject");
  parseTemplate(body, "input.body");
  if (input.audience.birthdayToday && input.kind !== "BIRTHDAY") throw badInput("input.kind", "A birthday audience takes the BIRTHDAY kind");
  const audience = await checkAudience(db, principal, input.audience, "input.audience");
  return { name, kind: input.kind, channel: input.channel, audience, subject, body };
}

const ownerOf = (principal: Principal): Principal => ownerPrincipal(principal.role === "DEALER" ? principal.dealerId : null);

export async function createCampaign(db: Database, principal: Principal, input: CampaignInput) {
  senders(principal);
  const checked = await checkInput(db, principal, input);
  const [row] = await db
    .insert(campaigns)
    .values({ ...checked, audience: checked.audience as Record<string, unknown>, dealerId: principal.role === "DEALER" ? principal.dealerId : null, createdBy: `${principal.role} ${principal.subject}` })
    .returning();
  return { campaign: toCampaign(row!, { pending: 0, deferred: 0, sent: 0, skipped: 0 }) };
}

const SAMPLE = 5;
const STEPS: [string, string | null][] = [
  ["CONSENT", "NO_CONSENT"],
  ["PLAN", "NOT_IN_PLAN"],
  ["FREQUENCY_CAP", "FREQUENCY_CAP"],
  ["TEMPLATE", "MISSING_FIELD"],
];

/**
 * What sending would do now, by the same decision as the send: the audience, what is left after
 * each check in the order they run, how many would wait for their quiet hours, and the first
 * few messages rendered.
 */
export async function previewCampaign(db: Database, principal: Principal, input: CampaignInput, settings: CampaignSettings): Promise<CampaignPreview> {
  senders(principal);
  const checked = await checkInput(db, principal, input);
  const now = new Date();
  const audience = await audienceSelect(db, ownerOf(principal), checked.audience, settings, now);
  const rules = rulesOf(checked);
  const [facts, matrix] = await Promise.all([factsOf(db, sql`select customer_id from (${audience}) a`, rules, settings), matrixInForce(db)]);
  const decisions = facts.map((f) => decide(rules, f, matrix, settings, now));
  const skipped = new Map<string, number>();
  for (const d of decisions) if (d.status === "SKIPPED") skipped.set(d.reason, (skipped.get(d.reason) ?? 0) + 1);
  let remaining = facts.length - (skipped.get("ERASED") ?? 0);
  const funnel = [{ step: "AUDIENCE", remaining }];
  for (const [step, reason] of STEPS) {
    remaining -= skipped.get(reason!) ?? 0;
    funnel.push({ step, remaining });
  }
  const going = facts.map((f, i) => [f, decisions[i]!] as const).filter(([, d]) => d.status !== "SKIPPED");
  const sampled = going.filter(([, d]) => d.status === "SENT").slice(0, SAMPLE);
  const profiles = sampled.length
    ? await db.select().from(customers).where(sql`${customers.id} = any(${new Param(sampled.map(([f]) => f.customerId))}::uuid[])`)
    : [];
  const byId = new Map(profiles.map((p) => [p.id, p]));
  return {
    funnel,
    willSend: going.length,
    deferred: going.filter(([, d]) => d.status === "DEFERRED").length,
    sample: sampled.map(([f, d]) => ({ customer: toCustomer(byId.get(f.customerId)!), subject: (d as { subject: string | null }).subject, body: (d as { body: string }).body })),
  };
}

async function visibleCampaign(db: Executor, principal: Principal, globalId: string, field: string, lock = false): Promise<CampaignRow> {
  senders(principal);
  const id = expectGlobalId(globalId, "Campaign", field);
  const query = db.select().from(campaigns).where(and(eq(campaigns.id, id), campaignScope(principal)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("Campaign", field);
  return row;
}

/**
 * Writes a pending send for every customer of the audience now (set-based, one statement; the
 * unique key skips those who have one for the occasion already) and enqueues the jobs that will
 * decide them, in the caller's transaction. Returns how many were added.
 */
async function resolveAudience(tx: Executor, campaign: CampaignRow, queue: CampaignQueue | undefined, settings: CampaignSettings, now: Date): Promise<number> {
  const owner = ownerPrincipal(campaign.dealerId);
  const audience = await audienceSelect(tx, owner, campaign.audience as Audience, settings, now);
  const [added] = await rows<{ n: number }>(
    tx,
    sql`with added as (insert into ${campaignSends} (id, campaign_id, customer_id, occasion)
        select gen_random_uuid(), ${campaign.id}::uuid, a.customer_id, a.occasion from (${audience}) a
        on conflict do nothing returning 1)
      select count(*)::int as n from added`,
  );
  const n = Number(added!.n);
  if (n > 0 && queue) await queue.enqueue(inTransaction(tx), campaign.id, Math.ceil(n / SENDS_PER_JOB));
  return n;
}

/**
 * Sends a DRAFT: its audience is resolved now and every message decided by jobs on the queue
 * (batches of SENDS_PER_JOB). A birthday campaign becomes ACTIVE: today's birthdays now, and
 * every day's on the queue's daily schedule. Sending twice is a CONFLICT.
 */
export async function sendCampaign(db: Database, principal: Principal, input: SendCampaignInput, queue: CampaignQueue | undefined, settings: CampaignSettings) {
  return db.transaction(async (tx) => {
    const campaign = await visibleCampaign(tx, principal, input.campaignId, "input.campaignId", true);
    if (campaign.status !== "DRAFT") throw new DomainError("CONFLICT", `The campaign was sent already (${campaign.status})`, "input.campaignId", { currentStatus: campaign.status });
    const birthday = "birthday" in (campaign.audience as Audience);
    const now = new Date();
    const added = await resolveAudience(tx, campaign, queue, settings, now);
    const status: CampaignStatus = birthday ? "ACTIVE" : added > 0 ? "SENDING" : "SENT";
    const [row] = await tx.update(campaigns).set({ status, sentAt: now }).where(eq(campaigns.id, campaign.id)).returning();
    return { campaign: toCampaign(row!, { pending: added, deferred: 0, sent: 0, skipped: 0 }) };
  });
}

/** The daily birthday run (the queue's schedule): every ACTIVE campaign's birthdays of today, once per customer and year. */
export async function runBirthdays(db: Database, queue: CampaignQueue, settings: CampaignSettings, now = new Date()): Promise<number> {
  const active = await db.select().from(campaigns).where(eq(campaigns.status, "ACTIVE"));
  let added = 0;
  for (const campaign of active) {
    added += await db.transaction(async (tx) => {
      const n = await resolveAudience(tx, campaign, queue, settings, now);
      await tx.update(campaigns).set({ sentAt: now }).where(eq(campaigns.id, campaign.id));
      return n;
    });
  }
  return added;
}

interface Claimed {
  id: string;
  customerId: string;
  occasion: string;
}

/**
 * One job: claims up to SENDS_PER_JOB due sends of the campaign (pending, or deferred past their
 * time; SKIP LOCKED, so jobs run side by side), decides each by `decide`, and in the same
 * transaction records every send and skip as an OUTBOUND interaction, puts the messages on the
 * outbox as `message.requested` (event id = the send's id: the gateway's webhook-id, one per
 * campaign × customer), marks the sends, and enqueues a job for the end of any quiet hours. A
 * crash rolls all of it back; the queue retries the job.
 */
export async function processSends(db: Database, campaignId: string, queue: CampaignQueue, settings: CampaignSettings, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId));
    if (!campaign || (campaign.status !== "SENDING" && campaign.status !== "ACTIVE")) return 0;
    // Any due sends, in no order: an ORDER BY would sort every pending send of a large campaign
    // on every claim; this way the (campaign, status) index stops after the first batch.
    const claim = (due: SQL, limit: number) =>
      rows<Claimed>(
        tx,
        sql`select id, customer_id as "customerId", occasion from ${campaignSends}
          where ${campaignSends.campaignId} = ${campaignId} and ${due} limit ${limit} for update skip locked`,
      );
    const claimed = await claim(sql`${campaignSends.status} = 'PENDING'`, SENDS_PER_JOB);
    if (claimed.length < SENDS_PER_JOB) claimed.push(...(await claim(sql`${campaignSends.status} = 'DEFERRED' and ${campaignSends.notBefore} <= now()`, SENDS_PER_JOB - claimed.length)));
    if (claimed.length === 0) return 0;
    const rules = rulesOf(campaign);
    const ids = new Param(claimed.map((c) => c.customerId));
    const [facts, matrix] = await Promise.all([factsOf(tx, sql`select unnest(${ids}::uuid[])`, rules, settings), matrixInForce(tx)]);
    const factsById = new Map(facts.map((f) => [f.customerId, f]));
    const decided = claimed.map((c) => {
      const f = factsById.get(c.customerId);
      const d: Decision = f ? decide(rules, f, matrix, settings, now) : { status: "SKIPPED", reason: "ERASED", detail: "no such profile" };
      return { send: c, decision: d };
    });
    const purpose = purposeOf(rules.kind) ?? "SAFETY";
    const channel = INTERACTION_CHANNEL[rules.channel];
    const type = rules.kind === "BIRTHDAY" || rules.kind === "GREETING" ? "GREETING" : "CAMPAIGN";
    const recorded = decided.filter((d) => d.decision.status !== "DEFERRED");
    if (recorded.length > 0) {
      const json = JSON.stringify(
        recorded.map(({ send, decision }) => ({
          customer_id: send.customerId,
          subject: decision.status === "SENT" ? `Campaign "${campaign.name}" sent by ${rules.channel}` : `Campaign "${campaign.name}" not sent: ${decision.status === "SKIPPED" ? decision.detail : ""}`,
          outcome: decision.status === "SENT" ? "SENT" : `SKIPPED ${(decision as { reason: string }).reason}`,
          notes: decision.status === "SENT" ? decision.body : null,
        })),
      );
      await tx.execute(sql`insert into interactions (id, customer_id, channel, direction, type, subject, notes, outcome, agent, dealer_id, occurred_at)
        select gen_random_uuid(), x.customer_id, ${channel}::interaction_channel, 'OUTBOUND', ${type}::interaction_type, x.subject, x.notes, x.outcome, ${`campaign ${toGlobalId("Campaign", campaign.id)}`}, ${campaign.dealerId}::uuid, ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${json}::jsonb) as x(customer_id uuid, subject text, notes text, outcome text)`);
    }
    await emitOutboxMany(
      tx,
      "message.requested",
      decided
        .filter((d) => d.decision.status === "SENT")
        .map(({ send, decision }) => ({
          id: send.id,
          customerId: send.customerId,
          dealerId: campaign.dealerId,
          dealerOnly: true,
          payload: {
            messageId: send.id,
            campaignId: campaign.id,
            customerId: send.customerId,
            channel: rules.channel,
            kind: rules.kind,
            purpose,
            subject: (decision as { subject: string | null }).subject,
            body: (decision as { body: string }).body,
          },
        })),
    );
    const marks = JSON.stringify(
      decided.map(({ send, decision }) => ({
        id: send.id,
        status: decision.status,
        reason: decision.status === "SKIPPED" ? decision.reason : null,
        not_before: decision.status === "DEFERRED" ? decision.until.toISOString() : null,
      })),
    );
    await tx.execute(sql`update ${campaignSends} s set status = x.status, reason = x.reason, not_before = x.not_before,
        decided_at = case when x.status in ('SENT', 'SKIPPED') then ${now.toISOString()}::timestamptz else null end, updated_at = now()
      from jsonb_to_recordset(${marks}::jsonb) as x(id uuid, status text, reason text, not_before timestamptz) where s.id = x.id`);
    const waits = [...new Set(decided.flatMap(({ decision }) => (decision.status === "DEFERRED" ? [decision.until.getTime()] : [])))];
    for (const at of waits) await queue.enqueue(inTransaction(tx), campaignId, 1, new Date(at));
    if (claimed.length < SENDS_PER_JOB && campaign.status === "SENDING") {
      await tx.execute(sql`update ${campaigns} set status = 'SENT', updated_at = now() where id = ${campaignId}
        and not exists (select 1 from ${campaignSends} where ${campaignSends.campaignId} = ${campaignId} and ${campaignSends.status} in ('PENDING', 'DEFERRED'))`);
    }
    return claimed.length;
  });
}

/**
 * Campaigns with sends that no job will pick up (enqueued by a process without the queue, or a
 * job lost for good): due for `graceMs`, they get jobs again. A second job for the same sends
 * finds them claimed or decided and does nothing.
 */
export async function sweepCampaigns(db: Database, queue: CampaignQueue, graceMs: number): Promise<number> {
  const stale = await rows<{ id: string; n: number }>(
    db,
    sql`select c.id, count(*)::int as n from ${campaigns} c join ${campaignSends} s on s.campaign_id = c.id
      where c.status in ('SENDING', 'ACTIVE') and (s.status = 'PENDING' or (s.status = 'DEFERRED' and s.not_before <= now()))
        and s.updated_at < now() - make_interval(secs => ${graceMs / 1000})
      group by c.id`,
  );
  for (const c of stale) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`update ${campaignSends} set updated_at = now() where campaign_id = ${c.id} and status in ('PENDING', 'DEFERRED')`);
      await queue.enqueue(inTransaction(tx), c.id, Math.ceil(Number(c.n) / SENDS_PER_JOB));
    });
  }
  return stale.length;
}

type Counts = Campaign["counts"];

/** A row a write returned (no counts selected) and its counts as the write left them. */
const toCampaign = (row: CampaignRow, counts: Counts): Campaign => Object.assign(campaignEntity.toNode(row), { counts: Object.assign(new CampaignCounts(), counts) });

export const CAMPAIGN_ORDERING = "CREATED_AT_DESC";
export const KEYS: KeysetKey<CampaignRow>[] = [
  { column: campaigns.createdAt, direction: "DESC", value: (r) => r.createdAt },
  { column: campaigns.id, direction: "DESC", value: (r) => r.id },
];

/** Campaigns newest first (staff all, a dealer its own), each with its counts (a subquery per row, by the sends' index). */
export async function listCampaigns(db: Database, principal: Principal, args: ConnectionArgs) {
  senders(principal);
  const where = campaignScope(principal);
  return paginate(
    args,
    {
      ordering: CAMPAIGN_ORDERING,
      keys: KEYS,
      // The declaration's select: the columns its fields read and the counts (what toNode reads).
      fetch: (after, orderBy, limit) => db.select(campaignEntity.select).from(campaigns).where(and(where, after)).orderBy(...orderBy).limit(limit) as unknown as Promise<CampaignRow[]>,
      count: async () => (await db.select({ n: count() }).from(campaigns).where(where))[0]!.n,
    },
    (row) => campaignEntity.toNode(row),
  );
}
