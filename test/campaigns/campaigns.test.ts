import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { rows } from "../../src/db/client.js";
import { Campaigns, CreateCampaign, PreviewCampaign, SendCampaign } from "../operations/campaigns.js";
import { SetPreferences } from "../operations/profile.js";
import { CreateWebhookEndpoint } from "../operations/webhooks.js";
import { makeCustomer, makeDealer, makeOrder, makeOrderLine, makeProduct, makeSupplier, makeVehicle } from "../support/factories.js";
import { gid } from "../support/order-flow.js";
import { describePlatform, firstError } from "../support/suite.js";
import { eventually, WebhookReceiver } from "../support/webhook-receiver.js";

const pad = (n: number) => String(n).padStart(2, "0");
// Quiet hours around now in UTC: a customer whose zone is UTC is in them, one in Shanghai (UTC+8) is not.
const hour = new Date().getUTCHours();
const ENV = {
  JOB_QUEUE: "true",
  OUTBOX_POLL_MS: "100",
  WEBHOOK_TIMEOUT_MS: "2000",
  CAMPAIGN_FREQUENCY_CAP: "1/7",
  CAMPAIGN_QUIET_HOURS: `${pad(hour)}:00-${pad((hour + 2) % 24)}:00`,
  TIME_ZONE: "Asia/Shanghai",
};

describePlatform(
  "campaigns: audiences, send-time checks, the gateway's webhook",
  (platform) => {
    const receiver = new WebhookReceiver();
    let admin: string, dealerA: string, supplier: string;
    let dealerAId: string, dealerBId: string;
    const grant = (customerId: string, channel: "SMS" | "EMAIL", purpose: "MARKETING" | "SERVICE" = "MARKETING", status: "GRANTED" | "DENIED" = "GRANTED") =>
      platform().database.db.insert(s.consentEvents).values({ customerId, channel, purpose, status, source: "test" });
    const countsOf = async (id: string) => (await platform().data(Campaigns, {}, admin)).campaigns.edges.map((e) => e.node).find((c) => c.id === id)!.counts;

    beforeAll(async () => {
      await receiver.start();
      const db = platform().database.db;
      dealerAId = (await makeDealer(db)).id;
      dealerBId = (await makeDealer(db)).id;
      admin = await platform().token({ role: "ADMIN", sub: "admin" });
      dealerA = await platform().token({ role: "DEALER", sub: "dealer.a", dealerId: dealerAId });
      supplier = await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await makeSupplier(db)).id });
      const url = receiver.route("/gateway");
      const { createWebhookEndpoint } = await platform().data(CreateWebhookEndpoint, { input: { url, eventTypes: ["MESSAGE_REQUESTED"] } }, admin);
      receiver.secret("/gateway", createWebhookEndpoint.secret);
    });
    afterAll(() => receiver.close());

    it("previews and sends to a product's buyers under consent, plan, frequency cap and quiet hours, each outcome on the timeline", async () => {
      const db = platform().database.db;
      const product = await makeProduct(db);
      const buyer = async (givenName: string, orders = 1, dealerId = dealerBId) => {
        const c = await makeCustomer(db, { givenName, familyName: "Li", displayName: `${givenName} Li`, dealerIds: [dealerId] });
        for (let i = 0; i < orders; i++) {
          const order = await makeOrder(db, c.id, { dealerId });
          if (i === 0) await makeOrderLine(db, order.id, { product });
        }
        return c;
      };
      const sent = await buyer("Wei"); // OCCASIONAL, SMS marketing granted
      const refused = await buyer("Bo"); // no consent
      const sleeping = await buyer("Lan"); // granted, in quiet hours (zone UTC)
      const capped = await buyer("Jun"); // granted, had a message this week
      const loyal = await buyer("Mei", 6); // VERY_LOYAL: offers are not in their plan
      const mine = await buyer("Hua", 1, dealerAId); // dealer A's customer, granted
      for (const c of [sent, sleeping, capped, loyal, mine]) await grant(c.id, "SMS");
      await grant(refused.id, "SMS", "MARKETING", "DENIED");
      // The zone through the API (checked), the earlier message directly.
      expect(firstError((await platform().gql(SetPreferences, { input: { customerId: gid("Customer", sleeping.id), preferences: [{ key: "timeZone", value: "Mars/Olympus" }] } }, admin)).body)).toEqual({
        code: "BAD_USER_INPUT",
        field: "input.preferences.0.value",
      });
      await platform().data(SetPreferences, { input: { customerId: gid("Customer", sleeping.id), preferences: [{ key: "timeZone", value: "UTC" }] } }, admin);
      const [earlier] = await db.insert(s.campaigns).values({ name: "Earlier", kind: "OFFER", channel: "SMS", audience: { tier: "REGULAR" }, body: "x", status: "SENT", createdBy: "test" }).returning();
      await db.insert(s.campaignSends).values({ campaignId: earlier!.id, customerId: capped.id, status: "SENT", decidedAt: new Date() });

      const input = { name: "Spring offer", kind: "OFFER" as const, channel: "SMS" as const, audience: { productId: gid("Product", product.id) }, body: "Hi {{ givenName | there }}, 10% off for you." };
      // Bad templates and callers are refused before anything is written.
      expect(firstError((await platform().gql(CreateCampaign, { input: { ...input, body: "Hi {{ email }}" } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.body" });
      expect(firstError((await platform().gql(CreateCampaign, { input: { ...input, audience: { productId: gid("Product", product.id), tier: "REGULAR" } } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.audience" });
      expect(firstError((await platform().gql(CreateCampaign, { input }, supplier)).body).code).toBe("FORBIDDEN");

      const { previewCampaign } = await platform().data(PreviewCampaign, { input }, admin);
      expect(previewCampaign.funnel).toEqual([
        { step: "AUDIENCE", remaining: 6 },
        { step: "CONSENT", remaining: 5 },
        { step: "PLAN", remaining: 4 },
        { step: "FREQUENCY_CAP", remaining: 3 },
        { step: "TEMPLATE", remaining: 3 },
      ]);
      expect(previewCampaign).toMatchObject({ willSend: 3, deferred: 1 });
      expect(previewCampaign.sample.find((m) => m.customer.id === gid("Customer", sent.id))?.body).toBe("Hi Wei, 10% off for you.");
      // A dealer's audience is its own customers: the buyer in its own orders.
      const ofDealer = await platform().data(PreviewCampaign, { input }, dealerA);
      expect(ofDealer.previewCampaign.funnel[0]).toEqual({ step: "AUDIENCE", remaining: 1 });
      expect(ofDealer.previewCampaign.sample.map((m) => m.customer.id)).toEqual([gid("Customer", mine.id)]);

      const { createCampaign } = await platform().data(CreateCampaign, { input }, admin);
      expect(createCampaign.campaign).toMatchObject({ status: "DRAFT", dealerId: null });
      const { sendCampaign } = await platform().data(SendCampaign, { input: { campaignId: createCampaign.campaign.id } }, admin);
      expect(sendCampaign.campaign).toMatchObject({ status: "SENDING", counts: { pending: 6 } });
      expect(firstError((await platform().gql(SendCampaign, { input: { campaignId: createCampaign.campaign.id } }, admin)).body).code).toBe("CONFLICT");

      const counts = await eventually("every message decided", async () => {
        const c = await countsOf(createCampaign.campaign.id);
        return c.pending === 0 && c.sent + c.skipped + c.deferred === 6 && c;
      });
      expect(counts).toEqual({ pending: 0, deferred: 1, sent: 2, skipped: 3 });
      const messages = await eventually("two messages at the gateway", () => (receiver.at("/gateway").length >= 2 ? receiver.at("/gateway") : false));
      expect(messages.every((m) => m.verified && m.type === "message.requested")).toBe(true);
      const toWei = messages.find((m) => m.data.customerId === gid("Customer", sent.id))!;
      expect(toWei.data).toMatchObject({ channel: "SMS", purpose: "MARKETING", kind: "OFFER", body: "Hi Wei, 10% off for you.", messageId: toWei.id, campaignId: createCampaign.campaign.id });
      expect(messages.map((m) => m.data.customerId).sort()).toEqual([gid("Customer", sent.id), gid("Customer", mine.id)].sort());

      // Each send and skip is an OUTBOUND interaction; the deferred one waits, with none yet.
      const logged = await db
        .select({ customerId: s.interactions.customerId, outcome: s.interactions.outcome, direction: s.interactions.direction, channel: s.interactions.channel })
        .from(s.interactions)
        .where(and(eq(s.interactions.type, "CAMPAIGN"), inArray(s.interactions.customerId, [sent.id, refused.id, sleeping.id, capped.id, loyal.id])));
      expect(Object.fromEntries(logged.map((l) => [l.customerId, l.outcome]))).toEqual({
        [sent.id]: "SENT",
        [refused.id]: "SKIPPED NO_CONSENT",
        [capped.id]: "SKIPPED FREQUENCY_CAP",
        [loyal.id]: "SKIPPED NOT_IN_PLAN",
      });
      expect(logged.every((l) => l.direction === "OUTBOUND" && l.channel === "SMS")).toBe(true);
      const [held] = await db.select().from(s.campaignSends).where(eq(s.campaignSends.customerId, sleeping.id));
      expect(held).toMatchObject({ status: "DEFERRED" });
      expect(held!.notBefore!.getTime()).toBeGreaterThan(Date.now());
      // One message per campaign × customer, and the gateway's webhook-id is that send's id.
      const events = await rows<{ id: string }>(db, sql`select id from outbox_events where type = 'message.requested' and customer_id = ${sent.id}`);
      expect(events).toHaveLength(1);
      const [send] = await db.select().from(s.campaignSends).where(eq(s.campaignSends.id, events[0]!.id));
      expect(send).toMatchObject({ customerId: sent.id, status: "SENT" });
    });

    it("sends a recall to current owners only, whatever their consent", async () => {
      const db = platform().database.db;
      const owner = await makeCustomer(db, { givenName: "Tao" });
      const vehicle = await makeVehicle(db, owner.id);
      const former = await makeCustomer(db, { givenName: "Ying" });
      await makeVehicle(db, former.id, { modelId: vehicle.modelId }, { startedOn: "2020-01-01", endedOn: "2023-01-01" });
      await grant(owner.id, "SMS", "SERVICE", "DENIED");
      const input = { name: "Brake recall", kind: "RECALL" as const, channel: "MAIL" as const, audience: { vehicleModelId: gid("VehicleModel", vehicle.modelId) }, body: "Dear {{displayName}}" };
      const everyone = await platform().data(PreviewCampaign, { input }, admin);
      expect(everyone.previewCampaign.funnel[0]!.remaining).toBe(2);
      const current = { ...input, audience: { ...input.audience, currentOwnersOnly: true } };
      const { createCampaign } = await platform().data(CreateCampaign, { input: current }, admin);
      await platform().data(SendCampaign, { input: { campaignId: createCampaign.campaign.id } }, admin);
      const letter = await eventually("the recall letter", () => receiver.at("/gateway").find((m) => m.data.customerId === gid("Customer", owner.id)));
      expect(letter.data).toMatchObject({ channel: "MAIL", kind: "RECALL", purpose: "SAFETY" });
      expect(receiver.at("/gateway").some((m) => m.data.customerId === gid("Customer", former.id))).toBe(false);
    });

    it("greets today's birthdays in their own time zone, and every day on the queue's schedule", async () => {
      const db = platform().database.db;
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
      const born = await makeCustomer(db, { givenName: "Xin", birthday: `1990-${today.slice(5)}`, tier: "REGULAR" });
      await grant(born.id, "EMAIL");
      const input = { name: "Birthday", kind: "BIRTHDAY" as const, channel: "EMAIL" as const, audience: { birthdayToday: true }, subject: "Happy birthday", body: "<p>Happy birthday, {{givenName}}!</p>" };
      const { createCampaign } = await platform().data(CreateCampaign, { input }, admin);
      const { sendCampaign } = await platform().data(SendCampaign, { input: { campaignId: createCampaign.campaign.id } }, admin);
      expect(sendCampaign.campaign.status).toBe("ACTIVE");
      const card = await eventually("the birthday card", () => receiver.at("/gateway").find((m) => m.data.customerId === gid("Customer", born.id)));
      expect(card.data).toMatchObject({ channel: "EMAIL", kind: "BIRTHDAY", subject: "Happy birthday", body: "<p>Happy birthday, Xin!</p>" });
      const schedules = await rows<{ name: string; cron: string }>(db, sql`select name, cron from pgboss.schedule where name = 'campaign-birthdays'`);
      expect(schedules).toEqual([{ name: "campaign-birthdays", cron: "0 1 * * *" }]);
    });
  },
  ENV,
);
