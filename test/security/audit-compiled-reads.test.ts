import { afterAll, beforeAll, expect, it } from "vitest";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { customers as customersTable } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { CustomersWithEmails, CustomerWithPii } from "../operations/privacy.js";
import { makeCustomer, makeDealer } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

interface AuditRow {
  actor_role: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  operation: string | null;
  outcome: string;
  details: unknown;
}

/**
 * A personal-data read on the compiled read path writes its audit row in the read's own
 * statement: one round trip, the row committed before the answer arrives, no row when there is
 * no answer, and no answer without the row.
 */
describePlatform("audit of personal-data reads on the compiled read path", (platform) => {
  let agent: string;
  let dealerToken: string;
  let dealerCustomer: string;
  let stranger: string;
  let survivor: string;
  let mergedAway: string;
  /** Another connection than the server's pool (PGlite has only the one). */
  let observer: postgres.Sql | undefined;

  beforeAll(async () => {
    const db = platform().database.db;
    agent = await platform().token({ role: "AGENT", sub: "agent.compiled" });
    const dealer = await makeDealer(db);
    dealerToken = await platform().token({ role: "DEALER", sub: "dealer.compiled", dealerId: dealer.id });
    dealerCustomer = (await makeCustomer(db, { email: "known@example.com", city: "Wuhan", birthday: "1990-01-01", dealerIds: [dealer.id] })).id;
    stranger = (await makeCustomer(db, { email: "stranger@example.com" })).id;
    survivor = (await makeCustomer(db, { email: "survivor@example.com" })).id;
    mergedAway = (await makeCustomer(db, { email: "merged@example.com" })).id;
    await db.update(customersTable).set({ mergedIntoId: survivor }).where(sql`${customersTable.id} = ${mergedAway}`);
    if (platform().database.url) observer = postgres(platform().database.url!, { max: 1, onnotice: () => undefined });
  });

  afterAll(async () => {
    await observer?.end();
  });

  async function auditRows(actorId: string): Promise<AuditRow[]> {
    const text = `select actor_role, actor_id, action, target_type, target_id, operation, outcome::text, details from audit_log where actor_id = $1 order by at, id`;
    if (observer) return (await observer.unsafe(text, [actorId])) as unknown as AuditRow[];
    return (await platform().database.pglite!.query<AuditRow>(text, [actorId])).rows;
  }

  /** The read, and every statement the server sent while answering it. */
  async function read(customerId: string, token: string) {
    const statements: string[] = [];
    const stop = platform().database.queries.listen((q) => statements.push(q));
    try {
      const response = await platform().gql(CustomerWithPii, { id: toGlobalId("Customer", customerId) }, token);
      return { ...response, statements };
    } finally {
      stop();
    }
  }

  const readRow = (role: string, actorId: string, customerId: string): AuditRow => ({
    actor_role: role,
    actor_id: actorId,
    action: "READ_PII",
    target_type: "Customer",
    target_id: customerId,
    operation: "CustomerWithPii",
    outcome: "SUCCESS",
    details: { fields: ["addresses", "birthday", "emails", "phones", "profile"] },
  });

  it("answers an agent's read and writes its audit row in ONE statement, committed when the answer arrives", async () => {
    const { body, statements } = await read(dealerCustomer, agent);
    expect(body.data?.customer?.emails).toEqual([{ address: "known@example.com" }]);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('insert into "audit_log"');
    expect(await auditRows("agent.compiled")).toEqual([readRow("AGENT", "agent.compiled", dealerCustomer)]);

    await read(stranger, agent);
    await read(dealerCustomer, agent);
    // One row per customer read, per read.
    expect(await auditRows("agent.compiled")).toEqual([
      readRow("AGENT", "agent.compiled", dealerCustomer),
      readRow("AGENT", "agent.compiled", stranger),
      readRow("AGENT", "agent.compiled", dealerCustomer),
    ]);
  });

  it("audits a merged-away id as a read of its survivor", async () => {
    const { body, statements } = await read(mergedAway, await platform().token({ role: "AGENT", sub: "agent.merged" }));
    expect(body.data?.customer?.id).toBe(toGlobalId("Customer", survivor));
    expect(statements).toHaveLength(1);
    expect(await auditRows("agent.merged")).toEqual([readRow("AGENT", "agent.merged", survivor)]);
  });

  it("audits a dealer's read of its customer, and writes nothing for a customer the dealer may not see", async () => {
    const known = await read(dealerCustomer, dealerToken);
    expect(known.body.data?.customer?.id).toBe(toGlobalId("Customer", dealerCustomer));
    expect(known.statements).toHaveLength(1);
    expect(await auditRows("dealer.compiled")).toEqual([readRow("DEALER", "dealer.compiled", dealerCustomer)]);

    const hidden = await read(stranger, dealerToken);
    expect(hidden.body.data?.customer ?? null).toBeNull();
    expect(await auditRows("dealer.compiled")).toEqual([readRow("DEALER", "dealer.compiled", dealerCustomer)]);
  });

  it("writes nothing for a customer reading themself", async () => {
    const self = await platform().token({ role: "CUSTOMER", sub: "self.compiled", customerId: stranger });
    const { body } = await read(stranger, self);
    expect(body.data?.customer?.id).toBe(toGlobalId("Customer", stranger));
    expect(await auditRows("self.compiled")).toEqual([]);
  });

  it("does not answer a read whose audit row cannot be written", async () => {
    const refused = await platform().token({ role: "AGENT", sub: "agent.refused" });
    const db = platform().database.db;
    await db.execute(sql`alter table audit_log add constraint audit_refused check (actor_id is distinct from 'agent.refused') not valid`);
    try {
      const { status, body } = await read(dealerCustomer, refused);
      expect(body.data?.customer ?? null).toBeNull();
      expect(JSON.stringify(body)).not.toContain("known@example.com");
      expect(firstError(body).code).toBe("SERVICE_UNAVAILABLE");
      expect(status).toBe(503);
      // The resolver path (a page of customers, not compiled) refuses the same way.
      const page = await platform().gql(CustomersWithEmails, { first: 2 }, refused);
      expect(page.body.data ?? null).toBeNull();
      expect(firstError(page.body).code).toBe("SERVICE_UNAVAILABLE");
      expect(page.status).toBe(503);
    } finally {
      await db.execute(sql`alter table audit_log drop constraint audit_refused`);
    }
    expect(await auditRows("agent.refused")).toEqual([]);
  });
});
