import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { cases, interactions, orders } from "../db/schema/index.js";
import { emitOutbox } from "../outbox/emit.js";

/** Which notice it is: the outbox event type (notice.<kind in lower case>) partners subscribe to. */
export type NoticeKind =
  | "ORDER_CONFIRMED"
  | "ORDER_SPLIT"
  | "ORDER_PARTIALLY_SHIPPED"
  | "ORDER_SHIPPED"
  | "ORDER_DELIVERED"
  | "ORDER_CANCELLED"
  | "RETURN_ACCEPTED"
  | "RETURN_RECEIVED"
  | "RETURN_DECLINED"
  | "ORDER_RETURNED"
  | "CASE_ANSWERED"
  | "CASE_RESOLVED"
  | "CASE_CLOSED";

export interface Notice {
  kind: NoticeKind;
  customerId: string;
  orderId?: string | null;
  caseId?: string | null;
  subject: string;
  channel?: "EMAIL" | "SMS" | "APP";
  occurredAt?: Date;
}

/**
 * An outbound notification on the customer's timeline (order confirmed, shipped, ...), written
 * inside the caller's transaction so that the notice and the change it reports commit together;
 * the same transaction puts it on the outbox, from where a gateway's webhook sends it (a service
 * message: the customer's consent for the channel is checked when it is delivered, src/webhooks).
 */
export async function recordNotice(tx: Executor, notice: Notice): Promise<void> {
  await tx.insert(interactions).values({
    customerId: notice.customerId,
    orderId: notice.orderId ?? null,
    caseId: notice.caseId ?? null,
    channel: notice.channel ?? "EMAIL",
    direction: "OUTBOUND",
    type: "NOTIFICATION",
    subject: notice.subject,
    occurredAt: notice.occurredAt ?? new Date(),
  });
  const dealer = sql`coalesce((select ${orders.dealerId} from ${orders} where ${orders.id} = ${notice.orderId ?? null}::uuid),
    (select ${cases.againstDealerId} from ${cases} where ${cases.id} = ${notice.caseId ?? null}::uuid))`;
  await emitOutbox(
    tx,
    `notice.${notice.kind.toLowerCase()}` as `notice.${Lowercase<NoticeKind>}`,
    { customerId: notice.customerId, orderId: notice.orderId ?? null, caseId: notice.caseId ?? null, channel: notice.channel ?? "EMAIL", purpose: "SERVICE", subject: notice.subject },
    { customerId: notice.customerId, dealerId: dealer, dealerOnly: true },
  );
}
