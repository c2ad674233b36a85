import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { purgeActivityEvents } from "../../src/activity/retention.js";
import { purgeCustomerChanges } from "../../src/analytics/customer-changes.js";
import * as s from "../../src/db/schema/index.js";
import { fromGlobalId } from "../../src/graphql/global-id.js";
import type { TrackEventInput } from "../generated/graphql.js";
import { ActiveCustomers, LoginWithVisit, RegisterWithVisit, TrackEvents } from "../operations/activity.js";
import { CustomerChanged, CustomersChanged } from "../operations/customer-changes.js";
import { CreateSegment, CustomerSegments } from "../operations/segments.js";
import { makeCustomer, makeDealer, makeOrder, makeProduct, makeSupplier } from "../support/factories.js";
import { gid } from "../support/order-flow.js";
import { describePlatform, firstError } from "../support/suite.js";
import { subscribe, wsClient } from "../support/ws.js";

/** Anonymous calls may send this many events per minute from one address (the whole file shares 127.0.0.1). */
const ANONYMOUS_BUDGET = 40;

describePlatform(
  "activity: trackEvents, anonymous visitors joining profiles, segment conditions, retention, profile changes live",
  (platform) => {
    let admin: string, dealer: string, supplier: string, customerToken: string, otherToken: string;
    let customer: { id: string }, other: { id: string };
    let product: { id: string }, model: { id: string };
    const db = () => platform().database.db;

    beforeAll(async () => {
      customer = await makeCustomer(db());
      other = await makeCustomer(db());
      product = await makeProduct(db());
      [model] = (await db()
        .insert(s.vehicleModels)
        .values({ code: `ACT-${Date.now()}`, make: "Meridian", name: "Comet", bodyType: "SUV", powertrain: "BEV", firstYear: 2025, basePriceMinor: 21_000_000 })
        .returning()) as unknown as [{ id: string }];
      admin = await platform().token({ role: "ADMIN", sub: "admin" });
      dealer = await platform().token({ role: "DEALER", sub: "d", dealerId: (await makeDealer(db())).id });
      supplier = await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await makeSupplier(db())).id });
      customerToken = await platform().token({ role: "CUSTOMER", sub: "c", customerId: customer.id });
      otherToken = await platform().token({ role: "CUSTOMER", sub: "o", customerId: other.id });
    });

    type Event = TrackEventInput & { id: string };
    const event = (over: Partial<TrackEventInput> = {}): Event => ({
      id: randomUUID(),
      type: "PRODUCT_VIEW",
      platform: "WEB",
      occurredAt: new Date().toISOString(),
      productId: gid("Product", product.id),
      ...over,
    }) as Event;
    const stored = (ids: string[]) => db().select().from(s.activityEvents).where(inArray(s.activityEvents.id, ids));
    const track = (events: TrackEventInput[], token?: string) => platform().gql(TrackEvents, { events }, token);

    it("stores a signed-in customer's events once per id: a retry and a repeat inside one call store nothing twice", async () => {
      const batch = [event({ properties: { colour: "red", price: { amount: 129 } } }), event({ type: "SEARCH", productId: null, searchTerm: " winter tyres " }), event({ type: "APP_OPEN", platform: "IOS", productId: null })];
      expect((await platform().data(TrackEvents, { events: batch }, customerToken)).trackEvents).toEqual({ accepted: 3, duplicates: 0 });
      expect((await platform().data(TrackEvents, { events: [...batch, batch[0]!] }, customerToken)).trackEvents).toEqual({ accepted: 0, duplicates: 4 });
      const rows = await stored(batch.map((e) => e.id));
      expect(rows).toHaveLength(3);
      expect(rows.every((r) => r.customerId === customer.id)).toBe(true);
      expect(rows.find((r) => r.type === "SEARCH")!.searchTerm).toBe("winter tyres");
      expect(rows.find((r) => r.type === "PRODUCT_VIEW")!.properties).toEqual({ colour: "red", price: { amount: 129 } });
      // Staff send on a customer's behalf.
      const onBehalf = event({ customerId: gid("Customer", other.id) });
      expect((await platform().data(TrackEvents, { events: [onBehalf] }, admin)).trackEvents.accepted).toBe(1);
      expect((await stored([onBehalf.id]))[0]!.customerId).toBe(other.id);
    });

    it("refuses a faulty batch whole, naming the event and field", async () => {
      const good = event();
      const cases: [TrackEventInput[], string | undefined, string, string][] = [
        [[good, event({ id: "not-a-uuid" })], customerToken, "BAD_USER_INPUT", "events.1.id"],
        [[good, event({ productId: null })], customerToken, "BAD_USER_INPUT", "events.1.productId"],
        [[good, event({ type: "MODEL_VIEW", productId: null })], customerToken, "BAD_USER_INPUT", "events.1.modelId"],
        [[good, event({ type: "CUSTOM", productId: null, name: "has spaces" })], customerToken, "BAD_USER_INPUT", "events.1.name"],
        [[good, event({ properties: { blob: "x".repeat(5_000) } })], customerToken, "BAD_USER_INPUT", "events.1.properties"],
        [[good, event({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() })], customerToken, "BAD_USER_INPUT", "events.1.occurredAt"],
        [[good, event({ occurredAt: new Date(Date.now() - 400 * 86_400_000).toISOString() })], customerToken, "BAD_USER_INPUT", "events.1.occurredAt"],
        [[good, event({ productId: gid("Product", randomUUID()) })], customerToken, "NOT_FOUND", "events.1.productId"],
        [[good, event({ anonymousId: "short" })], customerToken, "BAD_USER_INPUT", "events.1.anonymousId"],
        [[], customerToken, "BAD_USER_INPUT", "events"],
        // Scope: another customer's id is not found (as a read would answer); staff must say whose.
        [[good, event({ customerId: gid("Customer", other.id) })], customerToken, "NOT_FOUND", "events.1.customerId"],
        [[good], admin, "BAD_USER_INPUT", "events.0.customerId"],
        [[event({ customerId: gid("Customer", randomUUID()) })], admin, "NOT_FOUND", "events.0.customerId"],
        // Without a token: an anonymous id, never a customer's.
        [[event()], undefined, "BAD_USER_INPUT", "events.0.anonymousId"],
        [[event({ anonymousId: "visitor-0001", customerId: gid("Customer", customer.id) })], undefined, "FORBIDDEN", "events.0.customerId"],
      ];
      for (const [events, token, code, field] of cases) {
        const { body } = await track(events, token);
        expect({ case: field, ...firstError(body) }).toEqual({ case: field, code, field });
      }
      for (const token of [dealer, supplier]) expect(firstError((await track([event({ customerId: gid("Customer", customer.id) })], token)).body).code).toBe("FORBIDDEN");
      expect(await stored([good.id])).toEqual([]);
    });

    it("joins an anonymous visitor's history to the profile on registration and on sign-in, links the id in the identity graph, and lands later events there", async () => {
      const visitor = `visitor-${randomUUID()}`;
      const before = [event({ anonymousId: visitor }), event({ anonymousId: visitor, type: "PAGE_VIEW", productId: null, url: "/models/comet" })];
      expect((await platform().data(TrackEvents, { events: before })).trackEvents.accepted).toBe(2);
      expect((await stored(before.map((e) => e.id))).map((r) => r.customerId)).toEqual([null, null]);

      const email = `visitor.${randomUUID()}@example.com`;
      const registered = await platform().data(RegisterWithVisit, { input: { email, password: "correct horse battery", givenName: "Vi", familyName: "Sitor", anonymousId: visitor } });
      const id = fromGlobalId(registered.registerCustomer.customer.id).id;
      expect((await stored(before.map((e) => e.id))).map((r) => r.customerId)).toEqual([id, id]);
      const [link] = await db()
        .select({ customerId: s.identityLinks.customerId })
        .from(s.sourceRecords)
        .innerJoin(s.identityLinks, eq(s.identityLinks.sourceRecordId, s.sourceRecords.id))
        .where(and(eq(s.sourceRecords.source, "anonymous"), eq(s.sourceRecords.sourceId, visitor)));
      expect(link).toEqual({ customerId: id });

      // Signed out again, the app keeps sending the same id: the events land on the profile.
      const after = event({ anonymousId: visitor });
      await platform().data(TrackEvents, { events: [after] });
      expect((await stored([after.id]))[0]!.customerId).toBe(id);

      // A second device's history joins at sign-in; a wrong password joins nothing.
      const device = `device-${randomUUID()}`;
      const tablet = event({ anonymousId: device, type: "APP_OPEN", platform: "ANDROID", productId: null });
      await platform().data(TrackEvents, { events: [tablet] });
      expect(firstError((await platform().gql(LoginWithVisit, { input: { email, password: "wrong password!", anonymousId: device } })).body).code).toBe("UNAUTHENTICATED");
      expect((await stored([tablet.id]))[0]!.customerId).toBeNull();
      expect(firstError((await platform().gql(LoginWithVisit, { input: { email, password: "correct horse battery", anonymousId: "bad id" } })).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.anonymousId" });
      await platform().data(LoginWithVisit, { input: { email, password: "correct horse battery", anonymousId: device } });
      expect((await stored([tablet.id]))[0]!.customerId).toBe(id);
      // Someone else signing in with the first profile's id takes nothing over.
      await platform().data(RegisterWithVisit, { input: { email: `second.${randomUUID()}@example.com`, password: "correct horse battery", givenName: "Se", familyName: "Cond", anonymousId: visitor } });
      expect((await stored([...before.map((e) => e.id), after.id])).every((r) => r.customerId === id)).toBe(true);
    });

    it("limits anonymous callers per address (THROTTLED), not signed-in ones", async () => {
      const flood = Array.from({ length: ANONYMOUS_BUDGET }, () => event({ anonymousId: "flooding-visitor" }));
      const { body } = await track(flood);
      expect(firstError(body)).toEqual({ code: "THROTTLED", field: "events" });
      expect(await stored(flood.map((e) => e.id))).toEqual([]);
      expect((await platform().data(TrackEvents, { events: flood.slice(0, 5) }, customerToken)).trackEvents.accepted).toBe(5);
    });

    it("feeds segment rules: viewed a model twice this week and no test drive booked; membership follows each event and the booking", async () => {
      const viewedTwice = { where: { activity: { types: ["MODEL_VIEW" as const], modelId: gid("VehicleModel", model.id), atLeast: 2, lastDays: 7 } } };
      const noTestDrive = { not: { where: { leads: { modelId: gid("VehicleModel", model.id), testDriveBooked: true } } } };
      const code = `comet-lookers-${Date.now()}`;
      const created = await platform().data(CreateSegment, { input: { code, name: "Comet lookers", rule: { all: [viewedTwice, noTestDrive] } } }, admin);
      expect(created.createSegment.size).toBe(0);
      const segmentsOf = async (id: string) => (await platform().data(CustomerSegments, { id: gid("Customer", id) }, admin)).customer!.segments!.map((x) => x.code);
      const view = () => event({ type: "MODEL_VIEW", productId: null, modelId: gid("VehicleModel", model.id) });

      await platform().data(TrackEvents, { events: [view()] }, otherToken);
      expect(await segmentsOf(other.id)).not.toContain(code);
      // The second view commits the membership with it: visible as soon as trackEvents answers.
      await platform().data(TrackEvents, { events: [view()] }, otherToken);
      expect(await segmentsOf(other.id)).toContain(code);
      // Views older than the week do not count.
      const lapsed = await makeCustomer(db());
      await platform().data(TrackEvents, { events: [view(), view()].map((e) => ({ ...e, occurredAt: new Date(Date.now() - 9 * 86_400_000).toISOString(), customerId: gid("Customer", lapsed.id) })) }, admin);
      expect(await segmentsOf(lapsed.id)).not.toContain(code);

      // The same filter reads customers(filter:) alike.
      const listed = await platform().data(ActiveCustomers, { filter: viewedTwice.where }, admin);
      expect(listed.customers.edges.map((e) => e.node.id)).toContain(gid("Customer", other.id));
      expect((await platform().data(ActiveCustomers, { filter: viewedTwice.where }, dealer)).customers.totalCount).toBe(0);

      // A dealer books the test drive: the lead's write takes the customer out of the segment.
      await db().insert(s.leads).values({ customerId: other.id, modelId: model.id, source: "SHOWROOM", status: "TEST_DRIVE_BOOKED", testDriveAt: new Date(Date.now() + 86_400_000) });
      expect(await segmentsOf(other.id)).not.toContain(code);
    });

    it("purges events older than the retention period", async () => {
      const old = randomUUID();
      const fresh = event();
      await platform().data(TrackEvents, { events: [fresh] }, customerToken);
      await db().insert(s.activityEvents).values({ id: old, customerId: customer.id, type: "APP_OPEN", platform: "IOS", occurredAt: new Date(Date.now() - 400 * 86_400_000) });
      expect(await purgeActivityEvents(db(), 395)).toBeGreaterThanOrEqual(1);
      expect((await stored([old, fresh.id])).map((r) => r.id)).toEqual([fresh.id]);
      // Profile changes are kept for resumes within 30 days.
      await db().insert(s.customerChanges).values({ customerId: customer.id, seq: 1_000_000, kind: "PROFILE", at: new Date(Date.now() - 31 * 86_400_000) });
      expect(await purgeCustomerChanges(db())).toBeGreaterThanOrEqual(1);
      expect(await db().select().from(s.customerChanges).where(and(eq(s.customerChanges.customerId, customer.id), eq(s.customerChanges.seq, 1_000_000)))).toEqual([]);
    });

    describe("customerChanged and customersChanged over a real socket", () => {
      let changesAgent: string, changesDealerA: string, changesDealerB: string;
      let customer: { id: string }, other: { id: string };
      let customerToken: string, otherToken: string;
      const rename = (id: string, displayName: string) => db().update(s.customers).set({ displayName }).where(eq(s.customers.id, id));
      beforeAll(async () => {
        const [a, b] = [await makeDealer(db()), await makeDealer(db())];
        customer = await makeCustomer(db(), { dealerIds: [a.id] });
        other = await makeCustomer(db());
        changesAgent = await platform().token({ role: "AGENT", sub: "agent" });
        changesDealerA = await platform().token({ role: "DEALER", sub: "da", dealerId: a.id });
        changesDealerB = await platform().token({ role: "DEALER", sub: "db", dealerId: b.id });
        customerToken = await platform().token({ role: "CUSTOMER", sub: "c2", customerId: customer.id });
        otherToken = await platform().token({ role: "CUSTOMER", sub: "o2", customerId: other.id });
      });

    it("delivers a customer's changes in seq order, resumes after the last seq without a gap or a duplicate, and scopes who hears what", async () => {
      const own = wsClient(platform().url, customerToken);
      const staff = wsClient(platform().url, changesAgent);
      const dealer = wsClient(platform().url, changesDealerA);
      const otherDealer = wsClient(platform().url, changesDealerB);
      const strangers = [wsClient(platform().url, otherToken), wsClient(platform().url, supplier)];
      try {
        const first = subscribe(own, CustomerChanged, { customerId: gid("Customer", customer.id) });
        const feed = subscribe(staff, CustomersChanged, {});
        const dealerFeed = subscribe(dealer, CustomersChanged, {});
        const otherFeed = subscribe(otherDealer, CustomersChanged, {});
        const refused = [subscribe(strangers[0]!, CustomerChanged, { customerId: gid("Customer", customer.id) }), subscribe(strangers[1]!, CustomersChanged, {})];
        await Promise.all(refused.map((r) => r.done));
        expect(refused[0]!.results[0]?.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "customerId" });
        expect(refused[1]!.results[0]?.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
        await new Promise((r) => setTimeout(r, 200));

        await rename(customer.id, "Renamed Once");
        const [renamed] = await first.waitFor(1);
        const change = renamed!.data!.customerChanged;
        expect(change).toMatchObject({ customerId: gid("Customer", customer.id), kind: "PROFILE", segmentId: null, customer: { displayName: "Renamed Once" } });
        await first.close();

        // While nobody follows the profile: a rename and an order (traits: staff and the customer hear of those, a dealer not).
        await rename(customer.id, "Renamed Twice");
        await makeOrder(db(), customer.id);
        const resumed = subscribe(own, CustomerChanged, { customerId: gid("Customer", customer.id), after: change.seq });
        await resumed.waitFor(2);
        await rename(customer.id, "Renamed Live");
        const live = () => resumed.results.some((r) => r.data?.customerChanged.customer?.displayName === "Renamed Live" && r.data.customerChanged.kind === "PROFILE");
        for (let n = resumed.results.length + 1; !live(); n++) await resumed.waitFor(n);
        const all = resumed.results.map((r) => r.data!.customerChanged);
        await new Promise((r) => setTimeout(r, 300));
        const seqs = resumed.results.map((r) => r.data!.customerChanged.seq);
        expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
        expect(seqs[0]).toBe(change.seq + 1);
        expect(all.map((c) => c.kind)).toContain("TRAITS");
        expect(all.filter((c) => c.kind === "PROFILE").length).toBeGreaterThanOrEqual(2);
        await resumed.close();

        // The feed: staff every change of the customer; dealer A its customer's, but no traits; dealer B nothing of them.
        const staffKinds = (await feed.waitFor(4)).map((r) => r.data!.customersChanged).filter((c) => c.customerId === gid("Customer", customer.id));
        expect(staffKinds.map((c) => c.kind)).toEqual(expect.arrayContaining(["PROFILE", "TRAITS"]));
        const dealerSeen = (await dealerFeed.waitFor(3)).map((r) => r.data!.customersChanged);
        expect(dealerSeen.every((c) => c.customerId === gid("Customer", customer.id) && c.kind === "PROFILE")).toBe(true);
        await rename(other.id, "Not dealer A's");
        await feed.waitFor(staffKinds.length + 1);
        expect(otherFeed.results.map((r) => r.data?.customersChanged.customerId)).not.toContain(gid("Customer", customer.id));
        expect(dealerFeed.results.map((r) => r.data?.customersChanged.customerId)).not.toContain(gid("Customer", other.id));
        await Promise.all([feed.close(), dealerFeed.close(), otherFeed.close()]);
      } finally {
        await Promise.all([own, staff, dealer, otherDealer, ...strangers].map((c) => c.dispose()));
      }
    });
    });
  },
  { ANONYMOUS_EVENTS_PER_MINUTE: String(ANONYMOUS_BUDGET) },
);
