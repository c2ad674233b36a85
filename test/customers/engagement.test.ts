import { count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { caseComments, consentEvents, interactions } from "../../src/db/schema/index.js";
import { fromGlobalId, toGlobalId } from "../../src/graphql/global-id.js";
import { AssignCase, CloseCase, CommentOnCase, LogInteraction, OpenCase, ReopenCase, ResolveCase } from "../operations/engagement.js";
import { makeCustomer, makeDealer } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

describePlatform("interactions and cases", (platform) => {
  let agent: string;
  let dealer: { id: string };
  let dealerToken: string;
  let customer: { id: string };
  const interactionCount = async () => (await platform().database.db.select({ n: count() }).from(interactions))[0]!.n;

  beforeAll(async () => {
    const db = platform().database.db;
    agent = await platform().token({ role: "AGENT", sub: "agent.liu" });
    dealer = await makeDealer(db);
    dealerToken = await platform().token({ role: "DEALER", sub: "service@d", dealerId: dealer.id });
    customer = await makeCustomer(db, { dealerIds: [dealer.id] });
  });

  it("logs a call by an agent and a visit by a dealer, attributed to them", async () => {
    const call = await platform().data(LogInteraction, { input: { customerId: toGlobalId("Customer", customer.id), channel: "PHONE", direction: "INBOUND", type: "INQUIRY", subject: "Charging cable?" } }, agent);
    expect(call.logInteraction.interaction).toMatchObject({ type: "INQUIRY", agent: "agent.liu", dealer: null });
    const visit = await platform().data(LogInteraction, { input: { customerId: toGlobalId("Customer", customer.id), channel: "VISIT", direction: "INBOUND", type: "FEEDBACK", subject: "Happy with service" } }, dealerToken);
    expect(visit.logInteraction.interaction.dealer?.id).toBe(toGlobalId("Dealer", dealer.id));
  });

  it("logs an outbound campaign only with marketing consent for that channel", async () => {
    const db = platform().database.db;
    const input = { customerId: toGlobalId("Customer", customer.id), channel: "SMS" as const, direction: "OUTBOUND" as const, type: "CAMPAIGN" as const, subject: "Winter check-up" };
    const before = await interactionCount();
    expect(firstError((await platform().gql(LogInteraction, { input }, agent)).body).code).toBe("FORBIDDEN");
    await db.insert(consentEvents).values({ customerId: customer.id, channel: "SMS", purpose: "MARKETING", status: "GRANTED", source: "test" });
    await platform().data(LogInteraction, { input }, agent);
    await db.insert(consentEvents).values({ customerId: customer.id, channel: "SMS", purpose: "MARKETING", status: "REVOKED", source: "test", recordedAt: new Date(Date.now() + 1000) });
    expect(firstError((await platform().gql(LogInteraction, { input }, agent)).body).code).toBe("FORBIDDEN");
    expect(await interactionCount()).toBe(before + 1);
  });

  it.each([
    [{ subject: "   " }, "input.subject", "BAD_USER_INPUT"],
    [{ customerId: "nope" }, "input.customerId", "BAD_USER_INPUT"],
    [{ customerId: toGlobalId("Customer", "00000000-0000-7000-8000-000000000000") }, "input.customerId", "NOT_FOUND"],
    [{ occurredAt: new Date(Date.now() + 86_400_000).toISOString() }, "input.occurredAt", "BAD_USER_INPUT"],
  ])("refuses logging %j and writes nothing", async (override, field, code) => {
    const before = await interactionCount();
    const input = { customerId: toGlobalId("Customer", customer.id), channel: "PHONE" as const, direction: "INBOUND" as const, type: "INQUIRY" as const, subject: "x", ...override };
    expect(firstError((await platform().gql(LogInteraction, { input }, agent)).body)).toEqual({ code, field });
    expect(await interactionCount()).toBe(before);
  });

  it("runs a complaint against a dealer through its life, with its due time from the service level", async () => {
    const opened = await platform().data(
      OpenCase,
      { input: { customerId: toGlobalId("Customer", customer.id), kind: "COMPLAINT", priority: "HIGH", subject: "Charged for warranty work", againstDealerId: toGlobalId("Dealer", dealer.id) } },
      agent,
    );
    const c = opened.openCase.case;
    expect(c.status).toBe("OPEN");
    expect(Date.parse(c.dueAt!) - Date.parse(c.openedAt)).toBe(24 * 3_600_000);
    const caseId = c.id;

    expect((await platform().data(AssignCase, { input: { caseId, text: "agent.chen" } }, agent)).assignCase.case).toEqual({ status: "IN_PROGRESS", assignee: "agent.chen" });
    // The dealer sees the complaint against it and answers it, but may not close or reopen it.
    await platform().data(CommentOnCase, { input: { caseId, text: "We will refund the labour." } }, dealerToken);
    expect(firstError((await platform().gql(CloseCase, { input: { caseId } }, dealerToken)).body).code).toBe("FORBIDDEN");
    const resolved = await platform().data(ResolveCase, { input: { caseId, text: "Labour refunded." } }, dealerToken);
    expect(resolved.resolveCase.case).toMatchObject({ status: "RESOLVED", resolution: "Labour refunded." });
    expect((await platform().data(ReopenCase, { input: { caseId } }, agent)).reopenCase.case).toEqual({ status: "OPEN", resolvedAt: null });
    const early = await platform().gql(CloseCase, { input: { caseId } }, agent);
    expect(firstError(early.body)).toEqual({ code: "CONFLICT", field: "input.caseId" });
    expect(early.body.errors?.[0]?.extensions?.currentStatus).toBe("OPEN");
    await platform().data(ResolveCase, { input: { caseId, text: "Refunded again." } }, agent);
    expect((await platform().data(CloseCase, { input: { caseId } }, agent)).closeCase.case.status).toBe("CLOSED");
    // The thread: opened, assigned, the dealer's comment and resolution, reopened, resolved, closed.
    const entries = await platform().database.db.select({ n: count() }).from(caseComments).where(eq(caseComments.caseId, fromGlobalId(caseId).id));
    expect(entries[0]!.n).toBe(7);

    const otherDealer = await platform().token({ role: "DEALER", sub: "o", dealerId: (await makeDealer(platform().database.db)).id });
    expect(firstError((await platform().gql(CommentOnCase, { input: { caseId, text: "hi" } }, otherDealer)).body)).toEqual({ code: "NOT_FOUND", field: "input.caseId" });
    const customerToken = await platform().token({ role: "CUSTOMER", sub: "c", customerId: customer.id });
    expect(firstError((await platform().gql(OpenCase, { input: { customerId: toGlobalId("Customer", customer.id), kind: "INQUIRY", subject: "x" } }, dealerToken)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(CloseCase, { input: { caseId } }, customerToken)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(ResolveCase, { input: { caseId, text: "" } }, agent)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.text" });
  });
});
