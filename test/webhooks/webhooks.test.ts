import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { CancelOrder } from "../operations/order-writes.js";
import { EraseCustomer } from "../operations/privacy.js";
import { SetConsents, UpdateProfile } from "../operations/profile.js";
import { CreateWebhookEndpoint, DeleteWebhookEndpoint, ReplayWebhookDelivery, UpdateWebhookEndpoint, WebhookDeliveries, WebhookEndpoints } from "../operations/webhooks.js";
import type { WebhookEventType } from "../generated/graphql.js";
import { makeCustomer, makeDealer, makeOrder, makeSupplier } from "../support/factories.js";
import { gid } from "../support/order-flow.js";
import { describePlatform, firstError } from "../support/suite.js";
import { eventually, WebhookReceiver } from "../support/webhook-receiver.js";

/**
 * Small backoff and a low disable threshold, so that retries and disabling happen within a test;
 * disabling also needs a minute of failures, which the test makes pass by moving the run's start back.
 */
const ENV = {
  JOB_QUEUE: "true",
  OUTBOX_POLL_MS: "100",
  WEBHOOK_RETRY_BASE_MS: "40",
  WEBHOOK_RETRY_MAX_MS: "200",
  WEBHOOK_MAX_ATTEMPTS: "6",
  WEBHOOK_DISABLE_AFTER: "3",
  WEBHOOK_DISABLE_AFTER_MINUTES: "1",
  WEBHOOK_TIMEOUT_MS: "2000",
};

describePlatform(
  "webhooks: the outbox, signed deliveries, retries, replay and scope",
  (platform) => {
    const receiver = new WebhookReceiver();
    let admin: string, dealerA: string, dealerB: string, supplier: string, agent: string;
    let dealerAId: string;
    let ofA: { id: string }, ofB: { id: string };

    const register = async (token: string, path: string, eventTypes: WebhookEventType[], answer?: (n: number) => number) => {
      const url = receiver.route(path, answer);
      const { createWebhookEndpoint } = await platform().data(CreateWebhookEndpoint, { input: { url, eventTypes } }, token);
      receiver.secret(path, createWebhookEndpoint.secret);
      return createWebhookEndpoint.endpoint;
    };
    const deliveriesOf = async (endpointId: string, token = admin) =>
      (await platform().data(WebhookDeliveries, { endpointId, first: 100 }, token)).webhookDeliveries.edges.map((e) => e.node);

    beforeAll(async () => {
      await receiver.start();
      const db = platform().database.db;
      const [a, b] = [await makeDealer(db), await makeDealer(db)];
      dealerAId = a.id;
      ofA = await makeCustomer(db, { dealerIds: [a.id], email: `wh.a.${Date.now()}@example.com` });
      ofB = await makeCustomer(db, { dealerIds: [b.id] });
      admin = await platform().token({ role: "ADMIN", sub: "admin" });
      agent = await platform().token({ role: "AGENT", sub: "agent" });
      dealerA = await platform().token({ role: "DEALER", sub: "dealer.a", dealerId: a.id });
      dealerB = await platform().token({ role: "DEALER", sub: "dealer.b", dealerId: b.id });
      supplier = await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await makeSupplier(db)).id });
    });
    afterAll(() => receiver.close());

    it("lets administrators and dealers register endpoints, nobody else, and refuses bad input without writing", async () => {
      const input = { url: `${receiver.url}/nowhere`, eventTypes: ["CUSTOMER_UPDATED" as const] };
      const db = platform().database.db;
      const before = (await db.select({ n: count() }).from(s.webhookEndpoints))[0]!.n;
      for (const token of [supplier, agent]) expect(firstError((await platform().gql(CreateWebhookEndpoint, { input }, token)).body).code).toBe("FORBIDDEN");
      expect(firstError((await platform().gql(CreateWebhookEndpoint, { input })).body).code).toBe("UNAUTHENTICATED");
      expect(firstError((await platform().gql(CreateWebhookEndpoint, { input: { ...input, url: "ftp://example.com/x" } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.url" });
      expect(firstError((await platform().gql(CreateWebhookEndpoint, { input: { ...input, url: "https://user:pw@example.com/x" } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.url" });
      expect(firstError((await platform().gql(CreateWebhookEndpoint, { input: { ...input, eventTypes: [] } }, dealerA)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.eventTypes" });
      expect((await db.select({ n: count() }).from(s.webhookEndpoints))[0]!.n).toBe(before);
    });

    it("signs every delivery and sends a dealer only its own customers' events", async () => {
      const types: WebhookEventType[] = ["CUSTOMER_UPDATED", "CUSTOMER_ERASED", "CONSENT_CHANGED"];
      await register(admin, "/admin", types);
      const mine = await register(dealerA, "/dealer-a", types);
      const theirs = await register(dealerB, "/dealer-b", types);
      expect(mine.dealerId).toBe(gid("Dealer", dealerAId));

      await platform().data(UpdateProfile, { input: { customerId: gid("Customer", ofA.id), givenName: "Wen" } }, admin);
      const atAdmin = await eventually("the admin endpoint's delivery", () => receiver.at("/admin").find((r) => r.data.customerId === gid("Customer", ofA.id)));
      expect(atAdmin).toMatchObject({ verified: true, type: "customer.updated" });
      expect(atAdmin.data.changedFields).toContain("givenName");
      // Payloads name what changed, never the values.
      expect(atAdmin.body).not.toContain("Wen");
      const atDealer = await eventually("dealer A's delivery", () => receiver.at("/dealer-a").find((r) => r.id === atAdmin.id));
      expect(atDealer.verified).toBe(true);
      // The event's deliveries are created in one transaction: dealer B has none, and never will.
      expect((await deliveriesOf(theirs.id, dealerB)).map((d) => d.eventId)).not.toContain(atAdmin.id);
      expect(receiver.at("/dealer-b")).toEqual([]);

      // Each sees its own endpoints and logs only.
      expect((await platform().data(WebhookEndpoints, {}, dealerB)).webhookEndpoints.edges.map((e) => e.node.id)).toEqual([theirs.id]);
      expect(firstError((await platform().gql(WebhookDeliveries, { endpointId: mine.id }, dealerB)).body)).toEqual({ code: "NOT_FOUND", field: "endpointId" });
      expect(firstError((await platform().gql(DeleteWebhookEndpoint, { input: { endpointId: mine.id } }, dealerB)).body).code).toBe("NOT_FOUND");

      // Dealer B's own customer's change reaches it (and the platform's endpoint), not dealer A.
      await platform().data(UpdateProfile, { input: { customerId: gid("Customer", ofB.id), givenName: "Bo" } }, admin);
      const atB = await eventually("dealer B's delivery", () => receiver.at("/dealer-b").find((r) => r.data.customerId === gid("Customer", ofB.id)));
      expect(atB.verified).toBe(true);
      expect((await deliveriesOf(mine.id, dealerA)).map((d) => d.eventId)).not.toContain(atB.id);
    });

    it("retries after 500s with backoff, rides out a short outage, disables an endpoint only after failing long enough, and replays a delivery", async () => {
      // More failed attempts in a row than WEBHOOK_DISABLE_AFTER, but for less than its minute: an outage, not a dead endpoint.
      const flaky = await register(admin, "/flaky", ["CONSENT_CHANGED"], (n) => (n < 4 ? 500 : 200));
      const dead = await register(admin, "/dead", ["CONSENT_CHANGED"], () => 500);
      const endpoint = async (id: string) => (await platform().data(WebhookEndpoints, {}, admin)).webhookEndpoints.edges.map((e) => e.node).find((e) => e.id === id)!;
      const consent = (status: "GRANTED" | "DENIED") =>
        platform().data(SetConsents, { input: { customerId: gid("Customer", ofB.id), consents: [{ channel: "SMS", purpose: "MARKETING", status }] } }, admin);
      await consent("GRANTED");

      const attempts = await eventually("five attempts at the flaky endpoint", () => (receiver.at("/flaky").length >= 5 ? receiver.at("/flaky") : false));
      expect(new Set(attempts.map((a) => a.id)).size).toBe(1);
      expect(attempts.every((a) => a.verified)).toBe(true);
      const delivered = await eventually("the flaky delivery recorded", async () => (await deliveriesOf(flaky.id)).find((d) => d.status === "DELIVERED"));
      expect(delivered).toMatchObject({ attempts: 5, responseStatus: 200, eventType: "CONSENT_CHANGED" });
      expect(await endpoint(flaky.id)).toMatchObject({ enabled: true, consecutiveFailures: 0, failingSince: null });

      // The dead endpoint's delivery runs out of attempts while the endpoint stays enabled: six failures, but within the minute.
      const [givenUp] = await eventually("the dead delivery given up", async () => {
        const log = await deliveriesOf(dead.id);
        return log.length > 0 && log.every((d) => d.status === "FAILED") && log;
      });
      expect(givenUp).toMatchObject({ attempts: 6 });
      expect(givenUp!.lastError).toContain("gave up after 6 attempts");
      const failing = await endpoint(dead.id);
      expect(failing).toMatchObject({ enabled: true, consecutiveFailures: 6 });
      expect(Date.now() - new Date(failing.failingSince!).getTime()).toBeLessThan(60_000);

      // A minute later (the run's start moved back), the next failed attempt disables it.
      const db = platform().database.db;
      await db.execute(sql`update ${s.webhookEndpoints} set failing_since = failing_since - interval '61 seconds' where url = ${receiver.url + "/dead"}`);
      await consent("DENIED");
      const disabled = await eventually("the dead endpoint disabled", async () => {
        const e = await endpoint(dead.id);
        return !e.enabled && e;
      });
      expect(disabled.disabledReason).toBe("every attempt failed for 1 min (at least 3 consecutive failed attempts)");
      const [cut] = await eventually("the next delivery failed with the endpoint", async () => {
        const log = await deliveriesOf(dead.id);
        return log.length === 2 && log.every((d) => d.status === "FAILED") && log;
      });
      expect(cut).toMatchObject({ attempts: 1 });
      expect(cut!.lastError).toContain("endpoint disabled");

      const before = receiver.at("/flaky").length;
      const { replayWebhookDelivery } = await platform().data(ReplayWebhookDelivery, { input: { deliveryId: delivered.id } }, admin);
      expect(replayWebhookDelivery.delivery).toMatchObject({ eventId: delivered.eventId, status: "PENDING", replayOf: delivered.id });
      const replayed = await eventually("the replay", () => receiver.at("/flaky").slice(before).find((r) => r.id === delivered.eventId));
      expect(replayed.verified).toBe(true);
      expect(firstError((await platform().gql(ReplayWebhookDelivery, { input: { deliveryId: delivered.id } }, dealerA)).body).code).toBe("NOT_FOUND");

      const { updateWebhookEndpoint } = await platform().data(UpdateWebhookEndpoint, { input: { endpointId: dead.id, enabled: true } }, admin);
      expect(updateWebhookEndpoint.endpoint).toMatchObject({ enabled: true, consecutiveFailures: 0, failingSince: null, disabledReason: null });
    });

    it("sends order notices under the customer's consent, and an erasure without personal data", async () => {
      const gateway = await register(admin, "/gateway", ["NOTICE_ORDER_CANCELLED", "CUSTOMER_ERASED"]);
      const db = platform().database.db;
      const refused = await makeCustomer(db);
      await platform().data(SetConsents, { input: { customerId: gid("Customer", refused.id), consents: [{ channel: "EMAIL", purpose: "SERVICE", status: "DENIED" }] } }, admin);
      const orders = [await makeOrder(db, ofA.id, { status: "PENDING" }), await makeOrder(db, refused.id, { status: "PENDING" })];
      for (const order of orders) await platform().data(CancelOrder, { input: { orderId: gid("Order", order.id) } }, admin);

      const notice = await eventually("the cancellation notice", () => receiver.at("/gateway").find((r) => r.type === "notice.order_cancelled"));
      expect(notice.data).toMatchObject({ customerId: gid("Customer", ofA.id), orderId: gid("Order", orders[0]!.id), channel: "EMAIL", purpose: "SERVICE" });
      const skipped = await eventually("the refused notice skipped", async () => (await deliveriesOf(gateway.id)).find((d) => d.status === "SKIPPED"));
      expect(skipped.lastError).toContain("no consent for SERVICE messages by EMAIL");
      expect(receiver.at("/gateway").filter((r) => r.data.customerId === gid("Customer", refused.id))).toEqual([]);

      await platform().data(EraseCustomer, { input: { customerId: gid("Customer", ofA.id) } }, admin);
      const erased = await eventually("the erasure event", () => receiver.at("/gateway").find((r) => r.type === "customer.erased"));
      expect(erased.verified).toBe(true);
      expect(erased.data).toEqual({ customerId: gid("Customer", ofA.id) });
      // Dealer A, whose customer it was, hears of the erasure too.
      await eventually("dealer A's erasure event", () => receiver.at("/dealer-a").find((r) => r.type === "customer.erased"));
    });

    it("writes nothing to the outbox when the change's transaction rolls back", async () => {
      const db = platform().database.db;
      const outboxOf = async (on: typeof db, customerId: string) =>
        (await on.select({ n: count() }).from(s.outboxEvents).where(and(eq(s.outboxEvents.customerId, customerId), eq(s.outboxEvents.type, "customer.updated"))))[0]!.n;
      const rename = (on: typeof db, name: string) => on.update(s.customers).set({ givenName: name }).where(eq(s.customers.id, ofB.id));
      const before = await outboxOf(db, ofB.id);
      await expect(
        db.transaction(async (tx) => {
          const inside = tx as unknown as typeof db;
          await rename(inside, "Rolled");
          // Written by the change's own transaction...
          expect(await outboxOf(inside, ofB.id)).toBe(before + 1);
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      // ...and gone with it.
      expect(await outboxOf(db, ofB.id)).toBe(before);
      await rename(db, "Kept");
      expect(await outboxOf(db, ofB.id)).toBe(before + 1);
    });
  },
  ENV,
);
