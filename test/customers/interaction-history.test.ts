import { and, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as s from "../../src/db/schema/index.js";
import { DetachSourceRecord, IngestSourceRecords, MergeCustomers, UnmergeCustomer } from "../operations/identity.js";
import { CustomerInteractions, DeleteIngestedInteractions, IngestInteractions } from "../operations/interaction-history.js";
import { EraseCustomer } from "../operations/privacy.js";
import { makeCustomer, makeDealer, makeVehicle, uniqueVin } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

let serial = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`;

type Record = {
  interactionId: string;
  personSourceId: string;
  occurredAt: string;
  channel: "PHONE" | "EMAIL" | "CHAT" | "VISIT" | "SMS" | "POST" | "WEB" | "APP";
  direction?: "INBOUND" | "OUTBOUND";
  type?: "INQUIRY" | "COMPLAINT" | "FEEDBACK" | "GREETING" | "CAMPAIGN" | "SERVICE_CALLBACK" | "NOTIFICATION";
  subject?: string;
  notes?: string;
  agent?: string;
  outcome?: string;
  dealerCode?: string;
  vin?: string;
};

describePlatform("historical interactions from source systems", (platform) => {
  let admin: string;
  let dealerCode: string;
  let dealerSource: string;
  let dealerToken: string;
  let otherDealerCode: string;
  let vin: string;

  const ingest = async (source: string, interactions: Record[], token = admin) => (await platform().data(IngestInteractions, { input: { source, interactions } }, token)).ingestInteractions;
  const person = async (source: string, sourceId: string, familyName = `Int${sourceId.replaceAll(/[^a-z0-9]/gi, "")}`) =>
    (await platform().data(IngestSourceRecords, { input: { source, records: [{ sourceId, givenName: "Hua", familyName, emails: [`${sourceId.toLowerCase()}@example.com`] }] } }, admin))
      .ingestSourceRecords.records[0]!.customer!.id;
  const record = (personSourceId: string, overrides: Partial<Record> = {}): Record => ({
    interactionId: uid("I"),
    personSourceId,
    occurredAt: "2024-04-02T09:30:00+08:00",
    channel: "PHONE",
    type: "COMPLAINT",
    subject: "Wiper blades squeak",
    notes: "Customer asked for a callback",
    agent: "agent-17",
    ...overrides,
  });
  const keysOn = async (customerId: string, token = admin) =>
    (await platform().data(CustomerInteractions, { id: customerId }, token)).customer!.interactions.edges.map((e) => e.node.sourceInteractionId).filter(Boolean).sort();

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    const dealer = await makeDealer(db, { code: `IH-${Date.now().toString(36).toUpperCase()}` });
    dealerCode = dealer.code;
    dealerSource = `dealer-${dealer.code.toLowerCase()}`;
    dealerToken = await platform().token({ role: "DEALER", sub: "ih", dealerId: dealer.id });
    otherDealerCode = (await makeDealer(db)).code;
    vin = (await makeVehicle(db, (await makeCustomer(db)).id)).vin;
  });

  it("lands on its person's profile in the 360° view and the timeline like a logged one; the same batch again writes nothing", async () => {
    const personId = uid("P");
    const customerId = await person("hotline", personId);
    const call = record(personId, { vin });
    const result = await ingest("hotline", [call, record(personId, { channel: "EMAIL", type: undefined, subject: undefined, direction: "OUTBOUND" })]);
    expect(result.summary).toEqual({ created: 2, updated: 0, unchanged: 0, pending: 0, quarantined: 0, rejected: 0 });
    expect(result.interactions[0]).toMatchObject({
      outcome: "CREATED",
      state: "ATTACHED",
      customer: { id: customerId },
      interaction: { channel: "PHONE", direction: "INBOUND", type: "COMPLAINT", subject: "Wiper blades squeak", notes: "Customer asked for a callback", agent: "agent-17", occurredAt: "2024-04-02T01:30:00.000Z", source: "hotline", sourceInteractionId: call.interactionId },
    });
    expect(result.interactions[1]!.interaction).toMatchObject({ type: "INQUIRY", direction: "OUTBOUND", subject: "Inquiry by email" });

    const view = (await platform().data(CustomerInteractions, { id: customerId }, admin)).customer!;
    // Only the imported ones: history sends no notices.
    expect(view.interactions.totalCount).toBe(2);
    expect(view.timeline.edges.map((e) => [e.node.kind, e.node.title])).toEqual(expect.arrayContaining([["INTERACTION", "Wiper blades squeak"], ["INTERACTION", "Inquiry by email"]]));

    const db = platform().database.db;
    const tally = async () => [await db.select({ n: count() }).from(s.interactions), await db.select({ n: count() }).from(s.sourceInteractions), await db.select({ n: count() }).from(s.auditLog)];
    const before = await tally();
    const again = await ingest("hotline", [call]);
    expect(again.interactions[0]).toMatchObject({ outcome: "UNCHANGED", state: "ATTACHED", customer: { id: customerId } });
    expect(await tally()).toEqual(before);
  });

  it("waits for a person who is not known yet, and follows the person's record through merge, unmerge and detach", async () => {
    const [a, b] = [uid("PA"), uid("PB")];
    const early = record(a);
    expect((await ingest("hotline", [early])).interactions[0]).toMatchObject({ state: "PENDING", interaction: null, customer: null });
    const profileA = await person("hotline", a);
    expect(await keysOn(profileA)).toEqual([early.interactionId]);
    const profileB = await person("hotline", b, "Other");

    await platform().data(MergeCustomers, { input: { survivorId: profileB, mergedId: profileA } }, admin);
    expect(await keysOn(profileB)).toEqual([early.interactionId]);
    await platform().data(UnmergeCustomer, { input: { customerId: profileA } }, admin);
    expect(await keysOn(profileA)).toEqual([early.interactionId]);
    expect(await keysOn(profileB)).toEqual([]);
    await platform().data(DetachSourceRecord, { input: { source: "hotline", sourceId: a, onto: profileB } }, admin);
    expect(await keysOn(profileB)).toEqual([early.interactionId]);
  });

  it("sets bad values aside with warnings, refuses unusable records, updates in place with history, deletes on request, and blanks free text on erasure", async () => {
    const personId = uid("P");
    const customerId = await person("hotline", personId);
    const result = await ingest("hotline", [
      record(personId, { vin: "LMRAAAAAAAAAAAAAA" }),
      record(personId, { vin: uniqueVin(), dealerCode: "NO-SUCH-DEALER" }),
      record(personId, { occurredAt: "2999-01-01" }),
      record(personId, { occurredAt: "02/04/2024" }),
      record(personId, { subject: "x".repeat(201) }),
    ]);
    expect(result.interactions.map((i) => [i.state, i.warnings.map((w) => [w.code, w.field])])).toEqual([
      ["ATTACHED", [["INVALID_VIN", "input.interactions.0.vin"]]],
      ["ATTACHED", [["UNKNOWN_DEALER", "input.interactions.1.dealerCode"], ["UNKNOWN_VEHICLE", "input.interactions.1.vin"]]],
    ]);
    expect(result.summary).toMatchObject({ created: 2, quarantined: 2, rejected: 3 });
    expect(result.rejected.map((r) => [r.index, r.code, r.field])).toEqual([
      [2, "BAD_USER_INPUT", "input.interactions.2.occurredAt"],
      [3, "BAD_USER_INPUT", "input.interactions.3.occurredAt"],
      [4, "BAD_USER_INPUT", "input.interactions.4.subject"],
    ]);

    const first = result.interactions[0]!;
    const changed = { ...record(personId), interactionId: first.interactionId, subject: "Resolved: wipers replaced", outcome: "Satisfied" };
    const updated = await ingest("hotline", [changed]);
    expect(updated.interactions[0]).toMatchObject({ outcome: "UPDATED", warnings: [], interaction: { id: first.interaction!.id, subject: "Resolved: wipers replaced", outcome: "Satisfied" } });
    const db = platform().database.db;
    const [stored] = await db.select().from(s.sourceInteractions).where(and(eq(s.sourceInteractions.source, "hotline"), eq(s.sourceInteractions.sourceInteractionId, first.interactionId)));
    expect(await db.select({ n: count() }).from(s.sourceInteractionRevisions).where(eq(s.sourceInteractionRevisions.recordId, stored!.id))).toEqual([{ n: 1 }]);

    const removed = (await platform().data(DeleteIngestedInteractions, { input: { source: "hotline", interactionIds: [first.interactionId, "never-sent"] } }, admin)).deleteIngestedInteractions;
    expect(removed).toEqual({ deleted: [first.interactionId], unknown: ["never-sent"] });
    expect(await keysOn(customerId)).toEqual([result.interactions[1]!.interactionId]);
    expect((await ingest("hotline", [changed])).interactions[0]).toMatchObject({ outcome: "CREATED", state: "ATTACHED" });

    await platform().data(EraseCustomer, { input: { customerId } }, admin);
    const [erased] = await db.select({ payload: s.sourceInteractions.payload }).from(s.sourceInteractions).where(eq(s.sourceInteractions.id, stored!.id));
    expect(erased!.payload).toMatchObject({ subject: "[erased]", notes: null, interactionId: first.interactionId });
    const refused = await ingest("hotline", [record(personId)]);
    expect(refused.rejected.map((r) => [r.code, r.field])).toEqual([["CONFLICT", "input.interactions.0.personSourceId"]]);
  });

  it("lets a dealer import only into its own source and its own dealership, and sees what it imported", async () => {
    const personId = uid("P");
    const customerId = await person(dealerSource, personId);
    const own = await ingest(dealerSource, [record(personId, { channel: "VISIT", type: "FEEDBACK" }), record(personId, { dealerCode: otherDealerCode })], dealerToken);
    expect(own.interactions[0]).toMatchObject({ state: "ATTACHED", interaction: { dealer: { code: dealerCode } } });
    expect(own.rejected.map((r) => [r.index, r.code, r.field])).toEqual([[1, "BAD_USER_INPUT", "input.interactions.1.dealerCode"]]);
    expect(await keysOn(customerId, dealerToken)).toEqual([own.interactions[0]!.interactionId]);

    const elsewhere = await platform().gql(IngestInteractions, { input: { source: "hotline", interactions: [record(personId)] } }, dealerToken);
    expect(firstError(elsewhere.body)).toMatchObject({ code: "FORBIDDEN" });
    const supplier = await platform().token({ role: "SUPPLIER", sub: "sup", supplierId: "00000000-0000-7000-8000-000000000001" });
    expect(firstError((await platform().gql(IngestInteractions, { input: { source: "hotline", interactions: [record(personId)] } }, supplier)).body)).toMatchObject({ code: "FORBIDDEN" });
    expect(firstError((await platform().gql(IngestInteractions, { input: { source: "hotline", interactions: [] } }, admin)).body)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.interactions" });
  });
});
