import { and, count, eq, getTableColumns, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database, Transaction } from "../db/client.js";
import { newId } from "../db/ids.js";
import { outboxEvents, webhookDeliveries, webhookEndpoints } from "../db/schema/index.js";
import { badInput, forbidden, notFound } from "../errors.js";
import { paginate, type ConnectionArgs, type KeysetKey } from "../graphql/connection.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { inTransaction, type QueueSql } from "../jobs/queue.js";
import { checkText } from "../validation/input.js";
import { endpointScope, mayManageWebhooks } from "./webhooks.policy.js";
import { newSecret } from "./signing.js";
import {
  enumNameOf,
  typeOfEnumName,
  type CreateWebhookEndpointInput,
  type DeleteWebhookEndpointInput,
  type ReplayWebhookDeliveryInput,
  type UpdateWebhookEndpointInput,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
} from "./webhooks.types.js";

type EndpointRow = typeof webhookEndpoints.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect & { eventType: string };

/** What the services need of the running queue: to enqueue a replay's job (absent with JOB_QUEUE=false). */
export interface WebhookQueue {
  enqueue(tx: QueueSql, deliveryIds: string[]): Promise<void>;
}

export const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({
  dbId: row.id,
  id: toGlobalId("WebhookEndpoint", row.id),
  url: row.url,
  description: row.description,
  eventTypes: row.eventTypes.map(enumNameOf),
  enabled: row.enabled,
  consecutiveFailures: row.consecutiveFailures,
  failingSince: row.failingSince,
  disabledAt: row.disabledAt,
  disabledReason: row.disabledReason,
  dealerId: row.dealerId ? toGlobalId("Dealer", row.dealerId) : null,
  createdAt: row.createdAt,
});

const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  dbId: row.id,
  id: toGlobalId("WebhookDelivery", row.id),
  eventId: row.eventId,
  eventType: enumNameOf(row.eventType),
  status: row.status as WebhookDeliveryStatus,
  attempts: row.attempts,
  nextAttemptAt: row.status === "PENDING" ? row.nextAttemptAt : null,
  lastAttemptAt: row.lastAttemptAt,
  deliveredAt: row.deliveredAt,
  responseStatus: row.responseStatus,
  lastError: row.lastError,
  replayOf: row.replayOf ? toGlobalId("WebhookDelivery", row.replayOf) : null,
  createdAt: row.createdAt,
});

function managersOnly(principal: Principal) {
  if (!mayManageWebhooks(principal)) throw forbidden("Webhook endpoints are registered by administrators and dealers");
}

/**
 * http(s) only, no credentials in it (they would sit in the delivery log's view of the URL);
 * plain http is refused in production, where payloads must not travel in clear.
 */
export function checkUrl(value: string, field: string, production: boolean): string {
  const text = checkText(value, field, 1000, true)!;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(field, "Not a URL");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && !production)) throw badInput(field, production ? "Must be an https URL" : "Must be an http or https URL");
  if (url.username || url.password) throw badInput(field, "Must not carry credentials");
  return url.toString();
}

function checkTypes(values: readonly string[], field: string): string[] {
  if (values.length === 0) throw badInput(field, "Name at least one event type");
  return [...new Set(values.map(typeOfEnumName))];
}

export async function createWebhookEndpoint(db: Database, principal: Principal, input: CreateWebhookEndpointInput, production: boolean) {
  managersOnly(principal);
  const url = checkUrl(input.url, "input.url", production);
  const eventTypes = checkTypes(input.eventTypes, "input.eventTypes");
  const description = checkText(input.description, "input.description", 1000);
  const secret = newSecret();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({ url, eventTypes, description, secret, dealerId: principal.role === "DEALER" ? principal.dealerId : null, createdBy: `${principal.role} ${principal.subject}` })
    .returning();
  return { endpoint: toEndpoint(row!), secret };
}

async function visibleEndpoint(tx: Transaction | Database, principal: Principal, globalId: string, field: string, lock = false) {
  managersOnly(principal);
  const id = expectGlobalId(globalId, "WebhookEndpoint", field);
  const query = tx.select().from(webhookEndpoints).where(and(eq(webhookEndpoints.id, id), endpointScope(principal)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("WebhookEndpoint", field);
  return row;
}

export async function updateWebhookEndpoint(db: Database, principal: Principal, input: UpdateWebhookEndpointInput, production: boolean) {
  return db.transaction(async (tx) => {
    const current = await visibleEndpoint(tx, principal, input.endpointId, "input.endpointId", true);
    const changes: Partial<typeof webhookEndpoints.$inferInsert> = {};
    if (input.url != null) changes.url = checkUrl(input.url, "input.url", production);
    if (input.eventTypes != null) changes.eventTypes = checkTypes(input.eventTypes, "input.eventTypes");
    if (input.description !== undefined) changes.description = checkText(input.description, "input.description", 1000);
    if (input.enabled === true && !current.enabled) Object.assign(changes, { enabled: true, consecutiveFailures: 0, failingSince: null, disabledAt: null, disabledReason: null });
    if (input.enabled === false && current.enabled) Object.assign(changes, { enabled: false, disabledAt: new Date(), disabledReason: `disabled by ${principal.role} ${principal.subject}` });
    if (Object.keys(changes).length === 0) return { endpoint: toEndpoint(current) };
    const [row] = await tx.update(webhookEndpoints).set(changes).where(eq(webhookEndpoints.id, current.id)).returning();
    return { endpoint: toEndpoint(row!) };
  });
}

export async function deleteWebhookEndpoint(db: Database, principal: Principal, input: DeleteWebhookEndpointInput) {
  const row = await visibleEndpoint(db, principal, input.endpointId, "input.endpointId");
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, row.id));
  return { deletedId: toGlobalId("WebhookEndpoint", row.id) };
}

const ENDPOINT_KEYS: KeysetKey<EndpointRow>[] = [
  { column: webhookEndpoints.createdAt, direction: "DESC", value: (r) => r.createdAt },
  { column: webhookEndpoints.id, direction: "DESC", value: (r) => r.id },
];

export function listWebhookEndpoints(db: Database, principal: Principal, args: ConnectionArgs) {
  managersOnly(principal);
  const where = endpointScope(principal);
  return paginate(
    args,
    {
      ordering: "CREATED_AT_DESC",
      keys: ENDPOINT_KEYS,
      fetch: (after, orderBy, limit) => db.select().from(webhookEndpoints).where(and(where, after)).orderBy(...orderBy).limit(limit),
      count: async () => (await db.select({ n: count() }).from(webhookEndpoints).where(where))[0]!.n,
    },
    toEndpoint,
  );
}

const DELIVERY_KEYS: KeysetKey<DeliveryRow>[] = [
  { column: webhookDeliveries.createdAt, direction: "DESC", value: (r) => r.createdAt },
  { column: webhookDeliveries.id, direction: "DESC", value: (r) => r.id },
];

const deliveryColumns = { ...getTableColumns(webhookDeliveries), eventType: outboxEvents.type };

/** An endpoint's delivery log, newest first (the endpoint as its owner or an administrator sees it). */
export async function listWebhookDeliveries(db: Database, principal: Principal, endpointId: string, args: ConnectionArgs) {
  const endpoint = await visibleEndpoint(db, principal, endpointId, "endpointId");
  const where = eq(webhookDeliveries.endpointId, endpoint.id);
  return paginate(
    args,
    {
      ordering: "CREATED_AT_DESC",
      keys: DELIVERY_KEYS,
      fetch: (after, orderBy, limit) =>
        db.select(deliveryColumns).from(webhookDeliveries).innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId)).where(and(where, after)).orderBy(...orderBy).limit(limit),
      count: async () => (await db.select({ n: count() }).from(webhookDeliveries).where(where))[0]!.n,
    },
    toDelivery,
  );
}

/**
 * Sends a delivery's event again, as a new delivery with the same event id (webhook-id), so that
 * the log keeps both. The job is enqueued in the same transaction; with the queue off in this
 * process the sweeper of a process that runs it picks the delivery up.
 */
export async function replayWebhookDelivery(db: Database, principal: Principal, input: ReplayWebhookDeliveryInput, queue: WebhookQueue | undefined) {
  managersOnly(principal);
  const id = expectGlobalId(input.deliveryId, "WebhookDelivery", "input.deliveryId");
  return db.transaction(async (tx) => {
    const [original] = await tx
      .select({ endpointId: webhookDeliveries.endpointId, eventId: webhookDeliveries.eventId, eventType: outboxEvents.type })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
      .where(and(eq(webhookDeliveries.id, id), endpointScope(principal)));
    if (!original) throw notFound("WebhookDelivery", "input.deliveryId");
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({ id: newId(), endpointId: original.endpointId, eventId: original.eventId, replayOf: id, status: "PENDING", nextAttemptAt: sql`now()` })
      .returning();
    if (queue) await queue.enqueue(inTransaction(tx), [row!.id]);
    return { delivery: toDelivery({ ...row!, eventType: original.eventType }) };
  });
}
