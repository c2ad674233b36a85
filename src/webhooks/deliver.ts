import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { Param, sql } from "drizzle-orm";
import type { WebhookSettings } from "../config.js";
import { rows, type Database } from "../db/client.js";
import { consentEvents, customers, outboxEvents, webhookDeliveries, webhookEndpoints } from "../db/schema/index.js";
import { inTransaction } from "../jobs/queue.js";
import { isNotice } from "../outbox/event-types.js";
import { afterFailure, retryDelayMs, type AttemptOutcome } from "./backoff.js";
import { mayMessage } from "./consent.rules.js";
import { noJit, type Enqueue } from "./dispatch.js";
import { webhookData } from "./payload.js";
import { signedRequest } from "./signing.js";

interface Claimed {
  id: string;
  attempts: number;
  endpointId: string;
  url: string;
  secret: string;
  enabled: boolean;
  /** The endpoint's failure count when claimed. */
  failures: number;
  eventId: string;
  type: string;
  payload: Record<string, unknown> | string;
  occurredAt: Date | string;
  erased: boolean | null;
  consent: "GRANTED" | "DENIED" | "REVOKED" | null;
}

/**
 * How long a worker holds a claimed delivery: room for the requests of a whole fetch queued
 * behind one another on a busy process, and to record the answers. Past it another worker may
 * send the delivery again (what a killed process leaves behind); too short, and a slow but living
 * worker's deliveries are sent twice.
 */
export const leaseMs = (settings: WebhookSettings) => 3 * settings.timeoutMs + 30_000;

/**
 * Takes the deliveries that are still pending, due and not held by another worker, and holds
 * them for the lease; with them what sending needs (endpoint, event, and for a notice the
 * customer's latest consent for its channel and purpose, and whether they were erased).
 */
async function claim(db: Database, ids: string[], settings: WebhookSettings): Promise<Claimed[]> {
  const purpose = sql`coalesce(${outboxEvents.payload}->>'purpose', 'SERVICE')`;
  return db.transaction(async (tx) => {
    await noJit(tx);
    return rows<Claimed>(
    tx,
    sql`update ${webhookDeliveries} d set lease_until = now() + make_interval(secs => ${leaseMs(settings) / 1000})
      from unnest(${new Param(ids)}::uuid[]) as batch(id), ${webhookEndpoints}, ${outboxEvents}
      where d.id = batch.id and d.status = 'PENDING' and d.next_attempt_at <= now() + interval '1 second'
        and (d.lease_until is null or d.lease_until < now())
        and ${webhookEndpoints.id} = d.endpoint_id and ${outboxEvents.id} = d.event_id
      returning d.id, d.attempts, ${webhookEndpoints.id} as "endpointId", ${webhookEndpoints.url} as url, ${webhookEndpoints.secret} as secret,
        ${webhookEndpoints.enabled} as enabled, ${webhookEndpoints.consecutiveFailures} as failures, ${outboxEvents.id} as "eventId", ${outboxEvents.type} as type, ${outboxEvents.payload} as payload,
        ${outboxEvents.occurredAt} as "occurredAt",
        (select ${customers.erasedAt} is not null from ${customers} where ${customers.id} = ${outboxEvents.customerId}) as erased,
        case when ${outboxEvents.type} like 'notice.%' then (
          select ${consentEvents.status} from ${consentEvents}
          where ${consentEvents.customerId} = ${outboxEvents.customerId} and ${consentEvents.channel}::text = ${outboxEvents.payload}->>'channel'
            and ${consentEvents.purpose}::text = ${purpose}
          order by ${consentEvents.recordedAt} desc limit 1) end as consent`,
    );
  });
}

/**
 * Kept-alive connections per receiver: node:http with an agent rather than fetch, which spends
 * several times the CPU per request (the delivery rate is CPU-bound on the sender).
 */
const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }) };

function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === "https:";
    const request = (secure ? httpsRequest : httpRequest)(
      target,
      { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, agent: secure ? agents.https : agents.http, timeout: timeoutMs },
      (response) => {
        // The body is not read beyond what frees the connection: receivers answer briefly.
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "TIMEOUT" })));
    request.on("error", reject);
    request.end(body);
  });
}

async function send(delivery: Claimed, timeoutMs: number): Promise<AttemptOutcome> {
  const payload = typeof delivery.payload === "string" ? (JSON.parse(delivery.payload) as Record<string, unknown>) : delivery.payload;
  const request = signedRequest(delivery.secret, delivery.eventId, delivery.type, new Date(delivery.occurredAt), webhookData(payload));
  try {
    const status = await post(delivery.url, request.headers, request.body, timeoutMs);
    return status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, status: null, error: code === "TIMEOUT" ? (error as Error).message : (code ?? (error as Error).message) };
  }
}

/** Why the failures disabled an endpoint, in the settings' terms. */
export function disabledReason({ disableAfter, disableAfterMinutes }: Pick<WebhookSettings, "disableAfter" | "disableAfterMinutes">): string {
  const attempts = `${disableAfter} consecutive failed attempts`;
  if (disableAfterMinutes === 0) return attempts;
  const span = disableAfterMinutes % 60 === 0 ? `${disableAfterMinutes / 60} h` : `${disableAfterMinutes} min`;
  return `every attempt failed for ${span} (at least ${attempts})`;
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function eachLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

interface Result {
  id: string;
  status: "DELIVERED" | "PENDING" | "FAILED" | "SKIPPED";
  attempted: boolean;
  responseStatus: number | null;
  error: string | null;
  nextAttemptAt: string | null;
}

/**
 * One job's deliveries: claim, send (in parallel, signed), then record every answer in one
 * transaction with the endpoints' failure counts and the retries' jobs. A process killed
 * between the send and the record leaves the deliveries claimed: after the lease another worker
 * sends them again (at least once; receivers deduplicate by webhook-id).
 */
export async function deliver(db: Database, ids: string[], settings: WebhookSettings, enqueue: Enqueue): Promise<Result[]> {
  const claimed = await claim(db, ids, settings);
  if (claimed.length === 0) return [];
  const outcomes = await eachLimited(claimed, settings.concurrency, async (d): Promise<AttemptOutcome | Result> => {
    if (!d.enabled) return { id: d.id, status: "FAILED", attempted: false, responseStatus: null, error: "endpoint disabled", nextAttemptAt: null };
    if (isNotice(d.type)) {
      const payload = typeof d.payload === "string" ? (JSON.parse(d.payload) as Record<string, unknown>) : d.payload;
      if (d.erased) return { id: d.id, status: "SKIPPED", attempted: false, responseStatus: null, error: "the customer was erased", nextAttemptAt: null };
      const purpose = payload.purpose === "MARKETING" ? "MARKETING" : "SERVICE";
      if (!mayMessage(purpose, d.consent)) {
        return { id: d.id, status: "SKIPPED", attempted: false, responseStatus: null, error: `no consent for ${purpose} messages by ${String(payload.channel)} (${d.consent})`, nextAttemptAt: null };
      }
    }
    return send(d, settings.timeoutMs);
  });

  // Each endpoint's run of failures, in the order the answers came: a success clears it.
  const runs = new Map<string, { reset: boolean; failures: number }>();
  claimed.forEach((d, i) => {
    const outcome = outcomes[i]!;
    if (!("ok" in outcome)) return;
    const run = runs.get(d.endpointId) ?? { reset: false, failures: 0 };
    if (outcome.ok) runs.set(d.endpointId, { reset: true, failures: 0 });
    else runs.set(d.endpointId, { ...run, failures: run.failures + 1 });
  });

  return db.transaction(async (tx) => {
    await noJit(tx);
    const stillEnabled = new Map<string, boolean>();
    for (const [endpointId, run] of runs) {
      // All went well with an endpoint that had no failures: nothing to write, and no lock on its
      // row, which every job sending to it would otherwise queue behind.
      if (run.reset && run.failures === 0 && claimed.every((d) => d.endpointId !== endpointId || d.failures === 0)) {
        stillEnabled.set(endpointId, true);
        continue;
      }
      const count = sql`(case when ${run.reset} then 0 else ${webhookEndpoints.consecutiveFailures} end) + ${run.failures}::int`;
      // A success in this batch ends the old run: failures after it start a new one now.
      const failingSince = sql`(case when ${run.failures}::int = 0 then null when ${run.reset} then now() else coalesce(${webhookEndpoints.failingSince}, now()) end)`;
      const disables = sql`coalesce(${webhookEndpoints.enabled} and ${count} >= ${settings.disableAfter}::int
        and ${failingSince} <= now() - make_interval(mins => ${settings.disableAfterMinutes}::int), false)`;
      const [row] = await rows<{ enabled: boolean }>(
        tx,
        sql`update ${webhookEndpoints} set consecutive_failures = ${count}, failing_since = ${failingSince},
            enabled = ${webhookEndpoints.enabled} and not ${disables},
            disabled_at = case when ${disables} then now() else ${webhookEndpoints.disabledAt} end,
            disabled_reason = case when ${disables} then ${disabledReason(settings)} else ${webhookEndpoints.disabledReason} end,
            updated_at = now()
          where ${webhookEndpoints.id} = ${endpointId} returning enabled`,
      );
      stillEnabled.set(endpointId, row?.enabled ?? false);
    }
    const now = Date.now();
    const retries: { id: string; at: Date }[] = [];
    const results: Result[] = claimed.map((d, i) => {
      const outcome = outcomes[i]!;
      if (!("ok" in outcome)) return outcome;
      if (outcome.ok) return { id: d.id, status: "DELIVERED", attempted: true, responseStatus: outcome.status, error: null, nextAttemptAt: null };
      const failed = d.attempts + 1;
      const enabled = stillEnabled.get(d.endpointId) ?? false;
      if (afterFailure(failed, settings.maxAttempts, enabled) === "GIVE_UP") {
        const why = enabled ? `${outcome.error}; gave up after ${failed} attempts` : `${outcome.error}; endpoint disabled`;
        return { id: d.id, status: "FAILED", attempted: true, responseStatus: outcome.status, error: why, nextAttemptAt: null };
      }
      const at = new Date(now + retryDelayMs(failed, settings.retryBaseMs, settings.retryMaxMs));
      retries.push({ id: d.id, at });
      return { id: d.id, status: "PENDING", attempted: true, responseStatus: outcome.status, error: outcome.error, nextAttemptAt: at.toISOString() };
    });
    await tx.execute(sql`update ${webhookDeliveries} d set
        status = x.status,
        attempts = d.attempts + (case when x.attempted then 1 else 0 end),
        last_attempt_at = case when x.attempted then now() else d.last_attempt_at end,
        delivered_at = case when x.status = 'DELIVERED' then now() else d.delivered_at end,
        response_status = x.response_status,
        last_error = x.error,
        next_attempt_at = x.next_attempt_at,
        lease_until = null,
        updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(results.map((r) => ({ id: r.id, status: r.status, attempted: r.attempted, response_status: r.responseStatus, error: r.error, next_attempt_at: r.nextAttemptAt })))}::jsonb)
        as x(id uuid, status text, attempted boolean, response_status int, error text, next_attempt_at timestamptz)
      where d.id = x.id`);
    for (const retry of retries) await enqueue(inTransaction(tx), [retry.id], retry.at);
    return results;
  });
}
