import { parse } from "graphql";
import { beforeAll, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { AuditLog, CustomerNamesOnly, CustomersWithEmails, CustomerWithPii } from "../operations/privacy.js";
import { makeCustomer, makeDealer } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

/**
 * CustomerWithPii kept on the resolver path (the communication plan is decided in code, one of
 * the fields the compiled path leaves to the resolvers, NOT_COMPILED): there the rows of
 * concurrent requests share the batched writer's INSERTs. On the compiled path each read writes
 * its row in its own statement (audit-compiled-reads.test.ts).
 */
const CustomerWithPiiByResolvers = parse(
  "query CustomerWithPii($id: ID!) { customer(id: $id) { id displayName birthday emails { address } phones { e164 } addresses { line1 city } communicationPlan { allowed } } }",
) as typeof CustomerWithPii;

describePlatform("audit of personal-data reads, and the audit log", (platform) => {
  let admin: string;
  let agent: string;
  let dealerToken: string;
  let customers: { id: string }[];

  beforeAll(async () => {
    const db = platform().database.db;
    admin = await platform().token({ role: "ADMIN", sub: "auditor" });
    agent = await platform().token({ role: "AGENT", sub: "agent.pii" });
    const dealer = await makeDealer(db);
    dealerToken = await platform().token({ role: "DEALER", sub: "dealer.pii", dealerId: dealer.id });
    customers = [];
    for (let i = 0; i < 4; i++) customers.push(await makeCustomer(db, { email: `a${i}@example.com`, phone: `+861380000000${i}`, city: "Wuhan", birthday: "1990-01-01", dealerIds: i === 0 ? [dealer.id] : [] }));
  });

  const entries = async (filter: Record<string, unknown>) => (await platform().data(AuditLog, { filter, first: 100 }, admin)).auditLog.edges.map((e) => e.node);

  it("records which customer's personal data an agent read, and which fields, without the data itself", async () => {
    const id = toGlobalId("Customer", customers[1]!.id);
    await platform().data(CustomerWithPii, { id }, agent);
    const rows = await entries({ actorId: "agent.pii", targetId: id });
    expect(rows).toEqual([
      expect.objectContaining({
        actorRole: "AGENT",
        action: "READ_PII",
        targetType: "Customer",
        targetId: id,
        operation: "CustomerWithPii",
        outcome: "SUCCESS",
        details: { fields: ["addresses", "birthday", "emails", "phones", "profile"] },
      }),
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/example\.com|\+8613|Wuhan|1990-01-01/);
  });

  it("writes one INSERT per request for a whole page of customers, and none when no personal data was selected", async () => {
    const inserts: string[] = [];
    const stop = platform().database.queries.listen((query) => {
      if (/insert into "audit_log"/i.test(query)) inserts.push(query);
    });
    try {
      const page = await platform().data(CustomersWithEmails, { first: 4 }, agent);
      expect(page.customers.edges).toHaveLength(4);
      expect(inserts).toHaveLength(1);
      await platform().data(CustomerNamesOnly, { first: 4 }, agent);
      expect(inserts).toHaveLength(1);
    } finally {
      stop();
    }
    const rows = await entries({ actorId: "agent.pii", action: "READ_PII" });
    for (const customer of customers) expect(rows.map((r) => r.targetId)).toContain(toGlobalId("Customer", customer.id));
  });

  it("audits every one of many concurrent requests before answering it, the requests sharing INSERTs", async () => {
    const reader = await platform().token({ role: "AGENT", sub: "agent.concurrent" });
    const inserts: string[] = [];
    const stop = platform().database.queries.listen((query) => {
      if (/insert into "audit_log"/i.test(query)) inserts.push(query);
    });
    const reads = Array.from({ length: 24 }, (_, i) => customers[i % customers.length]!);
    // Each request's row must be there as soon as that request has its answer, not only once all have.
    const seenOnAnswer: number[] = [];
    try {
      await Promise.all(
        reads.map(async (customer) => {
          const id = toGlobalId("Customer", customer.id);
          await platform().data(CustomerWithPiiByResolvers, { id }, reader);
          seenOnAnswer.push((await entries({ actorId: "agent.concurrent", targetId: id })).length);
        }),
      );
    } finally {
      stop();
    }
    expect(seenOnAnswer.every((n) => n > 0)).toBe(true);
    const rows = await entries({ actorId: "agent.concurrent" });
    expect(rows).toHaveLength(reads.length);
    for (const customer of customers) expect(rows.filter((r) => r.targetId === toGlobalId("Customer", customer.id))).toHaveLength(reads.length / customers.length);
    for (const row of rows) expect(row).toEqual(expect.objectContaining({ action: "READ_PII", operation: "CustomerWithPii", outcome: "SUCCESS", details: { fields: ["addresses", "birthday", "emails", "phones", "profile"] } }));
    expect(inserts.length).toBeLessThan(reads.length);
  });

  it("audits dealers too, but not customers reading themselves", async () => {
    await platform().data(CustomerWithPii, { id: toGlobalId("Customer", customers[0]!.id) }, dealerToken);
    expect(await entries({ actorId: "dealer.pii" })).toEqual([expect.objectContaining({ actorRole: "DEALER", targetId: toGlobalId("Customer", customers[0]!.id) })]);
    const self = await platform().token({ role: "CUSTOMER", sub: "self.pii", customerId: customers[2]!.id });
    await platform().data(CustomerWithPii, { id: toGlobalId("Customer", customers[2]!.id) }, self);
    expect(await entries({ actorId: "self.pii" })).toEqual([]);
  });

  it("pages and filters the log by actor, action, target and period; only ADMIN may read it", async () => {
    const all = await entries({ actorId: "agent.pii" });
    expect(all.length).toBeGreaterThanOrEqual(5);
    const first = await platform().data(AuditLog, { filter: { actorId: "agent.pii" }, first: 2 }, admin);
    expect(first.auditLog.totalCount).toBe(all.length);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await platform().data(AuditLog, { filter: { actorId: "agent.pii" }, first: 2, after: first.auditLog.pageInfo.endCursor }, admin);
    expect([...first.auditLog.edges, ...second.auditLog.edges].map((e) => e.node.id)).toEqual(all.slice(0, 4).map((e) => e.id));

    const future = new Date(Date.now() + 60_000).toISOString();
    expect(await entries({ actorId: "agent.pii", from: future })).toEqual([]);
    expect(await entries({ actorId: "agent.pii", to: future })).toHaveLength(all.length);
    expect(await entries({ action: "MERGE", actorId: "agent.pii" })).toEqual([]);

    expect(firstError((await platform().gql(AuditLog, {}, agent)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(AuditLog, {})).body).code).toBe("UNAUTHENTICATED");
    expect(firstError((await platform().gql(AuditLog, { filter: { targetId: "nope" } }, admin)).body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.targetId" });
  });
});
