import { beforeAll, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { ComplaintStatsOf, DealerComplaints } from "../operations/service-desk.js";
import { makeCase, makeCustomer, makeDealer } from "../support/factories.js";
import { describePlatform } from "../support/suite.js";

const HOUR = 3_600_000;

describePlatform("a dealer's complaints and their figures", (platform) => {
  let agent: string;
  let dealerToken: string;
  let dealerId: string;
  const start = new Date(Date.now() - 30 * 24 * HOUR);

  beforeAll(async () => {
    const db = platform().database.db;
    agent = await platform().token({ role: "AGENT", sub: "hotline" });
    const dealer = await makeDealer(db);
    const other = await makeDealer(db);
    dealerId = dealer.id;
    dealerToken = await platform().token({ role: "DEALER", sub: "d", dealerId: dealer.id });
    // Eight related customers; four complaints in the period, one before it, one against another dealer, one inquiry.
    const people = await Promise.all(Array.from({ length: 8 }, () => makeCustomer(db, { dealerIds: [dealer.id] })));
    const at = (h: number) => new Date(start.getTime() + h * HOUR);
    const complaint = (customer: number, overrides: Parameters<typeof makeCase>[2]) =>
      makeCase(db, people[customer]!.id, { kind: "COMPLAINT", againstDealerId: dealer.id, ...overrides });
    await complaint(0, { openedAt: at(0), dueAt: at(72), resolvedAt: at(10), status: "RESOLVED" });
    await complaint(1, { openedAt: at(5), dueAt: at(77), resolvedAt: at(35), status: "CLOSED" });
    await complaint(2, { openedAt: at(20), dueAt: at(44), resolvedAt: at(120), status: "RESOLVED" });
    await complaint(3, { openedAt: at(30), dueAt: at(34), status: "OPEN" });
    await complaint(4, { openedAt: new Date(start.getTime() - 100 * 24 * HOUR), status: "OPEN" });
    await makeCase(db, people[5]!.id, { kind: "INQUIRY", againstDealerId: dealer.id, openedAt: at(1) });
    await makeCase(db, people[6]!.id, { kind: "COMPLAINT", againstDealerId: other.id, openedAt: at(1) });
  });

  it("gives staff the count, the rate per 100 customers, open and overdue counts and resolution times", async () => {
    const period = { from: start.toISOString(), to: new Date().toISOString() };
    const stats = (await platform().data(ComplaintStatsOf, { id: toGlobalId("Dealer", dealerId), period }, agent)).node as { complaintStats: Record<string, unknown> };
    expect(stats.complaintStats).toEqual({
      complaintCount: 4,
      customerCount: 8,
      ratePer100Customers: 50,
      openCount: 1,
      // Resolved after its due time, and open past it.
      overdueCount: 2,
      // 10, 30 and 100 hours.
      medianResolutionHours: 30,
      meanResolutionHours: 46.67,
    });
    const lastYear = (await platform().data(ComplaintStatsOf, { id: toGlobalId("Dealer", dealerId) }, agent)).node as { complaintStats: { complaintCount: number } };
    expect(lastYear.complaintStats.complaintCount).toBe(5);
    const backwards = await platform().gql(ComplaintStatsOf, { id: toGlobalId("Dealer", dealerId), period: { from: period.to, to: period.from } }, agent);
    expect(backwards.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "period" });
  });

  it("is for staff (null for the dealer); the dealer works its own complaints with their age against the service level", async () => {
    const refused = await platform().gql(ComplaintStatsOf, { id: toGlobalId("Dealer", dealerId) }, dealerToken);
    expect(refused.body.errors).toBeUndefined();
    expect((refused.body.data?.node as { complaintStats: unknown }).complaintStats).toBeNull();
    const own = (await platform().data(DealerComplaints, { id: toGlobalId("Dealer", dealerId) }, dealerToken)).node as { cases: { edges: { node: { status: string; overdue: boolean } }[] } };
    const open = own.cases.edges.map((e) => e.node).filter((n) => n.status === "OPEN");
    // The old complaint and the inquiry have no due time; the open complaint is past its four hours.
    expect(open.map((n) => n.overdue).sort()).toEqual([false, false, true]);
  });
});
