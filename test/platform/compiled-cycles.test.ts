import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, desc, getTableName, isNotNull } from "drizzle-orm";
import { personalDataReadAudit } from "../../src/audit/pii-reads.plugin.js";
import { orders, products, shipments } from "../../src/db/schema/index.js";
import { createProjections } from "../../src/projections.js";
import { seedDatabase } from "../../src/seed/index.js";
import type { RunningServer } from "../../src/server.js";
import { comparison, compiledIn, readsOf, relationArguments, startResolversOnlyServer } from "../support/compiled-comparison.js";
import { databaseKinds } from "../support/database.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";
import { rolesFor } from "../support/suite.js";

/**
 * Reads that come back to a table already on their path: an order's customer's orders, a
 * vehicle's owner's vehicles, a shipment's order's shipments. Clients ask for these (a list page
 * showing each order's customer, the customer's other orders); the compiled read path answers
 * them in one statement like any other read, equal to the resolvers for every role.
 */
const projections = createProjections();
const ROOTS = ["customers", "orders", "vehicles", "cases", "shipments", "products", "dealers", "leads"] as const;
/** Deep enough for a table to come back twice (customer → orders → customer → orders). */
const HOPS = 3;
/** Every way back at once makes a request far over the default limits (tokens, cost): both servers take it here. */
const LIMITS = { MAX_DEPTH: "30", MAX_TOKENS: "200000", MAX_COST: "10000000" };

const audited = (type: string, field: string) => personalDataReadAudit("AGENT", null, type, [field]) !== null;
const namesOf = (relation: { tables: unknown[]; readAs?: string }) => [...relation.tables.map((t) => getTableName(t as never)), ...(relation.readAs ? [relation.readAs] : [])];

/**
 * A type's fields and, below them, only the relations that lead back to a table met higher up
 * the path (or on to one that does), up to `HOPS` relations down. A relation whose table is its
 * parent's own (a self-reference twice) is not followed: the compiler leaves it to the resolvers.
 * Null when nothing below comes back.
 */
function returning(type: string, parent: Set<string>, met: Set<string>, hop: number): string | null {
  const projection = projections.types.get(type)!;
  const parts = ["__typename", ...Object.keys(projection.leaves).filter((f) => !audited(type, f))];
  let comesBack = false;
  if (hop < HOPS) {
    for (const [name, relation] of Object.entries(projection.relations ?? {})) {
      const names = namesOf(relation);
      if (audited(type, name) || names.some((n) => parent.has(n))) continue;
      const back = names.some((n) => met.has(n));
      const inner = returning(relation.type, new Set(names), new Set([...met, ...names]), hop + 1);
      if (!back && inner === null) continue;
      comesBack = true;
      const node = inner ?? ["__typename", ...Object.keys(projections.types.get(relation.type)!.leaves).filter((f) => !audited(relation.type, f))].join(" ");
      parts.push(
        relation.shape === "connection"
          ? `${name}(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${node} } } }`
          : `${name}${relationArguments(relation)} { ${node} }`,
      );
    }
  }
  return comesBack ? parts.join(" ") : null;
}

describe.each(databaseKinds())("compiled reads that come back to a table on their path [%s]", (kind) => {
  let platform: TestPlatform;
  let resolvers: RunningServer;
  const callers = new Map<string, string | undefined>();
  const compare = comparison(
    () => platform,
    () => resolvers,
  );

  beforeAll(async () => {
    platform = await startTestPlatform(kind, LIMITS);
    const db = platform.database.db;
    await seedDatabase(db, { customers: 16, seed: 11, now: new Date("2026-06-01T12:00:00Z") });
    resolvers = await startResolversOnlyServer(platform, LIMITS);
    const [dealer] = await db.select({ id: orders.dealerId, n: count() }).from(orders).where(isNotNull(orders.dealerId)).groupBy(orders.dealerId).orderBy(desc(count()), orders.dealerId).limit(1);
    const [customer] = await db.select({ id: orders.customerId, n: count() }).from(orders).groupBy(orders.customerId).orderBy(desc(count()), orders.customerId).limit(1);
    const [carrier] = await db.select({ id: shipments.carrierId }).from(shipments).limit(1);
    const [product] = await db.select({ supplierId: products.supplierId }).from(products).where(isNotNull(products.supplierId)).limit(1);
    callers.set("anonymous", undefined);
    callers.set("admin", await platform.token({ role: "ADMIN", sub: "admin" }));
    callers.set("agent", await platform.token({ role: "AGENT", sub: "agent" }));
    callers.set("dealer", await platform.token({ role: "DEALER", sub: "dealer", dealerId: dealer!.id! }));
    callers.set("customer", await platform.token({ role: "CUSTOMER", sub: "customer", customerId: customer!.id }));
    callers.set("supplier", await platform.token({ role: "SUPPLIER", sub: "supplier", supplierId: product!.supplierId! }));
    callers.set("courier", await platform.token({ role: "COURIER", sub: "courier", carrierId: carrier!.id }));
  }, 120_000);

  afterAll(async () => {
    await resolvers?.close();
    await platform?.close();
  });

  it.each(ROOTS)("answers %s with every way back to a table on the path as the resolvers do, in one statement, for every role", async (root) => {
    const list = projections.lists!.get(root)!;
    const node = returning(list.type, new Set([getTableName(list.table)]), new Set([getTableName(list.table)]), 0);
    expect(node, `${root}: some relation comes back`).not.toBeNull();
    const query = `{ ${root}(first: 4) { totalCount edges { cursor node { ${node} } } } }`;
    let answered = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      const { body, statements } = await compare(query, {}, token);
      if (body.errors) {
        // Refused by the root's resolver for this role (leads are for staff and dealers): nothing compiled.
        expect(body.errors[0]?.extensions?.code, `${root} as ${caller}`).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
        expect(compiledIn(statements), `${root} as ${caller}`).toBe(false);
        continue;
      }
      const reads = readsOf(statements);
      expect(reads, `${root} as ${caller}`).toHaveLength(1);
      expect(compiledIn(reads), `${root} as ${caller}`).toBe(true);
      answered += 1;
    }
    expect(answered).toBeGreaterThan(0);
  }, 120_000);

  it("reads an order's customer's orders and a customer's orders' customer, the same rows as the loaders", async () => {
    const query = `{ customers(first: 3) { edges { node { id orders(first: 2) { edges { node { number customer { id orders(first: 3) { totalCount edges { node { number } } } } } } } } } } }`;
    const { body, statements } = await compare(query, {}, callers.get("admin"));
    expect(readsOf(statements)).toHaveLength(1);
    type Page = { edges: { node: { id: string; orders: { edges: { node: { customer: { id: string; orders: { totalCount: number } } } }[] } } }[] };
    const customers = (body.data!.customers as Page).edges;
    // Each order's customer is the customer it was listed under.
    const pairs = customers.flatMap((c) => c.node.orders.edges.map((o) => [c.node.id, o.node.customer.id]));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [listedUnder, owner] of pairs) expect(owner).toBe(listedUnder);
  });
});
