import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import type { CaptureLeadInput } from "../generated/graphql.js";
import { AssignLead, CaptureLead, ChangeLeadInterest, LeadConversion, Leads, UpdateLeadStatus } from "../operations/leads.js";
import { fromGlobalId } from "../../src/graphql/global-id.js";
import { IngestSourceRecords } from "../operations/identity.js";
import { makeDealer, makeSupplier, uniqueVin } from "../support/factories.js";
import { gid } from "../support/order-flow.js";
import { describePlatform, firstError, describePlatformOn } from "../support/suite.js";

describePlatform("leads: capture, the funnel and conversion", (platform) => {
  let admin: string, agent: string, dealerA: string, dealerB: string, supplier: string, customerToken: string;
  let dealer: { id: string }, otherDealer: { id: string };
  let model: { id: string };
  let known: { id: string };

  beforeAll(async () => {
    const db = platform().database.db;
    dealer = await makeDealer(db);
    otherDealer = await makeDealer(db);
    [model] = (await db
      .insert(s.vehicleModels)
      .values({ code: `LEAD-${Date.now()}`, make: "Meridian", name: "Aurora", bodyType: "SUV", powertrain: "BEV", firstYear: 2025, basePriceMinor: 25_000_000 })
      .returning()) as unknown as [{ id: string }];
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    const ingested = await platform().data(IngestSourceRecords, { input: { source: "webshop", records: [{ sourceId: "W-KIM", givenName: "Kim", familyName: "Known", emails: ["kim.known@example.com"] }] } }, admin);
    known = { id: fromGlobalId(ingested.ingestSourceRecords.records[0]!.customer!.id).id };
    agent = await platform().token({ role: "AGENT", sub: "agent" });
    dealerA = await platform().token({ role: "DEALER", sub: "dealer.a", dealerId: dealer.id });
    dealerB = await platform().token({ role: "DEALER", sub: "dealer.b", dealerId: otherDealer.id });
    supplier = await platform().token({ role: "SUPPLIER", sub: "s", supplierId: (await makeSupplier(db)).id });
    customerToken = await platform().token({ role: "CUSTOMER", sub: "kim", customerId: known.id });
  });

  const lead = (over: Partial<CaptureLeadInput> = {}): CaptureLeadInput => ({
    givenName: "Lan",
    familyName: "Qiu",
    email: `lan.qiu.${Math.random().toString(36).slice(2)}@example.com`,
    modelId: gid("VehicleModel", model.id),
    source: "WEB_FORM",
    marketingConsent: true,
    ...over,
  });
  const leadsOf = async (token: string) => (await platform().data(Leads, {}, token)).leads;
  const tally = async () => {
    const db = platform().database.db;
    return [(await db.select({ n: count() }).from(s.leads))[0]!.n, (await db.select({ n: count() }).from(s.customers))[0]!.n];
  };

  it("takes a lead from the public form: a new LEAD profile, the consent given, a reference and nothing of the profile back", async () => {
    const email = "lan.qiu.public@example.com";
    const { body } = await platform().gql(CaptureLead, { input: lead({ email, dealerId: gid("Dealer", dealer.id), message: "Range in winter?" }) });
    expect(body.errors).toBeUndefined();
    expect(body.data!.captureLead.reference).toMatch(/^LD-[0-9A-F]{10}$/);
    expect(body.data!.captureLead.lead).toBeNull();

    const found = (await leadsOf(admin)).edges.map((e) => e.node).find((n) => n.message === "Range in winter?")!;
    expect(found).toMatchObject({ source: "WEB_FORM", status: "NEW", model: { name: "Aurora" }, dealer: { id: gid("Dealer", dealer.id) }, customer: { displayName: "Lan Qiu", stage: "LEAD" } });
    expect(found.history).toEqual([{ status: "NEW", changedBy: "ANONYMOUS", note: null }]);
    const customerId = found.customer!.id;
    const db = platform().database.db;
    const consents = await db.select().from(s.consentEvents).innerJoin(s.leads, eq(s.leads.customerId, s.consentEvents.customerId)).where(eq(s.leads.message, "Range in winter?"));
    expect(consents.map((c) => [c.consent_events.channel, c.consent_events.purpose, c.consent_events.status, c.consent_events.source])).toEqual([["EMAIL", "MARKETING", "GRANTED", "lead:WEB_FORM"]]);
    // The chosen dealership may now see the prospect it is to call.
    expect((await leadsOf(dealerA)).edges.some((e) => e.node.customer?.id === customerId)).toBe(true);
  });

  it("puts a known person's interest on their own profile, matched like any source record", async () => {
    const before = await tally();
    const { body } = await platform().gql(CaptureLead, { input: lead({ givenName: "Kim", familyName: "Known", email: "KIM.KNOWN@example.com", source: "HOTLINE" }) }, agent);
    expect(body.errors).toBeUndefined();
    expect(body.data!.captureLead.lead!.customer).toEqual({ id: gid("Customer", known.id), stage: "LEAD" });
    expect(await tally()).toEqual([before[0]! + 1, before[1]]);
  });

  it("names the field at fault and writes nothing for a bad lead; suppliers may not capture, the public form only from the web", async () => {
    const before = await tally();
    const cases: [Partial<CaptureLeadInput>, string | undefined, string, string][] = [
      [{ email: null, phone: null }, undefined, "BAD_USER_INPUT", "input.email"],
      [{ email: "not-an-email" }, undefined, "BAD_USER_INPUT", "input.email"],
      [{ givenName: " " }, undefined, "BAD_USER_INPUT", "input.givenName"],
      [{ modelId: gid("VehicleModel", "00000000-0000-7000-8000-000000000000") }, undefined, "NOT_FOUND", "input.modelId"],
      [{ source: "HOTLINE" }, undefined, "BAD_USER_INPUT", "input.source"],
      [{ source: "HOTLINE" }, dealerA, "BAD_USER_INPUT", "input.source"],
      [{ dealerId: gid("Dealer", "00000000-0000-7000-8000-000000000000") }, undefined, "NOT_FOUND", "input.dealerId"],
    ];
    for (const [over, token, code, field] of cases) {
      const { body } = await platform().gql(CaptureLead, { input: lead(over) }, token);
      expect(firstError(body), JSON.stringify(over)).toMatchObject({ code, field });
    }
    expect(firstError((await platform().gql(CaptureLead, { input: lead() }, supplier)).body)).toMatchObject({ code: "FORBIDDEN" });
    expect(await tally()).toEqual(before);
  });

  it("lets the dealer work its own leads through the funnel to a sale that makes the prospect an owner; another dealer sees none of it", async () => {
    const captured = await platform().data(CaptureLead, { input: lead({ givenName: "Bo", familyName: "Shen", source: "SHOWROOM", phone: "+86 139 1111 2222", email: null }) }, dealerA);
    const leadId = captured.captureLead.lead!.id;
    expect(captured.captureLead.lead).toMatchObject({ source: "SHOWROOM", dealer: { id: gid("Dealer", dealer.id) }, customer: { stage: "LEAD" } });

    expect((await leadsOf(dealerB)).edges.some((e) => e.node.id === leadId)).toBe(false);
    expect(firstError((await platform().gql(UpdateLeadStatus, { input: { leadId, status: "CONTACTED" } }, dealerB)).body)).toMatchObject({ code: "NOT_FOUND", field: "input.leadId" });
    expect(firstError((await platform().gql(UpdateLeadStatus, { input: { leadId, status: "CONTACTED" } }, customerToken)).body)).toMatchObject({ code: "FORBIDDEN" });

    const move = (input: Record<string, unknown>, token = dealerA) => platform().gql(UpdateLeadStatus, { input: { leadId, ...input } as never }, token);
    expect((await move({ status: "CONTACTED", note: "Called back" })).body.errors).toBeUndefined();
    expect(firstError((await move({ status: "TEST_DRIVE_BOOKED" })).body)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.testDriveAt" });
    const drive = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect((await move({ status: "TEST_DRIVE_BOOKED", testDriveAt: drive })).body.data!.updateLeadStatus.lead.testDriveAt).toBe(drive);
    expect(firstError((await move({ status: "WON" })).body)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.vin" });

    const db = platform().database.db;
    const [stock] = await db.insert(s.vehicles).values({ vin: uniqueVin(), modelId: model.id, modelYear: 2026 }).returning();
    const won = await move({ status: "WON", vin: stock!.vin });
    expect(won.body.errors).toBeUndefined();
    expect(won.body.data!.updateLeadStatus.lead).toMatchObject({ status: "WON", customer: { stage: "OWNER", vehicles: [{ vin: stock!.vin }] } });
    expect(won.body.data!.updateLeadStatus.lead.history.map((h) => h.status)).toEqual(["NEW", "CONTACTED", "TEST_DRIVE_BOOKED", "WON"]);
    expect(firstError((await move({ status: "CONTACTED" })).body)).toMatchObject({ code: "CONFLICT", field: "input.status" });
    const [sold] = await db.select().from(s.vehicleOwnerships).where(and(eq(s.vehicleOwnerships.vehicleId, stock!.id)));
    expect(sold).toMatchObject({ sellingDealerId: dealer.id });
  });

  it("closes a lost lead with its reason, reopens it when the prospect comes back, and lets staff hand a lead to a dealer", async () => {
    const captured = await platform().data(CaptureLead, { input: lead({ source: "EVENT" }) }, agent);
    const leadId = captured.captureLead.lead!.id;
    expect(captured.captureLead.lead!.dealer).toBeNull();
    expect(firstError((await platform().gql(UpdateLeadStatus, { input: { leadId, status: "LOST" } }, agent)).body)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.lostReason" });
    const lost = await platform().data(UpdateLeadStatus, { input: { leadId, status: "LOST", lostReason: "Bought elsewhere" } }, agent);
    expect(lost.updateLeadStatus.lead).toMatchObject({ status: "LOST", lostReason: "Bought elsewhere" });
    const back = await platform().data(UpdateLeadStatus, { input: { leadId, status: "CONTACTED" } }, agent);
    expect(back.updateLeadStatus.lead).toMatchObject({ status: "CONTACTED", lostReason: null });

    expect(firstError((await platform().gql(AssignLead, { input: { leadId, dealerId: gid("Dealer", otherDealer.id) } }, dealerA)).body)).toMatchObject({ code: "FORBIDDEN" });
    await platform().data(AssignLead, { input: { leadId, dealerId: gid("Dealer", otherDealer.id) } }, admin);
    expect((await leadsOf(dealerB)).edges.map((e) => e.node.id)).toContain(leadId);
  });

  it("lets staff and the working dealer change the model a lead is about, audited; another dealer cannot", async () => {
    const db = platform().database.db;
    const [other] = await db
      .insert(s.vehicleModels)
      .values({ code: `LEAD-O-${Date.now()}`, make: "Meridian", name: "Borealis", bodyType: "SEDAN", powertrain: "PHEV", firstYear: 2025, basePriceMinor: 1 })
      .returning();
    const leadId = (await platform().data(CaptureLead, { input: lead({ source: "SHOWROOM" }) }, dealerA)).captureLead.lead!.id;
    const input = { leadId, modelId: gid("VehicleModel", other!.id) };
    expect(firstError((await platform().gql(ChangeLeadInterest, { input }, dealerB)).body)).toMatchObject({ code: "NOT_FOUND", field: "input.leadId" });
    expect(firstError((await platform().gql(ChangeLeadInterest, { input: { ...input, modelId: gid("VehicleModel", "00000000-0000-7000-8000-000000000000") } }, dealerA)).body)).toMatchObject({
      code: "NOT_FOUND",
      field: "input.modelId",
    });
    const changed = await platform().data(ChangeLeadInterest, { input }, dealerA);
    expect(changed.changeLeadInterest.lead.model).toEqual({ id: gid("VehicleModel", other!.id), name: "Borealis" });
    const trail = await db.select().from(s.auditLog).where(eq(s.auditLog.action, "LEAD_INTEREST_CHANGE"));
    expect(trail.map((r) => [r.actorRole, r.targetType, r.details])).toEqual([["DEALER", "Lead", { from: model.id, to: other!.id }]]);
  });

  it("reports conversion per dealership and source: staff all, a dealer its own", async () => {
    const rows = (await platform().data(LeadConversion, {}, admin)).leadConversion;
    const showroom = rows.find((r) => r.dealer?.id === gid("Dealer", dealer.id) && r.source === "SHOWROOM")!;
    // The won showroom lead, and the one whose model changed (still NEW).
    expect(showroom).toMatchObject({ leads: 2, contacted: 1, testDrives: 1, won: 1, lost: 0, conversionRate: 0.5 });
    expect(showroom.medianHoursToContact).toBeGreaterThanOrEqual(0);
    expect(rows.reduce((n, r) => n + r.leads, 0)).toBe((await leadsOf(admin)).totalCount);
    const own = (await platform().data(LeadConversion, {}, dealerA)).leadConversion;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.dealer?.id === gid("Dealer", dealer.id))).toBe(true);
  });
});

describePlatformOn("postgres",
  "leads: the public form's flood guard",
  (platform) => {
    let model: { id: string };
    beforeAll(async () => {
      [model] = (await platform()
        .database.db.insert(s.vehicleModels)
        .values({ code: `LEAD-F-${Date.now()}`, make: "Meridian", name: "Flood", bodyType: "SUV", powertrain: "BEV", firstYear: 2025, basePriceMinor: 1 })
        .returning()) as unknown as [{ id: string }];
    });

    it("answers THROTTLED with retryAfter once an address has sent its leads for the hour, and writes nothing", async () => {
      const send = (n: number) =>
        platform().gql(CaptureLead, { input: { givenName: "Flo", familyName: `Od${n}`, email: `flood${n}@example.com`, modelId: gid("VehicleModel", model.id), source: "WEB_FORM", marketingConsent: false } });
      for (const n of [1, 2]) expect((await send(n)).body.errors).toBeUndefined();
      const refused = (await send(3)).body.errors?.[0]?.extensions;
      expect(refused).toMatchObject({ code: "THROTTLED" });
      expect(Number(refused!.retryAfter)).toBeGreaterThan(0);
      expect((await platform().database.db.select({ n: count() }).from(s.leads))[0]!.n).toBe(2);
    });
  },
  { LEAD_CAPTURES_PER_HOUR: "2" },
);
