import type { ResultOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, isNotNull } from "drizzle-orm";
import { dealerRelationships, orders } from "../../src/db/schema/index.js";
import { seedDatabase } from "../../src/seed/index.js";
import { Customer360, RELATION_FIELDS, ROOT_STATEMENTS } from "../operations/customer360.js";
import { databaseKinds } from "../support/database.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";

const now = new Date("2026-06-01T12:00:00Z");

/** The statements one request ran, with bound values stripped so that the text is stable. */
async function recordStatements(platform: TestPlatform, run: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const stop = platform.database.queries.listen((query) => statements.push(query.replace(/\$\d+(, \$\d+)*/g, "$n")));
  try {
    await run();
  } finally {
    stop();
  }
  return statements;
}

describe.each(databaseKinds())("the 360° customer view [%s]", (kind) => {
  let small: TestPlatform;
  let large: TestPlatform;
  let admin: string;

  beforeAll(async () => {
    // The resolvers' loaders are what this holds to a statement per relation; the compiled read
    // path answers the same query in one statement (test/platform/compiled-reads.test.ts).
    const resolversOnly = { COMPILED_READS: "false" };
    [small, large] = await Promise.all([startTestPlatform(kind, resolversOnly), startTestPlatform(kind, resolversOnly)]);
    await seedDatabase(small.database.db, { customers: 150, seed: 11, now });
    await seedDatabase(large.database.db, { customers: 400, seed: 11, now });
    admin = await small.token({ role: "ADMIN", sub: "admin" });
  }, 120_000);
  afterAll(async () => {
    await Promise.all([small?.close(), large?.close()]);
  });

  // The page: the 50 longest-standing owners, whose histories reach every relation of the query
  // (a relation with no rows at all on a page needs no statement, which would blur the count).
  const page = { first: 50, filter: { stage: "OWNER" }, orderBy: { field: "CREATED_AT", direction: "ASC" } } as const;

  it("answers the whole view for 50 customers with at most one statement per relation, however large the data", async () => {
    let smallData: ResultOf<typeof Customer360> | undefined;
    const smallStatements = await recordStatements(small, async () => {
      smallData = await small.data(Customer360, page, admin);
    });
    const largeToken = await large.token({ role: "ADMIN", sub: "admin" });
    const largeStatements = await recordStatements(large, () => large.data(Customer360, page, largeToken));

    expect(smallData!.customers.edges).toHaveLength(50);
    // Every relation of the query had rows on this page, so each statement above was needed.
    expect(smallData!.customers.edges.some((e) => e.node.orders.edges.some((o) => o.node.returns.some((r) => r.refunds.length > 0)))).toBe(true);
    expect(smallStatements.length).toBeLessThanOrEqual(ROOT_STATEMENTS + RELATION_FIELDS);
    const largeCount = await large.data(Customer360, { first: 1 }, largeToken);
    expect(largeCount.customers.totalCount).toBe(400);
    expect(largeStatements.length).toBeLessThanOrEqual(ROOT_STATEMENTS + RELATION_FIELDS);
    // A loader asked from several levels (products of order lines, of wishlists, of reviews)
    // runs once or once per level depending on which parents' results arrive in the same tick,
    // so the SQL is compared as the set of statements, and the bound above holds for both.
    const distinct = (statements: string[]) => [...new Set(statements)].sort();
    // The SQL itself, so that a change in what the view runs shows as a diff.
    expect(distinct(smallStatements)).toMatchSnapshot();
    expect(distinct(largeStatements)).toEqual(distinct(smallStatements));
  });

  it("shows everything about one customer to that customer, and a dealer only what involves its dealership", async () => {
    const db = small.database.db;
    // A customer with a dealer order and orders elsewhere.
    const [dealerOrder] = await db.select().from(orders).where(isNotNull(orders.dealerId)).limit(1);
    const customerId = dealerOrder!.customerId;
    const all = await db.select().from(orders).where(eq(orders.customerId, customerId));
    const dealerId = dealerOrder!.dealerId!;
    await db.insert(dealerRelationships).values({ dealerId, customerId, basis: "ORDER" }).onConflictDoNothing();

    const self = await small.data(Customer360, { first: 50 }, await small.token({ role: "CUSTOMER", sub: "c", customerId }));
    expect(self.customers.edges).toHaveLength(1);
    expect(self.customers.edges[0]!.node.orders.totalCount).toBe(all.length);

    const dealer = await small.data(Customer360, { first: 50 }, await small.token({ role: "DEALER", sub: "d", dealerId }));
    const seen = dealer.customers.edges.find((e) => e.node.id === self.customers.edges[0]!.node.id)!;
    expect(seen).toBeDefined();
    const dealerOrders = all.filter((o) => o.dealerId === dealerId);
    expect(seen.node.orders.totalCount).toBe(dealerOrders.length);
    expect(seen.node.measures.orderCount).toBeLessThanOrEqual(dealerOrders.length);
    // Interactions the customer had with the call center or other dealers stay hidden.
    expect(seen.node.interactions.edges.every((e) => e.node.type !== "NOTIFICATION")).toBe(true);
  });
});
