import { describe, expect, it } from "vitest";
import { fromGlobalId } from "../../src/graphql/global-id.js";
import { Webhook } from "standardwebhooks";
import { afterFailure, retryDelayMs } from "../../src/webhooks/backoff.js";
import { mayMessage } from "../../src/webhooks/consent.rules.js";
import { webhookData } from "../../src/webhooks/payload.js";
import { newSecret, signedRequest } from "../../src/webhooks/signing.js";

describe("webhook rules", () => {
  it("backs off exponentially with jitter between half and all of the delay, capped", () => {
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(retryDelayMs(4, 1000, 60_000, () => 1)).toBe(8000);
    expect(retryDelayMs(4, 1000, 60_000, () => 0)).toBe(4000);
    expect(retryDelayMs(30, 1000, 60_000, () => 1)).toBe(60_000);
    expect(afterFailure(3, 5, true)).toBe("RETRY");
    expect(afterFailure(5, 5, true)).toBe("GIVE_UP");
    expect(afterFailure(1, 5, false)).toBe("GIVE_UP");
  });

  it("sends service messages unless refused, marketing only with consent", () => {
    expect(mayMessage("SERVICE", null)).toBe(true);
    expect(mayMessage("SERVICE", "GRANTED")).toBe(true);
    expect(mayMessage("SERVICE", "DENIED")).toBe(false);
    expect(mayMessage("SERVICE", "REVOKED")).toBe(false);
    expect(mayMessage("MARKETING", null)).toBe(false);
    expect(mayMessage("MARKETING", "REVOKED")).toBe(false);
    expect(mayMessage("MARKETING", "GRANTED")).toBe(true);
  });

  it("turns outbox ids into global ids and column names into the API's", () => {
    const data = webhookData({ customerId: "0b7e6f0e-0000-4000-8000-000000000001", orderId: "0b7e6f0e-0000-4000-8000-000000000002", changedFields: ["given_name", "preferred_dealer_id"], status: "SHIPPED" });
    expect(fromGlobalId(data.customerId as string)).toEqual({ type: "Customer", id: "0b7e6f0e-0000-4000-8000-000000000001" });
    expect(fromGlobalId(data.orderId as string).type).toBe("Order");
    expect(data.changedFields).toEqual(["givenName", "preferredDealerId"]);
    expect(data.status).toBe("SHIPPED");
  });

  it("signs per Standard Webhooks: the library verifies it, and refuses it with another secret or a changed body", () => {
    const secret = newSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const request = signedRequest(secret, "evt-1", "customer.updated", new Date("2026-01-01T00:00:00Z"), { customerId: "x" });
    expect(new Webhook(secret).verify(request.body, request.headers)).toEqual({ type: "customer.updated", timestamp: "2026-01-01T00:00:00.000Z", data: { customerId: "x" } });
    expect(request.headers["webhook-id"]).toBe("evt-1");
    expect(() => new Webhook(newSecret()).verify(request.body, request.headers)).toThrow();
    expect(() => new Webhook(secret).verify(request.body.replace("x", "y"), request.headers)).toThrow();
  });
});
