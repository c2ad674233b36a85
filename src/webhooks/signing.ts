import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** A Standard Webhooks signing secret: whsec_ and 24 random bytes in base64. */
export const newSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`;

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * The request of one attempt, per the Standard Webhooks conventions: body `{type, timestamp,
 * data}`, headers webhook-id (the event's id: the same on every attempt and replay, for the
 * receiver to deduplicate), webhook-timestamp (this attempt, seconds) and webhook-signature
 * (v1, HMAC-SHA256 over id.timestamp.body), signed by the maintained `standardwebhooks` library.
 */
export function signedRequest(secret: string, eventId: string, type: string, occurredAt: Date, data: Record<string, unknown>, now = new Date()): SignedRequest {
  const body = JSON.stringify({ type, timestamp: occurredAt.toISOString(), data });
  const signature = new Webhook(secret).sign(eventId, now, body);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "webhook-id": eventId,
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": signature,
    },
  };
}
