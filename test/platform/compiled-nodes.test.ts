import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { print, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { loadConfig } from "../../src/config.js";
import {
  auditLog,
  carriers,
  cases,
  customers,
  dealerRelationships,
  dealers,
  interactions,
  orders,
  productCategories,
  products,
  reviews,
  serviceAppointments,
  serviceRecords,
  shipments,
  suppliers,
  vehicleModels,
  vehicles,
} from "../../src/db/schema/index.js";
import type { Database } from "../../src/db/client.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { createLogger } from "../../src/logger.js";
import { createProjections } from "../../src/projections.js";
import { createSchema } from "../../src/schema.js";
import { seedDatabase } from "../../src/seed/index.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { DealerPortal, ProductOrders } from "../operations/portals.js";
import { databaseKinds } from "../support/database.js";
import { makeProduct } from "../support/factories.js";
import { startTestPlatform, TEST_SECRET, type TestPlatform } from "../support/server.js";

const now = new Date("2026-06-01T12:00:00Z");
const projections = createProjections();
const NOBODY = "00000000-0000-4000-8000-000000000000";

/** The tables behind each Node type node(id:) answers (graphql/node.resolver.ts). */
const NODE_TABLES: Record<string, PgTable & { id: typeof customers.id }> = {
  Customer: customers,
  Product: products,
  ProductCategory: productCategories,
  Dealer: dealers,
  Supplier: suppliers,
  Carrier: carriers,
  Order: orders,
  Shipment: shipments,
  Vehicle: vehicles,
  VehicleModel: vehicleModels,
  ServiceRecord: serviceRecords,
  Interaction: interactions,
  Case: cases,
  Review: reviews,
};

/**
 * Every leaf and value a type's projection declares, and (unless `leavesOnly`) each relation one
 * level down with its target's leaves: what node(id:) of that type can be asked, compiled.
 * Customers below the root leave out their birthday: a dealer's or staff member's read of it is
 * audited, which only the root's row is on the compiled path (tested on its own below).
 */
function selectionOf(schema: GraphQLSchema, typeName: string, leavesOnly = false): string {
  const projection = projections.types.get(typeName)!;
  const parts = ["__typename", ...Object.keys(projection.leaves).filter((name) => !(leavesOnly && typeName === "Customer" && name === "birthday"))];
  for (const [name, fields] of Object.entries(projection.values ?? {})) parts.push(`${name} { ${Object.keys(fields).join(" ")} }`);
  if (leavesOnly) return parts.join(" ");
  for (const [name, relation] of Object.entries(projection.relations ?? {})) {
    const inner = selectionOf(schema, (schema.getType(relation.type) as GraphQLObjectType).name, true);
    parts.push(
      relation.shape === "connection"
        ? `${name}(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${inner} } } }`
        : `${name} { ${inner} }`,
    );
  }
  return parts.join(" ");
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe.each(databaseKinds())("compiled node, nodes and key lookups [%s]", (kind) => {
  let platform: TestPlatform;
  let resolvers: RunningServer;
  let schema: GraphQLSchema;
  /** node(id:) per Node type, selecting every declared field and relation of that type. */
  const NODE = new Map<string, string>();
  /** Database ids per Node type: rows each caller may and may not see, and one that does not exist. */
  const ids = new Map<string, string[]>();
  const callers = new Map<string, string | undefined>();
  let dealerId: string;
  let customerId: string;

  async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Body> {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Body;
    expect(response.status, JSON.stringify(body)).toBeLessThan(500);
    return body;
  }

  /** Reads (not audit rows nor the session guard's erasure check) among a request's statements. */
  const readsOf = (statements: string[]) => statements.filter((s) => !s.startsWith('insert into "audit_log"') && !s.includes('"survivor"."erased_at"'));
  const compiledOf = (statements: string[]) => statements.filter((s) => s.includes("json_build_object"));

  /** The same request to the compiled server and to the resolvers-only server: the answers must be equal. */
  async function compare(query: string, variables: Record<string, unknown>, token?: string) {
    const statements: string[] = [];
    const stop = platform.database.queries.listen((q) => statements.push(q));
    let compiled: Body;
    const t0 = performance.now();
    try {
      compiled = await post(platform.url, query, variables, token);
    } finally {
      stop();
    }
    const t1 = performance.now();
    const expected = await post(resolvers.url, query, variables, token);
    if (process.env.TIMING) console.log(`compiled ${(t1 - t0).toFixed(0)} resolvers ${(performance.now() - t1).toFixed(0)} ${JSON.stringify(variables).slice(0, 60)} ${statements.length} ${JSON.stringify(compiled).slice(0, 300)}`);
    expect(compiled, `${query.slice(0, 80)} ${JSON.stringify(variables)}`).toEqual(expected);
    return { body: compiled, statements };
  }

  async function idsOf(db: Database, table: PgTable & { id: typeof customers.id }, where?: ReturnType<typeof eq>, n = 3): Promise<string[]> {
    return (await db.select({ id: table.id }).from(table as typeof customers).where(where).orderBy(asc(table.id)).limit(n)).map((r) => r.id);
  }

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    const db = platform.database.db;
    await seedDatabase(db, { customers: 30, seed: 11, now });
    const config = loadConfig({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", JWT_SECRET: TEST_SECRET, LOG_LEVEL: "silent", COMPILED_READS: "false" });
    resolvers = await startServer({ config, database: platform.database, tokens: platform.tokens, log: createLogger("silent") });
    schema = await createSchema();
    for (const type of Object.keys(NODE_TABLES)) NODE.set(type, `query Node${type}($id: ID!) { node(id: $id) { __typename id ... on ${type} { ${selectionOf(schema, type)} } } }`);

    // The dealer with the most customers, and a customer of its with orders.
    const [busiest] = await db
      .select({ dealerId: dealerRelationships.dealerId })
      .from(dealerRelationships)
      .groupBy(dealerRelationships.dealerId)
      .orderBy(sql`count(*) desc`, dealerRelationships.dealerId)
      .limit(1);
    dealerId = busiest!.dealerId;
    const [buyer] = await db.select({ id: orders.customerId }).from(orders).where(eq(orders.dealerId, dealerId)).orderBy(orders.customerId).limit(1);
    customerId = buyer!.id;
    const withdrawn = await makeProduct(db, { active: false });
    const [product] = await db.select().from(products).where(isNotNull(products.supplierId)).limit(1);
    const [shipment] = await db.select().from(shipments).where(eq(shipments.customerId, customerId)).limit(1);

    for (const [type, table] of Object.entries(NODE_TABLES)) ids.set(type, await idsOf(db, table, undefined, 1));
    // Rows of the dealer and the customer, so that their reads find something too.
    ids.get("Customer")!.push(customerId);
    ids.get("Dealer")!.push(dealerId);
    ids.get("Order")!.push(...(await idsOf(db, orders, eq(orders.dealerId, dealerId), 2)), ...(await idsOf(db, orders, eq(orders.customerId, customerId), 1)));
    ids.get("Shipment")!.push(shipment!.id);
    ids.get("Product")!.push(withdrawn.id, product!.id);
    ids.get("Vehicle")!.push(...(await idsOf(db, vehicles, sql`${vehicles.id} in (select vehicle_id from service_records where dealer_id = ${dealerId})`, 2)));
    ids.get("ServiceRecord")!.push(...(await idsOf(db, serviceRecords, eq(serviceRecords.dealerId, dealerId), 2)));
    ids.get("Case")!.push(...(await idsOf(db, cases, eq(cases.againstDealerId, dealerId), 1)), ...(await idsOf(db, cases, eq(cases.customerId, customerId), 1)));
    ids.get("Interaction")!.push(...(await idsOf(db, interactions, eq(interactions.customerId, customerId), 1)));
    ids.get("Review")!.push(...(await idsOf(db, reviews, eq(reviews.customerId, customerId), 1)));

    callers.set("anonymous", undefined);
    callers.set("admin", await platform.token({ role: "ADMIN", sub: "admin" }));
    callers.set("agent", await platform.token({ role: "AGENT", sub: "agent" }));
    callers.set("dealer", await platform.token({ role: "DEALER", sub: "dealer", dealerId }));
    callers.set("customer", await platform.token({ role: "CUSTOMER", sub: "customer", customerId }));
    callers.set("supplier", await platform.token({ role: "SUPPLIER", sub: "supplier", supplierId: product!.supplierId! }));
    callers.set("courier", await platform.token({ role: "COURIER", sub: "courier", carrierId: shipment!.carrierId }));
  }, 120_000);

  afterAll(async () => {
    await resolvers?.close();
    await platform?.close();
  });

  it("answers node(id:) of every Node type as the resolvers do, for every role, in one statement where it finds the row", async () => {
    const found = new Map<string, number>();
    for (const [caller, token] of callers) {
      for (const [type, list] of ids) {
        for (const id of list) {
          const { body, statements } = await compare(NODE.get(type)!, { id: toGlobalId(type, id) }, token);
          if (body.data?.node) {
            expect(readsOf(statements), `${caller} ${type} ${id}`).toHaveLength(1);
            found.set(type, (found.get(type) ?? 0) + 1);
          }
        }
      }
    }
    // Every type was found by someone: the compiled path answered each.
    expect([...found.keys()].sort()).toEqual(Object.keys(NODE_TABLES).sort());
  }, 600_000);
});
