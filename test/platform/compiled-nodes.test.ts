import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { print, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import {
  auditLog,
  carriers,
  cases,
  customers,
  dealerRelationships,
  dealers,
  interactions,
  orderLines,
  orders,
  productCategories,
  products,
  reviews,
  serviceRecords,
  shipments,
  suppliers,
  vehicleModels,
  vehicles,
} from "../../src/db/schema/index.js";
import type { Database } from "../../src/db/client.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { createProjections } from "../../src/projections.js";
import { createSchema } from "../../src/schema.js";
import { seedDatabase } from "../../src/seed/index.js";
import type { RunningServer } from "../../src/server.js";
import { DealerPortal, ProductOrders } from "../operations/portals.js";
import { comparison, post, relationArguments, readsOf, startResolversOnlyServer } from "../support/compiled-comparison.js";
import { databaseKinds } from "../support/database.js";
import { rolesFor } from "../support/suite.js";
import { makeCase, makeProduct } from "../support/factories.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";

const now = new Date("2026-06-01T12:00:00Z");
const projections = createProjections();
const NOBODY = "00000000-0000-4000-8000-000000000000";

/** The tables behind each Node type node(id:) answers (graphql/node.resolver.ts). */
const NODE_TABLES: Record<string, PgTable & { id: AnyPgColumn }> = {
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
        : `${name}${relationArguments(relation)} { ${inner} }`,
    );
  }
  return parts.join(" ");
}


/** nodes(ids:) over every type at once: fields of the same name but another type are aliased, as a client must. */
const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id
  ... on Customer { displayName emails { address } orders(first: 2) { totalCount edges { cursor node { number } } } }
  ... on Product { sku price { amountMinor currency } category { name } orders(first: 1) { totalCount } }
  ... on ProductCategory { slug }
  ... on Dealer { code customers(first: 2) { totalCount pageInfo { endCursor } edges { node { displayName } } } }
  ... on Supplier { code country }
  ... on Carrier { name }
  ... on Order { number orderStatus: status total { amountMinor } lines { sku } }
  ... on Shipment { trackingNumber shipmentStatus: status events(first: 2) { pageInfo { endCursor } edges { node { seq } } } }
  ... on Vehicle { vin model { name } }
  ... on VehicleModel { make }
  ... on ServiceRecord { serviceKind: kind items { description } }
  ... on Interaction { subject }
  ... on Case { number caseStatus: status }
  ... on Review { stars product { sku } } } }`;

/**
 * The compiled read path's root lookups (graphql/compiled/lookups.ts) against the resolvers: a
 * second server with COMPILED_READS=false answers every request too, and the answers must be
 * equal, for every role; where the compiled path answers, one read statement built the answer.
 */
describe.each(databaseKinds())("compiled node, nodes and key lookups [%s]", (kind) => {
  let platform: TestPlatform;
  let resolvers: RunningServer;
  let schema: GraphQLSchema;
  /** node(id:) per Node type, selecting every declared field of that type and its relations one level down. */
  const NODE = new Map<string, string>();
  /** Database ids per Node type: rows the callers may and may not see. */
  const ids = new Map<string, string[]>();
  const callers = new Map<string, string | undefined>();
  let dealerId: string;
  let customerId: string;


  /** Statements of the compiled path (they build JSON in the database). */
  const compiledOf = (statements: string[]) => statements.filter((s) => s.includes("json_build_object"));

  const compare = comparison(() => platform, () => resolvers);

  async function idsOf(db: Database, table: PgTable & { id: AnyPgColumn }, where?: SQL, n = 1): Promise<string[]> {
    return (await db.select({ id: table.id }).from(table).where(where).orderBy(asc(table.id)).limit(n)).map((r) => r.id as string);
  }

  /** Compilations so far, read from /metrics as an operator would (outcome "compiled"). */
  async function compilations(): Promise<number> {
    const text = await (await fetch(`${platform.url}/metrics`)).text();
    const line = /^compiled_read_compilations_total\{outcome="compiled"\} (\d+)$/m.exec(text);
    return line ? Number(line[1]) : 0;
  }

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    const db = platform.database.db;
    await seedDatabase(db, { customers: 30, seed: 11, now });
    resolvers = await startResolversOnlyServer(platform);
    schema = await createSchema();
    for (const type of Object.keys(NODE_TABLES)) NODE.set(type, `query Node${type}($id: ID!) { node(id: $id) { __typename id ... on ${type} { ${selectionOf(schema, type)} } } }`);

    // The dealer with the most customers, and a customer of its who bought there.
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
    const complaint = await makeCase(db, customerId, { againstDealerId: dealerId });
    const [product] = await db.select().from(products).where(isNotNull(products.supplierId)).limit(1);
    const [shipment] = await db.select().from(shipments).where(eq(shipments.customerId, customerId)).limit(1);

    // One row of each type (staff see it, most others not), and the rows of the dealer and the customer below.
    for (const [type, table] of Object.entries(NODE_TABLES)) ids.set(type, await idsOf(db, table));
    ids.get("Customer")!.push(customerId);
    ids.get("Dealer")!.push(dealerId);
    ids.get("Order")!.push(...(await idsOf(db, orders, eq(orders.dealerId, dealerId))), ...(await idsOf(db, orders, eq(orders.customerId, customerId))));
    ids.get("Shipment")!.push(shipment!.id);
    ids.get("Product")!.push(withdrawn.id);
    ids.get("Vehicle")!.push(...(await idsOf(db, vehicles, sql`${vehicles.id} in (select ${serviceRecords.vehicleId} from ${serviceRecords} where ${serviceRecords.dealerId} = ${dealerId})`)));
    ids.get("ServiceRecord")!.push(...(await idsOf(db, serviceRecords, eq(serviceRecords.dealerId, dealerId))));
    ids.get("Case")!.push(complaint.id);
    ids.get("Interaction")!.push(...(await idsOf(db, interactions, eq(interactions.customerId, customerId))));
    ids.get("Review")!.push(...(await idsOf(db, reviews, eq(reviews.customerId, customerId))));

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
    // Every type node(id:) fetches has its lookup by id, and is asked here.
    expect([...projections.nodes!.keys()].sort()).toEqual(Object.keys(NODE_TABLES).sort());
    const found = new Map<string, Set<string>>();
    const roles = rolesFor(callers, kind);
    const here = roles.map(([caller]) => caller);
    for (const [caller, token] of roles) {
      for (const [type, list] of ids) {
        for (const id of list) {
          const { body, statements } = await compare(NODE.get(type)!, { id: toGlobalId(type, id) }, token);
          if (!body.data?.node) continue;
          expect(readsOf(statements), `${caller} ${type} ${id}`).toHaveLength(1);
          found.set(type, (found.get(type) ?? new Set()).add(caller));
        }
      }
    }
    // Every type was answered, and the scopes differ: the customer and the dealer see some, not all
    // (of the roles this database runs: the others are checked on the other).
    const ran = (roles: string[]) => roles.filter((role) => here.includes(role)).sort();
    expect([...found.keys()].sort()).toEqual(Object.keys(NODE_TABLES).sort());
    for (const type of ["Customer", "Order", "Case"]) expect([...found.get(type)!].sort(), type).toEqual(ran(["admin", "agent", "customer", "dealer"]));
    if (here.includes("courier")) expect([...found.get("Shipment")!]).toContain("courier");
    expect([...found.get("Product")!].sort()).toEqual(ran(["admin", "agent", "anonymous", "courier", "customer", "dealer", "supplier"]));
  }, 300_000);

  it("answers nodes(ids:) of mixed types in the ids' order, null where not visible, in one statement, for every role", async () => {
    const db = platform.database.db;
    const all = [...ids].flatMap(([type, list]) => list.map((id) => toGlobalId(type, id)));
    // A merged-away customer answers as its survivor; an id that names no row, or a repeated one, keeps its place.
    const [survivor, merged] = await idsOf(db, customers, sql`${customers.id} <> ${customerId}`, 2);
    await db.update(customers).set({ mergedIntoId: survivor! }).where(eq(customers.id, merged!));
    try {
      const lists = [
        all,
        [...all].reverse(),
        [toGlobalId("Customer", merged!), toGlobalId("Order", NOBODY), all[0]!, all[0]!],
        ids.get("Order")!.map((id) => toGlobalId("Order", id)),
        [],
      ];
      let visible = 0;
      for (const [caller, token] of rolesFor(callers, kind)) {
        for (const list of lists) {
          const { body, statements } = await compare(NODES, { ids: list }, token);
          expect(body.errors, caller).toBeUndefined();
          expect(readsOf(statements), `${caller} ${list.length} ids`).toHaveLength(1);
          const nodes = body.data!.nodes as ({ id: string } | null)[];
          expect(nodes).toHaveLength(list.length);
          visible += nodes.filter(Boolean).length;
        }
      }
      expect(visible).toBeGreaterThan(all.length);
    } finally {
      await db.update(customers).set({ mergedIntoId: null }).where(eq(customers.id, merged!));
    }
  }, 120_000);

  it("answers order(number:), vehicle(vin:) in any case, shipment(trackingNumber:) and product(sku:) as the resolvers do, NOT_FOUND included", async () => {
    const db = platform.database.db;
    const lookups: [string, string, string, string[]][] = [];
    const numbers = (await db.select({ n: orders.number }).from(orders).where(inArray(orders.id, ids.get("Order")!))).map((r) => r.n);
    lookups.push(["order", "number", "Order", [...numbers, "MO-NONE"]]);
    const vins = (await db.select({ vin: vehicles.vin }).from(vehicles).where(inArray(vehicles.id, ids.get("Vehicle")!))).map((r) => r.vin);
    lookups.push(["vehicle", "vin", "Vehicle", [...vins, ` ${vins[0]!.toLowerCase()} `, "LNONE000000000000"]]);
    const tracking = (await db.select({ t: shipments.trackingNumber }).from(shipments).where(inArray(shipments.id, ids.get("Shipment")!))).map((r) => r.t);
    lookups.push(["shipment", "trackingNumber", "Shipment", [...tracking, "NONE"]]);
    const skus = (await db.select({ sku: products.sku }).from(products).where(inArray(products.id, ids.get("Product")!))).map((r) => r.sku);
    lookups.push(["product", "sku", "Product", [...skus, "NONE"]]);
    const answered = new Map<string, number>();
    for (const [field, argument, type, keys] of lookups) {
      const query = `query Key($key: String!) { ${field}(${argument}: $key) { ${selectionOf(schema, type)} } }`;
      for (const [caller, token] of rolesFor(callers, kind)) {
        for (const key of keys) {
          const { body, statements } = await compare(query, { key }, token);
          if (body.data?.[field]) {
            expect(readsOf(statements), `${caller} ${field} ${key}`).toHaveLength(1);
            answered.set(caller, (answered.get(caller) ?? 0) + 1);
          } else expect(body.errors?.[0]?.extensions?.code, `${caller} ${field} ${key}`).toBe("NOT_FOUND");
        }
      }
    }
    // The administrator finds every key that names a row (all but the last of each list).
    expect(answered.get("admin")).toBe(lookups.reduce((n, [, , , keys]) => n + keys.length - 1, 0));
  }, 120_000);

  it("answers the dealer portal as the resolvers do, paging its customers with cursors, for the dealer and for staff", async () => {
    const portal = print(DealerPortal);
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
    for (const caller of ["dealer", "admin"]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { body, statements } = await compare(portal, { id: toGlobalId("Dealer", dealerId), first: 4, after }, callers.get(caller));
        expect(readsOf(statements), caller).toHaveLength(1);
        const customersPage = (body.data!.node as { customers: Page }).customers;
        seen.push(...customersPage.edges.map((e) => e.node.id));
        if (!customersPage.pageInfo.hasNextPage) break;
        after = customersPage.pageInfo.endCursor;
      }
      expect(seen.length).toBeGreaterThan(4);
      expect(new Set(seen).size).toBe(seen.length);
    }
    // Another dealership's portal: staff see it, the dealer an empty one.
    const other = ids.get("Dealer")!.find((id) => id !== dealerId)!;
    for (const caller of ["dealer", "admin", "customer"]) {
      const { statements } = await compare(portal, { id: toGlobalId("Dealer", other), first: 3 }, callers.get(caller));
      expect(readsOf(statements), caller).toHaveLength(1);
    }
    // Its work and bookings, with the appointments' filter in variables.
    const station = `query Station($id: ID!, $filter: ServiceAppointmentFilter, $after: String) { node(id: $id) { ... on Dealer {
      serviceRecords(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { kind performedAt items { description } } } }
      serviceAppointments(first: 3, filter: $filter) { totalCount edges { node { status scheduledAt serviceRecord { kind } } } } } } }`;
    for (const [caller, token] of callers) {
      for (const filter of [null, { statuses: ["BOOKED", "COMPLETED"] }, { from: "2026-01-01T00:00:00.000Z" }, { statuses: ["CANCELLED"], from: "2025-01-01T00:00:00.000Z" }]) {
        const { statements } = await compare(station, { id: toGlobalId("Dealer", dealerId), filter }, token);
        expect(readsOf(statements), `${caller} ${JSON.stringify(filter)}`).toHaveLength(1);
      }
    }
  }, 120_000);

  it("answers Product.orders as the resolvers do: a supplier sees none, a dealer its own", async () => {
    const db = platform.database.db;
    const [sold] = await db
      .select({ sku: products.sku })
      .from(products)
      .innerJoin(orderLines, eq(orderLines.productId, products.id))
      .groupBy(products.sku)
      .orderBy(sql`count(*) desc`, products.sku)
      .limit(1);
    const query = print(ProductOrders);
    const totals = new Map<string, number>();
    for (const [caller, token] of callers) {
      for (const first of [2, 50]) {
        const { body, statements } = await compare(query, { sku: sold!.sku, first }, token);
        expect(readsOf(statements), caller).toHaveLength(1);
        totals.set(caller, (body.data!.product as { orders: { totalCount: number } }).orders.totalCount);
      }
    }
    expect(totals.get("admin")).toBeGreaterThan(totals.get("dealer")!);
    expect(totals.get("supplier")).toBe(0);
  });

  it("leaves bad ids, unknown types, too many ids and other roots' ids to the resolvers, with their errors", async () => {
    const admin = callers.get("admin");
    const order = toGlobalId("Order", ids.get("Order")![0]!);
    const cases: [string, Record<string, unknown>, string | null][] = [
      [NODE.get("Order")!, { id: "not-an-id" }, "BAD_USER_INPUT"],
      [NODE.get("Order")!, { id: toGlobalId("Nope", NOBODY) }, "NOT_FOUND"],
      [NODE.get("Order")!, { id: toGlobalId("Address", NOBODY) }, "NOT_FOUND"],
      [NODES, { ids: [order, "not-an-id"] }, "BAD_USER_INPUT"],
      [NODES, { ids: [order, toGlobalId("Nope", NOBODY)] }, null],
      [NODES, { ids: Array.from({ length: 101 }, () => order) }, "BAD_USER_INPUT"],
      [`{ node(id: "garbage") { id } }`, {}, "BAD_USER_INPUT"],
      [`query($id: ID!) { customer(id: $id) { displayName } }`, { id: order }, "BAD_USER_INPUT"],
    ];
    for (const [query, variables, code] of cases) {
      const { body, statements } = await compare(query, variables, admin);
      expect(body.errors?.[0]?.extensions?.code ?? null, JSON.stringify(variables).slice(0, 80)).toBe(code);
      expect(compiledOf(statements), JSON.stringify(variables).slice(0, 80)).toEqual([]);
    }
    // The same operation compiles again for a good id: a bad one did not poison its cache.
    const { statements } = await compare(NODE.get("Order")!, { id: order }, admin);
    expect(compiledOf(statements)).toHaveLength(1);
  });

  it("compiles node(id:) once per role and type asked, not once per signed-in caller", async () => {
    const db = platform.database.db;
    // A text of its own: every compilation counted is this test's.
    const query = `query Own($id: ID!) { node(id: $id) { id ... on Customer { displayName } ... on Order { number } ... on Dealer { code orders(first: 2) { totalCount } } } }`;
    const buyers = await db.select({ customerId: orders.customerId, orderId: sql<string>`min(${orders.id}::text)` }).from(orders).groupBy(orders.customerId).orderBy(orders.customerId).limit(6);
    const before = await compilations();
    for (const [i, buyer] of buyers.entries()) {
      const token = await platform.token({ role: "CUSTOMER", sub: `own-${i}`, customerId: buyer.customerId });
      for (const id of [toGlobalId("Customer", buyer.customerId), toGlobalId("Order", buyer.orderId)]) {
        const { body, statements } = await compare(query, { id }, token);
        expect((body.data!.node as { id: string }).id).toBe(id);
        expect(compiledOf(statements)).toHaveLength(1);
      }
    }
    // Customer and Order for the CUSTOMER role.
    expect(await compilations()).toBe(before + 2);
    for (const id of ids.get("Dealer")!) {
      const token = await platform.token({ role: "DEALER", sub: `own-dealer-${id}`, dealerId: id });
      await compare(query, { id: toGlobalId("Dealer", id) }, token);
    }
    expect(await compilations()).toBe(before + 3);
  });

  it("audits node(id:) and nodes(ids:) of customers as customer(id:) is audited, and a dealer's customers with personal data in the portal's statement", async () => {
    const db = platform.database.db;
    const reads = async () => (await db.select().from(auditLog).where(eq(auditLog.action, "READ_PII"))).map((r) => ({ id: r.id, entry: JSON.stringify([r.actorRole, r.targetId, r.details, r.operation]) }));
    /** The audit rows a request added: who was read, which fields, by which role. */
    const added = async (url: string, query: string, variables: Record<string, unknown>, token: string | undefined) => {
      const known = new Set((await reads()).map((r) => r.id));
      await post(url, query, variables, token);
      return (await reads()).filter((r) => !known.has(r.id)).map((r) => r.entry).sort();
    };
    const customerIds = ids.get("Customer")!.map((id) => toGlobalId("Customer", id));
    const withEmails = `query Portal($id: ID!) { node(id: $id) { ... on Dealer { customers(first: 3) { edges { node { displayName emails { address } } } } } } }`;
    const requests: [string, Record<string, unknown>][] = [
      [`query One($id: ID!) { node(id: $id) { ... on Customer { displayName } } }`, { id: customerIds[1] }],
      [`query Lookup($id: ID!) { customer(id: $id) { displayName } }`, { id: customerIds[1] }],
      [NODES, { ids: [...customerIds, customerIds[1], toGlobalId("Order", ids.get("Order")![0]!)] }],
      [withEmails, { id: toGlobalId("Dealer", dealerId) }],
    ];
    for (const caller of ["agent", "dealer", "customer"]) {
      for (const [query, variables] of requests) {
        const statements: string[] = [];
        const stop = platform.database.queries.listen((q) => statements.push(q));
        let compiled: string[];
        try {
          compiled = await added(platform.url, query, variables, callers.get(caller));
        } finally {
          stop();
        }
        const expected = await added(resolvers.url, query, variables, callers.get(caller));
        expect(compiled, `${caller} ${query.slice(0, 30)}`).toEqual(expected);
        if (caller !== "customer") expect(expected.length, `${caller} ${query.slice(0, 30)}`).toBeGreaterThan(0);
        // A dealer's customers with their emails: the portal's one statement writes their audit rows too.
        if (query === withEmails) expect(compiledOf(statements)).toHaveLength(1);
      }
    }
    // A node read of a customer leaves the same row as customer(id:).
    const one = await added(platform.url, requests[0]![0], requests[0]![1], callers.get("agent"));
    const lookup = await added(platform.url, requests[1]![0], requests[1]![1], callers.get("agent"));
    expect(one.map((e) => e.replace('"One"', '"Lookup"'))).toEqual(lookup);
  });
});
