import type { Executor } from "../db/client.js";
import { interactions } from "../db/schema/index.js";

export interface Notice {
  customerId: string;
  orderId?: string | null;
  caseId?: string | null;
  subject: string;
  channel?: "EMAIL" | "SMS" | "APP";
  occurredAt?: Date;
}

/**
 * An outbound notification on the customer's timeline (order confirmed, shipped, ...), written
 * inside the caller's transaction so that the notice and the change it reports commit together.
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
}
