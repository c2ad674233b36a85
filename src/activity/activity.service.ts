import { and, inArray, isNull, sql } from "drizzle-orm";
import { isStaff, type Principal } from "../auth/principal.js";
import { ANONYMOUS_ID_PATTERN as ANONYMOUS_ID } from "../customers/signed-in.js";
import { rows, type Database, type Executor } from "../db/client.js";
import { activityEvents, customers, products, vehicleModels } from "../db/schema/index.js";
import { badInput, DomainError, notFound } from "../errors.js";
import type { CostBucketStore } from "../graphql/cost-buckets.js";
import { fromGlobalId } from "../graphql/global-id.js";
import { ANONYMOUS_SOURCE, linkAnonymousVisitor } from "../identity/anonymous.js";
import type { TrackEventInput } from "./activity.types.js";

/** How many events one trackEvents call carries. */
export const TRACK_BATCH = { min: 1, max: 250 } as const;
/** A serialised `properties` object's ceiling, in bytes. */
export const PROPERTIES_MAX_BYTES = 4_096;
const FUTURE_TOLERANCE_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export interface TrackDeps {
  /** Anonymous callers' flood guard: one point per event, per network address. */
  anonymousEvents: CostBucketStore;
  clientAddress?: string;
  /** Events older than this many days are refused (and purged: retention.ts). */
  retentionDays: number;
}

/** An event checked and resolved to database ids, as the insert reads it. */
interface Row {
  id: string;
  customer_id: string | null;
  anonymous_id: string | null;
  type: string;
  platform: string;
  name: string | null;
  product_id: string | null;
  model_id: string | null;
  url: string | null;
  search_term: string | null;
  properties: Record<string, unknown> | null;
  occurred_at: string;
}

const REQUIRED: Partial<Record<TrackEventInput["type"], keyof TrackEventInput>> = {
  PRODUCT_VIEW: "productId",
  ADD_TO_CART: "productId",
  MODEL_VIEW: "modelId",
  SEARCH: "searchTerm",
  CUSTOM: "name",
};

function idOf(globalId: string, type: string, field: string): string {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type) throw badInput(field, `Expected a ${type} id`);
  return decoded.id;
}

function optionalText(value: string | null | undefined, max: number, field: string): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (!text) throw badInput(field, "Must not be blank");
  if (text.length > max) throw badInput(field, `At most ${max} characters`);
  return text;
}

/**
 * One event's rules, in the order a client fixes them. The caller's role decides whose event
 * it may be: a customer their own (another's id answers NOT_FOUND, as a read would), staff
 * anyone's or an anonymous visitor's, an anonymous caller only an anonymous visitor's.
 */
export function checkEvent(principal: Principal, event: TrackEventInput, i: number, now: number, retentionDays: number): Row {
  const at = `events.${i}`;
  if (!UUID.test(event.id)) throw badInput(`${at}.id`, "An event id is a UUID chosen by the app");
  const occurred = event.occurredAt.getTime();
  if (Number.isNaN(occurred)) throw badInput(`${at}.occurredAt`, "Not a valid instant");
  if (occurred > now + FUTURE_TOLERANCE_MS) throw badInput(`${at}.occurredAt`, "occurredAt lies in the future");
  if (occurred < now - retentionDays * 86_400_000) throw badInput(`${at}.occurredAt`, `occurredAt is older than the ${retentionDays}-day retention period`);
  const anonymousId = event.anonymousId ?? null;
  if (anonymousId !== null && !ANONYMOUS_ID.test(anonymousId)) throw badInput(`${at}.anonymousId`, "An anonymous id is 8–64 letters, digits, - and _");
  let customerId: string | null = null;
  if (principal.role === "CUSTOMER") {
    customerId = event.customerId ? idOf(event.customerId, "Customer", `${at}.customerId`) : principal.customerId;
    if (customerId !== principal.customerId) throw notFound("Customer", `${at}.customerId`);
  } else if (isStaff(principal)) {
    if (event.customerId) customerId = idOf(event.customerId, "Customer", `${at}.customerId`);
    else if (!anonymousId) throw badInput(`${at}.customerId`, "Give the customer (customerId) or the visitor (anonymousId)");
  } else {
    if (event.customerId) throw new DomainError("FORBIDDEN", "Only staff and the customer themself send events for a customer", `${at}.customerId`);
    if (!anonymousId) throw badInput(`${at}.anonymousId`, "Without a sign-in, give the visitor's anonymousId");
  }
  const required = REQUIRED[event.type];
  if (required && (event[required] === null || event[required] === undefined)) throw badInput(`${at}.${required}`, `A ${event.type} event needs ${required}`);
  const name = optionalText(event.name, 64, `${at}.name`);
  if (name !== null && !EVENT_NAME.test(name)) throw badInput(`${at}.name`, "An event name is 1–64 letters, digits, _, . and -");
  let properties: Record<string, unknown> | null = null;
  if (event.properties !== null && event.properties !== undefined) {
    if (Buffer.byteLength(JSON.stringify(event.properties)) > PROPERTIES_MAX_BYTES) throw badInput(`${at}.properties`, `properties hold at most ${PROPERTIES_MAX_BYTES} bytes of JSON`);
    properties = event.properties;
  }
  return {
    id: event.id.toLowerCase(),
    customer_id: customerId,
    anonymous_id: anonymousId,
    type: event.type,
    platform: event.platform,
    name,
    product_id: event.productId ? idOf(event.productId, "Product", `${at}.productId`) : null,
    model_id: event.modelId ? idOf(event.modelId, "VehicleModel", `${at}.modelId`) : null,
    url: optionalText(event.url, 2_000, `${at}.url`),
    search_term: optionalText(event.searchTerm, 200, `${at}.searchTerm`),
    properties,
    occurred_at: event.occurredAt.toISOString(),
  };
}

/** The first event (by index) naming an id that is not among `found`: NOT_FOUND on its field. */
async function requireExisting(tx: Executor, checked: Row[], column: "product_id" | "model_id" | "customer_id") {
  const wanted = [...new Set(checked.map((r) => r[column]).filter((v): v is string => v !== null))];
  if (wanted.length === 0) return;
  const found = new Set(
    column === "product_id"
      ? (await tx.select({ id: products.id }).from(products).where(inArray(products.id, wanted))).map((r) => r.id)
      : column === "model_id"
        ? (await tx.select({ id: vehicleModels.id }).from(vehicleModels).where(inArray(vehicleModels.id, wanted))).map((r) => r.id)
        : (await tx.select({ id: customers.id }).from(customers).where(and(inArray(customers.id, wanted), isNull(customers.mergedIntoId), isNull(customers.erasedAt)))).map((r) => r.id),
  );
  const i = checked.findIndex((r) => r[column] !== null && !found.has(r[column]!));
  if (i >= 0) {
    const [what, field] = { product_id: ["Product", "productId"], model_id: ["VehicleModel", "modelId"], customer_id: ["Customer", "customerId"] }[column];
    throw notFound(what!, `events.${i}.${field}`);
  }
}

/**
 * Stores a batch of behavioural events in one statement, all or nothing: every event is checked
 * first (the first fault answers with its index, `events.3.productId`), then they are inserted
 * skipping an app event id already stored (whatever its time), so a retry stores nothing twice. An event
 * with only an anonymous id lands on the profile that id was linked to when its visitor signed
 * in (the identity graph's `anonymous` source), else it waits without a profile. The inserts'
 * trigger re-evaluates the segment memberships of the customers they touch, in this statement.
 */
export async function trackEvents(db: Database, principal: Principal, events: TrackEventInput[], deps: TrackDeps) {
  if (!["ANONYMOUS", "CUSTOMER", "ADMIN", "AGENT"].includes(principal.role)) {
    throw new DomainError("FORBIDDEN", `The ${principal.role} role does not send behavioural events`);
  }
  if (events.length < TRACK_BATCH.min || events.length > TRACK_BATCH.max) throw badInput("events", `Send ${TRACK_BATCH.min} to ${TRACK_BATCH.max} events per call`);
  const now = Date.now();
  const checked = events.map((event, i) => checkEvent(principal, event, i, now, deps.retentionDays));
  if (principal.role === "ANONYMOUS") {
    const charge = await deps.anonymousEvents.charge(`activity:${deps.clientAddress ?? "unknown"}`, events.length);
    if (!charge.allowed) throw new DomainError("THROTTLED", "Too many events from this address; try again later", "events", { retryAfter: charge.retryAfter });
  }
  await requireExisting(db, checked, "product_id");
  await requireExisting(db, checked, "model_id");
  if (isStaff(principal)) await requireExisting(db, checked, "customer_id");
  const unique = [...new Map(checked.map((r) => [r.id, r])).values()];
  const [result] = await rows<{ accepted: number }>(
    db,
    sql`with stored as (
      insert into ${activityEvents} (id, customer_id, anonymous_id, type, platform, name, product_id, model_id, url, search_term, properties, occurred_at)
      select e.id, coalesce(e.customer_id, linked.customer_id), e.anonymous_id, e.type, e.platform, e.name, e.product_id, e.model_id, e.url, e.search_term, e.properties, e.occurred_at
      from jsonb_to_recordset(${JSON.stringify(unique)}::jsonb) as e(id uuid, customer_id uuid, anonymous_id text, type activity_event_type, platform activity_platform,
        name text, product_id uuid, model_id uuid, url text, search_term text, properties jsonb, occurred_at timestamptz)
      left join lateral (
        select l.customer_id from source_records r join identity_links l on l.source_record_id = r.id
        where e.customer_id is null and r.source = ${ANONYMOUS_SOURCE} and r.source_id = e.anonymous_id
      ) linked on true
      -- activity_events is partitioned by occurred_at, so its key is (id, occurred_at): an id
      -- already stored at any time is looked up here, and the conflict clause covers a retry racing this one.
      where not exists (select 1 from ${activityEvents} x where x.id = e.id)
      on conflict (id, occurred_at) do nothing
      returning 1
    ) select count(*)::int as accepted from stored`,
  );
  const accepted = Number(result?.accepted ?? 0);
  return { accepted, duplicates: events.length - accepted };
}

/**
 * On registration or sign-in with the app's anonymous id (called inside that transaction through
 * customers' OnSignedIn hook): the id is linked to the profile in the identity graph, and the
 * visitor's events not yet on a profile join it. Answers how many joined.
 */
export async function joinAnonymousHistory(tx: Executor, customerId: string, anonymousId: string): Promise<number> {
  const owner = await linkAnonymousVisitor(tx, customerId, anonymousId);
  const joined = await rows<{ n: number }>(
    tx,
    sql`with moved as (update ${activityEvents} set customer_id = ${owner} where anonymous_id = ${anonymousId} and customer_id is null returning 1)
      select count(*)::int as n from moved`,
  );
  return Number(joined[0]?.n ?? 0);
}
