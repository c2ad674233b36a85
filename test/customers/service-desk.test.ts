import type { Client } from "graphql-ws";
import { afterAll, beforeAll, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { CaseThread, CaseUpdated, CommentCase, MyCaseNotices, OpenOwnCase, RateCase, ShutCase, SolveCase, TakeCase } from "../operations/service-desk.js";
import { makeCarrier, makeCustomer, makeDealer, makeOrder, makeProduct, makeShipment } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";
import { subscribe, wsClient } from "../support/ws.js";

describePlatform("self-service cases", (platform) => {
  let agent: string;
  let dealer: { id: string; name: string };
  let dealerToken: string;
  let otherDealerToken: string;
  let customer: { id: string };
  let me: string;
  let stranger: string;
  let order: { id: string; customerId: string };
  let foreignOrder: { id: string };
  let shipment: { id: string };
  let productId: string;
  const clients: Client[] = [];
  const client = (token: string) => {
    const c = wsClient(platform().url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    const db = platform().database.db;
    agent = await platform().token({ role: "AGENT", sub: "agent.wu" });
    dealer = await makeDealer(db);
    dealerToken = await platform().token({ role: "DEALER", sub: "desk@d", dealerId: dealer.id });
    otherDealerToken = await platform().token({ role: "DEALER", sub: "desk@o", dealerId: (await makeDealer(db)).id });
    customer = await makeCustomer(db, { displayName: "Mei Lin" });
    const other = await makeCustomer(db);
    me = await platform().token({ role: "CUSTOMER", sub: "mei@example.com", customerId: customer.id });
    stranger = await platform().token({ role: "CUSTOMER", sub: "x@example.com", customerId: other.id });
    order = await makeOrder(db, customer.id);
    foreignOrder = await makeOrder(db, other.id);
    shipment = await makeShipment(db, order, (await makeCarrier(db)).id);
    productId = (await makeProduct(db)).id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });

  const open = (input: Record<string, unknown>, token = me) => platform().gql(OpenOwnCase, { input: { kind: "COMPLAINT", subject: "Late parcel", ...input } as never }, token);

  it("lets a customer open a case about their own things, against the maker or a dealer, and nothing of anyone else's", async () => {
    const maker = (await open({ orderId: toGlobalId("Order", order.id), shipmentId: toGlobalId("Shipment", shipment.id), productId: toGlobalId("Product", productId) })).body.data!.openCase.case;
    expect(maker).toMatchObject({ status: "OPEN", priority: "NORMAL", againstDealer: null, customer: { id: toGlobalId("Customer", customer.id) } });
    const againstDealer = (await open({ againstDealerId: toGlobalId("Dealer", dealer.id) })).body.data!.openCase.case;
    expect(againstDealer.againstDealer?.id).toBe(toGlobalId("Dealer", dealer.id));

    expect(firstError((await open({ orderId: toGlobalId("Order", foreignOrder.id) })).body)).toEqual({ code: "NOT_FOUND", field: "input.orderId" });
    expect(firstError((await open({ customerId: toGlobalId("Customer", order.customerId) }, stranger)).body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    expect(firstError((await open({ priority: "URGENT" })).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.priority" });
    expect(firstError((await open({ subject: "x".repeat(201) })).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.subject" });
    expect(firstError((await open({})).body)).toEqual({ code: undefined, field: undefined });
    expect(firstError((await open({}, agent)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.customerId" });
    expect(firstError((await open({ customerId: toGlobalId("Customer", customer.id) }, dealerToken)).body).code).toBe("FORBIDDEN");
  });

  it("keeps a thread of comments and status changes with who said it, internal notes for staff only, and tells the customer", async () => {
    const c = (await open({ againstDealerId: toGlobalId("Dealer", dealer.id), subject: "Scratched door after service" })).body.data!.openCase.case;
    const caseId = c.id;
    await platform().data(CommentCase, { input: { caseId, text: "Photos attached." } }, me);
    await platform().data(CommentCase, { input: { caseId, text: "Dealer has a history here.", internal: true } }, agent);
    expect(firstError((await platform().gql(CommentCase, { input: { caseId, text: "psst", internal: true } }, dealerToken)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(CommentCase, { input: { caseId, text: "psst", internal: true } }, me)).body).code).toBe("FORBIDDEN");
    await platform().data(TakeCase, { input: { caseId, text: "workshop manager" } }, dealerToken);
    await platform().data(CommentCase, { input: { caseId, text: "We will repaint it free of charge." } }, dealerToken);
    await platform().data(SolveCase, { input: { caseId, text: "Door repainted." } }, dealerToken);
    expect(firstError((await platform().gql(SolveCase, { input: { caseId, text: "done" } }, me)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(CommentCase, { input: { caseId, text: "hi" } }, otherDealerToken)).body)).toEqual({ code: "NOT_FOUND", field: "input.caseId" });
    expect(firstError((await platform().gql(CommentCase, { input: { caseId, text: "hi" } }, stranger)).body)).toEqual({ code: "NOT_FOUND", field: "input.caseId" });

    const thread = async (token: string) => (await platform().data(CaseThread, { id: caseId, first: 50 }, token)).node as { thread: { edges: { node: Record<string, unknown> }[] } };
    const staffView = (await thread(agent)).thread.edges.map((e) => [e.node.kind, e.node.authorRole, e.node.body ?? e.node.status]);
    expect(staffView).toEqual([
      ["STATUS_CHANGE", "CUSTOMER", "OPEN"],
      ["COMMENT", "CUSTOMER", "Photos attached."],
      ["INTERNAL_NOTE", "AGENT", "Dealer has a history here."],
      ["STATUS_CHANGE", "DEALER", "workshop manager"],
      ["COMMENT", "DEALER", "We will repaint it free of charge."],
      ["STATUS_CHANGE", "DEALER", "Door repainted."],
    ]);
    const mine = (await thread(me)).thread.edges.map((e) => e.node);
    expect(mine.map((n) => n.kind)).not.toContain("INTERNAL_NOTE");
    expect(mine).toHaveLength(5);
    // Names as the thread shows them: the customer's display name and the dealership, never the login email.
    expect(mine[0]).toMatchObject({ authorName: "Mei Lin" });
    expect(mine[3]).toMatchObject({ authorName: dealer.name });
    expect(JSON.stringify(mine)).not.toContain("mei@example.com");
    expect((await thread(dealerToken)).thread.edges.map((e) => e.node.kind)).not.toContain("INTERNAL_NOTE");
    expect((await platform().gql(CaseThread, { id: caseId }, stranger)).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    // Paged by keyset, oldest first.
    const first = await platform().data(CaseThread, { id: caseId, first: 2 }, me);
    const page1 = first.node as { thread: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { body: string | null } }[] } };
    expect(page1.thread.pageInfo.hasNextPage).toBe(true);
    const page2 = (await platform().data(CaseThread, { id: caseId, first: 10, after: page1.thread.pageInfo.endCursor }, me)).node as { thread: { edges: unknown[] } };
    expect(page2.thread.edges).toHaveLength(3);

    const notices = await platform().data(MyCaseNotices, { id: toGlobalId("Customer", customer.id) }, me);
    const subjects = notices.customer!.interactions.edges.map((e) => e.node.subject);
    expect(subjects).toContain(`Case ${c.number} has a new answer`);
    expect(subjects).toContain(`Case ${c.number} was resolved`);
    expect(notices.customer!.timeline.edges.map((e) => e.node.title)).toContain(`Case ${c.number} was resolved`);
  });

  it("asks for satisfaction when the case closes, once, and the customer's latest CSAT follows it", async () => {
    const caseId = (await open({ kind: "INQUIRY", subject: "Warranty on the battery?" })).body.data!.openCase.case.id;
    expect(firstError((await platform().gql(RateCase, { input: { caseId, score: 4 } }, me)).body)).toEqual({ code: "CONFLICT", field: "input.caseId" });
    await platform().data(SolveCase, { input: { caseId, text: "Eight years." } }, agent);
    const closed = await platform().data(ShutCase, { input: { caseId } }, agent);
    expect(closed.closeCase.case.closedAt).not.toBeNull();
    const notices = await platform().data(MyCaseNotices, { id: toGlobalId("Customer", customer.id) }, me);
    expect(notices.customer!.interactions.edges.some((e) => e.node.subject.includes("how satisfied"))).toBe(true);

    expect(firstError((await platform().gql(RateCase, { input: { caseId, score: 6 } }, me)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.score" });
    expect(firstError((await platform().gql(RateCase, { input: { caseId, score: 2 } }, stranger)).body)).toEqual({ code: "NOT_FOUND", field: "input.caseId" });
    expect(firstError((await platform().gql(RateCase, { input: { caseId, score: 2 } }, agent)).body).code).toBe("FORBIDDEN");
    const rated = await platform().data(RateCase, { input: { caseId, score: 2, comment: "Slow answer" } }, me);
    expect(rated.rateCase.surveyResponse).toEqual({ overallSatisfaction: 2, comment: "Slow answer" });
    expect(firstError((await platform().gql(RateCase, { input: { caseId, score: 5 } }, me)).body)).toEqual({ code: "CONFLICT", field: "input.caseId" });
    const traits = await platform().data(MyCaseNotices, { id: toGlobalId("Customer", customer.id) }, me);
    expect(traits.customer!.traits?.latestCsat).toBe(2);
  });

  it("sends caseUpdated after commit over a real socket: the customer their own, the dealer its complaints, staff all", async () => {
    const mine = subscribe(client(me), CaseUpdated, {});
    const dealers = subscribe(client(dealerToken), CaseUpdated, {});
    const otherDealer = subscribe(client(otherDealerToken), CaseUpdated, {});
    const strangers = subscribe(client(stranger), CaseUpdated, {});
    const staff = subscribe(client(agent), CaseUpdated, {});
    await new Promise((r) => setTimeout(r, 300));
    const opened = (await open({ againstDealerId: toGlobalId("Dealer", dealer.id), subject: "Rude service advisor" })).body.data!.openCase.case;
    await platform().data(CommentCase, { input: { caseId: opened.id, text: "We apologise." } }, dealerToken);
    const expected = [
      [opened.number, "OPEN"],
      [opened.number, "OPEN"],
    ];
    for (const sub of [mine, dealers, staff]) {
      const results = await sub.waitFor(2);
      expect(results.map((r) => [r.data?.caseUpdated.number, r.data?.caseUpdated.status])).toEqual(expected);
    }
    await platform().data(SolveCase, { input: { caseId: opened.id, text: "Advisor spoken to." } }, agent);
    expect((await mine.waitFor(3))[2]!.data?.caseUpdated.status).toBe("RESOLVED");
    await new Promise((r) => setTimeout(r, 300));
    expect(otherDealer.results).toHaveLength(0);
    expect(strangers.results).toHaveLength(0);
    // A single case, followed by id; another customer's case is NOT_FOUND.
    const one = subscribe(client(me), CaseUpdated, { caseId: opened.id });
    await new Promise((r) => setTimeout(r, 200));
    await platform().data(CommentCase, { input: { caseId: opened.id, text: "Thanks." } }, me);
    expect((await one.waitFor(1))[0]!.data?.caseUpdated.id).toBe(opened.id);
    const foreign = subscribe(client(stranger), CaseUpdated, { caseId: opened.id });
    await foreign.done;
    expect(JSON.stringify(foreign.error ?? foreign.results)).toContain("NOT_FOUND");
    for (const s of [mine, dealers, otherDealer, strangers, staff, one]) await s.close();
  });
});
