import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, getTableName, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { getNamedType, isNonNullType, isObjectType, parse, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import {
  auditLog,
  consentEvents,
  customerAddresses,
  customerMerges,
  customerPhones,
  customers,
  dealerRelationships,
  dealers,
  orderLines,
  orders,
  products,
  productViews,
  refunds,
  repurchasePredictions,
  returnLines,
  returns,
  segmentMemberships,
  segments,
  serviceAppointments,
  serviceRecords,
  shipments,
  surveyResponses,
  vehicleOwnerships,
  wishlistItems,
} from "../../src/db/schema/index.js";
import type { Database } from "../../src/db/client.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { compileRead } from "../../src/graphql/compiled/compile.js";
import type { RootLookup } from "../../src/graphql/compiled/projection.js";
import { customerLookup } from "../../src/customers/customers.projection.js";
import { createProjections, NOT_COMPILED, NOT_COMPILED_ROOTS } from "../../src/projections.js";
import { createSchema } from "../../src/schema.js";
import { seedDatabase } from "../../src/seed/index.js";
import type { RunningServer } from "../../src/server.js";
import type { TokenClaims } from "../../src/auth/tokens.js";
import type { Principal } from "../../src/auth/principal.js";
import { OURS_360, OURS_ROW } from "../bench/queries.js";
import { type Body, comparison, compiledIn, isSessionCheck, post, readsOf, startResolversOnlyServer } from "../support/compiled-comparison.js";
import { databaseKinds } from "../support/database.js";
import { rolesFor } from "../support/suite.js";
import { makeCase, makeCustomer, makeOrder, makeProduct, makeVehicle } from "../support/factories.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";

const now = new Date("2026-06-01T12:00:00Z");
const projections = createProjections();

/**
 * A query selecting every field the projections declare, through every relation (connections
 * with edges, cursors, pageInfo and totalCount) the compiler follows from the customer, so that
 * each declaration is compared with what the resolvers answer. Relations lead back
 * (Dealer.customers, Order.customer): none goes to a table or a type already on its path, and
 * below a `one` relation (a dealer, a product) only `one` relations are followed, or a directory
 * entry's own lists would repeat the whole customer view (those are compared in
 * compiled-nodes.test.ts and compiled-roots.test.ts).
 */
/** A relation taking arguments (Customer.recommendations) may require `first`. */
const requiredFirst = (type: GraphQLObjectType, field: string) => (type.getFields()[field]!.args.some((a) => a.name === "first" && isNonNullType(a.type)) ? "(first: 3)" : "");

function everythingQuery(schema: GraphQLSchema): string {
  const selection = (type: GraphQLObjectType, path: { types: string[]; tables: Set<string> }, belowOne: boolean): string => {
    const projection = projections.types.get(type.name)!;
    const parts: string[] = ["__typename", ...Object.keys(projection.leaves)];
    for (const name of Object.keys(projection.values ?? {})) parts.push(`${name} { ${Object.keys(projection.values![name]!).join(" ")} }`);
    for (const [name, relation] of Object.entries(projection.relations ?? {})) {
      const tables = relation.tables.map((t) => getTableName(t));
      if (tables.some((t) => path.tables.has(t)) || path.types.includes(relation.type) || (belowOne && relation.shape !== "one")) continue;
      const target = schema.getType(relation.type) as GraphQLObjectType;
      const inner = selection(target, { types: [...path.types, relation.type], tables: new Set([...path.tables, ...tables]) }, belowOne || relation.shape === "one");
      parts.push(
        relation.shape === "connection"
          ? `${name}(first: 3) { __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${inner} } } }`
          : `${name}${requiredFirst(type, name)} { ${inner} }`,
      );
    }
    return parts.join(" ");
  };
  return `query Everything($id: ID!) { customer(id: $id) { ${selection(schema.getType("Customer") as GraphQLObjectType, { types: ["Customer"], tables: new Set(["customers"]) }, false)} } }`;
}

/**
 * Rows the seed makes rarely or never, for one customer seen by every role of the comparison:
 * superseded and expired consents, ties in every sort order (same instant), more views than the
 * recently-viewed limit, a withdrawn product, appointments, returns with lines and refunds.
 */
async function addEdgeRows(db: Database, customerId: string, dealerId: string) {
  const day = 86_400_000;
  const past = (days: number) => new Date(Date.now() - days * day);
  const [otherDealer] = await db.select().from(dealers).where(sql`${dealers.id} <> ${dealerId}`).limit(1);
  await db.update(customers).set({ preferredDealerId: dealerId }).where(eq(customers.id, customerId));
  await db.insert(consentEvents).values([
    { customerId, channel: "EMAIL", purpose: "MARKETING", status: "GRANTED", source: "webshop", recordedAt: past(30) },
    { customerId, channel: "EMAIL", purpose: "MARKETING", status: "REVOKED", source: "hotline", recordedAt: past(10) },
    { customerId, channel: "SMS", purpose: "SERVICE", status: "GRANTED", source: "webshop", recordedAt: past(10), expiresAt: past(1) },
    { customerId, channel: "POST", purpose: "DEALER_SHARING", status: "GRANTED", source: "SH-01", recordedAt: past(10), expiresAt: past(-30) },
  ]);
  const withdrawn = await makeProduct(db, { active: false });
  const fresh = await Promise.all([makeProduct(db), makeProduct(db)]);
  const tie = past(2);
  await db.insert(wishlistItems).values([withdrawn, ...fresh].map((p) => ({ customerId, productId: p.id, addedAt: tie })));
  const unviewed = await db
    .select({ id: products.id })
    .from(products)
    .where(sql`${products.id} not in (select ${productViews.productId} from ${productViews} where ${productViews.customerId} = ${customerId})`)
    .orderBy(products.id)
    .limit(22);
  await db.insert(productViews).values([...unviewed.map((p, i) => ({ customerId, productId: p.id, viewedAt: past(i % 3) })), { customerId, productId: withdrawn.id, viewedAt: tie }]);
  await db.insert(surveyResponses).values([1, 2].map((n) => ({ customerId, overallSatisfaction: n + 2, respondedAt: tie })));
  await makeCase(db, customerId, { againstDealerId: dealerId, openedAt: tie });
  await makeCase(db, customerId, { openedAt: tie, dueAt: past(-3) });
  // A vehicle of their own, with an owner history, visits and appointments.
  const owned = { vehicleId: (await makeVehicle(db, customerId)).id };
  // An owner history: earlier periods of someone else (sold by the dealer), two begun the same day.
  const [previous] = await db.select().from(customers).where(sql`${customers.id} <> ${customerId}`).limit(1);
  await db.insert(vehicleOwnerships).values([
    { vehicleId: owned.vehicleId, customerId: previous!.id, startedOn: "2019-01-01", endedOn: "2019-06-01", sellingDealerId: dealerId },
    { vehicleId: owned.vehicleId, customerId: previous!.id, startedOn: "2019-01-01", endedOn: "2019-03-01" },
  ]);
  // Visits that took place, each with the other station's record: the dealer sees its own
  // appointment but not that record; the customer only the record of their own visit.
  const [ours, theirs] = await db
    .insert(serviceRecords)
    .values([
      { vehicleId: owned.vehicleId, customerId, dealerId: otherDealer!.id, kind: "REPAIR", mileageKm: 1000, performedAt: tie, totalMinor: 500 },
      { vehicleId: owned.vehicleId, customerId: null, dealerId, kind: "MAINTENANCE", mileageKm: 900, performedAt: past(3) },
    ])
    .returning();
  await db.insert(serviceAppointments).values([
    { vehicleId: owned.vehicleId, customerId, dealerId, scheduledAt: tie, purpose: "inspection", serviceRecordId: ours!.id, status: "COMPLETED" },
    { vehicleId: owned.vehicleId, customerId, dealerId: otherDealer!.id, scheduledAt: tie, purpose: "tyres", serviceRecordId: theirs!.id, status: "COMPLETED" },
    { vehicleId: owned.vehicleId, customerId, dealerId, scheduledAt: past(-7), purpose: "tyres", status: "BOOKED" },
  ]);
  const [order] = await db.select().from(orders).where(eq(orders.customerId, customerId)).orderBy(orders.placedAt).limit(1);
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order!.id));
  const made = await db
    .insert(returns)
    .values([
      { orderId: order!.id, customerId, requestedAt: tie, reason: "too big" },
      { orderId: order!.id, customerId, requestedAt: tie, status: "CLOSED", receivedAt: past(1) },
    ])
    .returning();
  await db.insert(returnLines).values(lines.map((l) => ({ returnId: made[0]!.id, orderLineId: l.id, quantity: 1 })));
  await db.insert(refunds).values([100, 200].map((amountMinor) => ({ orderId: order!.id, returnId: made[1]!.id, amountMinor, refundedAt: tie })));
  // Segments of staff, of the dealer and of another dealer, one without a rule, two of one name: last, as a write above could refresh memberships.
  const segmentRows = await db
    .insert(segments)
    .values([
      { code: `edge-staff-${customerId.slice(-6)}`, name: "Edge", rule: { where: { kinds: ["PERSON"] } } },
      { code: "edge-own", name: "Edge", dealerId, rule: null },
      { code: "edge-other", name: "Another dealer's", dealerId: otherDealer!.id, rule: { where: {} } },
    ])
    .returning();
  await db.insert(segmentMemberships).values(segmentRows.map((segment) => ({ segmentId: segment.id, customerId })));
}

/**
 * Customers whose measures test the arithmetic: one without orders (no average), one whose
 * average is a half (rounded up, as Math.round does) beside a cancelled order, partly the dealer's.
 */
async function addMeasuredCustomers(db: Database, dealerId: string): Promise<string[]> {
  const none = await makeCustomer(db, { dealerIds: [dealerId] });
  const some = await makeCustomer(db, { dealerIds: [dealerId] });
  await makeOrder(db, some.id, { totalMinor: 200, placedAt: new Date("2026-01-02T03:04:05.678Z") });
  await makeOrder(db, some.id, { totalMinor: 301, dealerId, placedAt: new Date("2026-02-03T04:05:06.789Z") });
  await makeOrder(db, some.id, { totalMinor: 999, status: "CANCELLED" });
  await makeCase(db, some.id, { againstDealerId: dealerId, status: "IN_PROGRESS" });
  await makeCase(db, some.id, { status: "RESOLVED" });
  return [none.id, some.id];
}


describe.each(databaseKinds())("compiled reads [%s]", (kind) => {
  let platform: TestPlatform;
  let resolvers: RunningServer;
  let schema: GraphQLSchema;
  let everything: string;
  let customerIds: string[];
  const callers = new Map<string, string | undefined>();


  const compare = comparison(() => platform, () => resolvers);

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    await seedDatabase(platform.database.db, { customers: 60, seed: 5, now });
    resolvers = await startResolversOnlyServer(platform);
    schema = await createSchema();
    everything = everythingQuery(schema);

    const db = platform.database.db;
    // Customers with the most history first: their views reach every relation.
    const rich = await db
      .select({ id: orders.customerId, n: sql<number>`count(*)::int` })
      .from(orders)
      .innerJoin(shipments, eq(shipments.orderId, orders.id))
      .groupBy(orders.customerId)
      .orderBy(sql`count(*) desc`, orders.customerId)
      .limit(6);
    const others = await db.select({ id: customers.id }).from(customers).orderBy(customers.createdAt).limit(4);
    customerIds = [...new Set([...rich.map((r) => r.id), ...others.map((r) => r.id)])];

    const [relation] = await db.select().from(dealerRelationships).where(eq(dealerRelationships.customerId, customerIds[0]!)).limit(1);
    const dealerId = relation?.dealerId ?? (await db.select().from(dealerRelationships).limit(1))[0]!.dealerId;
    const [product] = await db.select().from(products).where(isNotNull(products.supplierId)).limit(1);
    const [shipment] = await db.select().from(shipments).limit(1);
    await addEdgeRows(db, customerIds[0]!, dealerId);
    customerIds.push(...(await addMeasuredCustomers(db, dealerId)));
    const token = (claims: TokenClaims) => platform.token(claims);
    callers.set("anonymous", undefined);
    callers.set("admin", await token({ role: "ADMIN", sub: "admin" }));
    callers.set("agent", await token({ role: "AGENT", sub: "agent" }));
    callers.set("dealer", await token({ role: "DEALER", sub: "dealer", dealerId }));
    callers.set("customer", await token({ role: "CUSTOMER", sub: "customer", customerId: customerIds[0]! }));
    callers.set("supplier", await token({ role: "SUPPLIER", sub: "supplier", supplierId: product!.supplierId! }));
    callers.set("courier", await token({ role: "COURIER", sub: "courier", carrierId: shipment!.carrierId }));
  }, 120_000);

  afterAll(async () => {
    await resolvers?.close();
    await platform?.close();
  });

  it("answers every declared field exactly as the resolvers do, for every role and customer", async () => {
    let compiledAnswers = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      for (const id of customerIds) {
        const { body, statements } = await compare(everything, { id: toGlobalId("Customer", id) }, token);
        const customer = (body.data as { customer: unknown } | null)?.customer;
        if (customer) {
          compiledAnswers++;
          // One statement built the whole answer and wrote its audit row (staff and dealers); the
          // session guard's read of recent erasures may come along (authentication, not the read).
          const reads = statements.filter((s) => !isSessionCheck(s));
          expect(reads, `${caller} read ${id}`).toHaveLength(1);
          expect(reads[0]!.includes('insert into "audit_log"'), `${caller} read ${id}: audited in the same statement`).toBe(["admin", "agent", "dealer"].includes(caller));
        }
      }
    }
    // The administrator sees every one, the dealer or the customer (whichever runs here) some: the compiled path really answered.
    expect(compiledAnswers).toBeGreaterThan(customerIds.length);
  }, 120_000);

  it("answers a customer's segments with their sizes and members, paged by the members' cursors, as the resolvers do, one statement per page, for every role", async () => {
    const db = platform.database.db;
    // Every compared customer joins every segment the first one is in: pages of members to walk through, in each owner's scope.
    const joined = await db.select({ segmentId: segmentMemberships.segmentId }).from(segmentMemberships).where(eq(segmentMemberships.customerId, customerIds[0]!));
    await db
      .insert(segmentMemberships)
      .values(joined.flatMap(({ segmentId }) => customerIds.map((customerId) => ({ segmentId, customerId }))))
      .onConflictDoNothing();
    const query = `query($id: ID!, $first: Int, $after: String) { customer(id: $id) { id segments { id name size sizeSuppressed
      members(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName } } } } } }`;
    const id = toGlobalId("Customer", customerIds[0]!);
    let walked = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      const { body, statements } = await compare(query, { id, first: 4 }, token);
      type Segments = { customer: { segments: { members: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } }[] | null } | null } | null;
      const segmentsSeen = (body.data as Segments)?.customer?.segments;
      if (!segmentsSeen) continue;
      expect(readsOf(statements), caller).toHaveLength(1);
      expect(compiledIn(statements), caller).toBe(true);
      // Each segment's next pages by its own cursor: the same statement, the cursor bound.
      for (const [index, segment] of segmentsSeen.entries()) {
        let page = segment.members.pageInfo;
        while (page.hasNextPage) {
          const next = await compare(query, { id, first: 4, after: page.endCursor }, token);
          expect(readsOf(next.statements), caller).toHaveLength(1);
          page = (next.body.data as NonNullable<Segments>)!.customer!.segments![index]!.members.pageInfo;
          walked++;
        }
      }
    }
    expect(walked).toBeGreaterThan(0);
  });

  it("answers the segments list with rules, sizes and members as the resolvers do, in one statement for staff and dealers; a supplier's sizes-only list through the resolver", async () => {
    const query = `query($first: Int) { segments { id code name description rule size sizeSuppressed createdAt updatedAt
      members(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName } } } } }`;
    const sizesOnly = `{ segments { id name size sizeSuppressed } }`;
    let listed = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      const { body, statements } = await compare(caller === "supplier" ? sizesOnly : query, { first: 3 }, token);
      if (caller === "supplier") {
        expect(compiledIn(statements), caller).toBe(false);
        continue;
      }
      if (body.errors) {
        expect(body.errors[0]?.extensions?.code, caller).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
        expect(compiledIn(statements), caller).toBe(false);
        continue;
      }
      expect(readsOf(statements), caller).toHaveLength(1);
      expect(compiledIn(statements), caller).toBe(true);
      listed += (body.data!.segments as unknown[]).length;
    }
    expect(listed).toBeGreaterThan(0);
  });

  it("answers the benchmark's shapes as the resolvers do, with variables and literals", async () => {
    const admin = callers.get("admin");
    for (const id of customerIds.slice(0, 3)) {
      await compare(OURS_360, { id: toGlobalId("Customer", id) }, admin);
      await compare(OURS_ROW, { id: toGlobalId("Customer", id) }, admin);
    }
    const paged = `query P($id: ID!, $n: Int) { customer(id: $id) { a: orders(first: $n) { totalCount edges { node { number } } } b: orders(first: 1) { pageInfo { hasNextPage endCursor } } ...F } }
      fragment F on Customer { interactions { edges { cursor } } ... on Node { id } }`;
    for (const n of [0, 1, 7, null]) await compare(paged, { id: toGlobalId("Customer", customerIds[0]!), n }, admin);
  });

  it("sends the JSON the database built as the resolvers would send it: quotes, escapes, control and astral characters, marker-like text", async () => {
    const db = platform.database.db;
    const tricky = `He said "hi" \\ back\\slash\ttab\u0001 \u2028 𝄞 ✓ raw-answer:${"0".repeat(32)}`;
    const customer = await makeCustomer(db, { displayName: tricky, email: "tricky@example.com" });
    await makeCase(db, customer.id, { subject: tricky });
    const admin = callers.get("admin");
    const query = `query T($id: ID!) { customer(id: $id) { displayName emails { address } cases { edges { node { subject } } } } }`;
    const { body, statements } = await compare(query, { id: toGlobalId("Customer", customer.id) }, admin);
    expect((body.data as { customer: { displayName: string } }).customer.displayName).toBe(tricky);
    expect(readsOf(statements)).toHaveLength(1);
  });

  it("leaves what it does not cover to the resolvers: errors, bad cursors, filters and other roots", async () => {
    const admin = callers.get("admin");
    const id = toGlobalId("Customer", customerIds[0]!);
    const cases: [string, Record<string, unknown>][] = [
      [OURS_ROW, { id: "not-an-id" }],
      [OURS_ROW, { id: toGlobalId("Order", customerIds[0]!) }],
      [`query($id: ID!, $n: Int) { customer(id: $id) { orders(first: $n) { totalCount } } }`, { id, n: 101 }],
      [`query($id: ID!) { customer(id: $id) { orders(first: 2, after: "bad") { totalCount } } }`, { id }],
      [`query($id: ID!) { customer(id: $id) { interactions(first: 2, filter: { channel: PHONE }) { edges { node { channel } } } } }`, { id }],
      // A self-reference below a self-reference (a category's parent's parent): both would read under one other name.
      [`query($id: ID!) { customer(id: $id) { displayName orders(first: 1) { edges { node { lines { product { category { parent { parent { name } } } } } } } } } }`, { id }],
      [`query($id: ID!) { customer(id: $id) { interactions(first: 2, filter: { from: "2026-01-01T00:00:00.000Z", to: "2025-01-01T00:00:00.000Z" }) { totalCount } } }`, { id }],
    ];
    // More than 50 fields on one object: beyond json_build_object's 100 arguments.
    const customer = projections.types.get("Customer")!;
    const wide = [
      ...Object.keys(customer.leaves),
      ...Object.keys(customer.values ?? {}).map((name) => `${name} { __typename }`),
      ...Object.keys(customer.relations ?? {}).map((name) => `${name}${name === "recommendations" ? "(first: 3)" : ""} { __typename }`),
      ...Array.from({ length: 25 }, (_, i) => `alias${i}: displayName`),
    ];
    expect(wide.length).toBeGreaterThan(50);
    cases.push([`query($id: ID!) { customer(id: $id) { ${wide.join(" ")} } }`, { id }]);
    for (const [query, variables] of cases) {
      const { statements } = await compare(query, variables, admin);
      expect(statements.some((s) => s.includes("json_build_object")), query).toBe(false);
    }
    // An id that names no one: the compiled statement finds no row, and the resolvers give the answer.
    const nobody = { id: toGlobalId("Customer", "00000000-0000-4000-8000-000000000000") };
    const { body, statements } = await compare(OURS_ROW, nobody, admin);
    expect(body.data).toEqual({ customer: null });
    expect(statements.filter((s) => s.includes("json_build_object"))).toHaveLength(1);
  });


  it("pages a customer's due items by the resolvers' cursors with `within` in a variable, one statement per page, and leaves a bad `within` to the resolver's error", async () => {
    const [busiest] = await platform.database.db
      .select({ customerId: repurchasePredictions.customerId, n: sql<number>`count(*)::int` })
      .from(repurchasePredictions)
      .groupBy(repurchasePredictions.customerId)
      .orderBy(sql`count(*) desc`, repurchasePredictions.customerId)
      .limit(1);
    expect(busiest!.n).toBeGreaterThan(2);
    const query = `query Due($id: ID!, $within: Int, $after: String) { customer(id: $id) { dueSoon(within: $within, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { expectedOn overdue evidence { purchases lastPurchases } product { name } category { name } } } } } }`;
    const id = toGlobalId("Customer", busiest!.customerId);
    const admin = callers.get("admin");
    type Due = { customer: { dueSoon: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: unknown[] } } };
    let after: string | null = null;
    let seen = 0;
    do {
      const { body, statements } = await compare(query, { id, within: 366, after }, admin);
      expect(readsOf(statements), `after ${seen}`).toHaveLength(1);
      const due = (body.data as Due).customer.dueSoon;
      seen += due.edges.length;
      after = due.pageInfo.hasNextPage ? due.pageInfo.endCursor : null;
      if (!after) expect(seen).toBe(due.totalCount);
    } while (after);
    const refused = await compare(query, { id, within: 367 }, admin);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "within" });
  });

  it("pages a dealership's owners due for service by the resolvers' cursors with `within` in a variable, one statement per page, for staff, that dealer and another", async () => {
    const query = `query Due($id: ID!, $within: Int, $after: String) { node(id: $id) { ... on Dealer { ownersDueForService(within: $within, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { date mileage overdue reason lastServiceOn owner { id } } } } } } }`;
    type Due = { node: { ownersDueForService: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: unknown[] } } | null };
    const dealerIds = (await platform.database.db.select({ id: dealers.id }).from(dealers).orderBy(dealers.id)).map((d) => d.id);
    let busiest: { id: string; total: number } = { id: dealerIds[0]!, total: 0 };
    for (const dealerId of dealerIds) {
      const { body } = await compare(query, { id: toGlobalId("Dealer", dealerId), within: 366 }, callers.get("admin"));
      const total = (body.data as Due).node?.ownersDueForService.totalCount ?? 0;
      if (total > busiest.total) busiest = { id: dealerId, total };
    }
    expect(busiest.total).toBeGreaterThan(2);
    const ownToken = await platform.token({ role: "DEALER", sub: "due.dealer", dealerId: busiest.id });
    const otherToken = await platform.token({ role: "DEALER", sub: "other.dealer", dealerId: dealerIds.find((d) => d !== busiest.id)! });
    for (const [caller, token, expected] of [["admin", callers.get("admin"), busiest.total], ["that dealer", ownToken, busiest.total], ["another dealer", otherToken, 0]] as const) {
      let after: string | null = null;
      let seen = 0;
      do {
        const { body, statements } = await compare(query, { id: toGlobalId("Dealer", busiest.id), within: 366, after }, token);
        expect(readsOf(statements), `${caller} after ${seen}`).toHaveLength(1);
        const due = (body.data as Due).node!.ownersDueForService;
        expect(due.totalCount, caller).toBe(expected);
        seen += due.edges.length;
        after = due.pageInfo.hasNextPage ? due.pageInfo.endCursor : null;
      } while (after);
      expect(seen, caller).toBe(expected);
    }
    const refused = await compare(query, { id: toGlobalId("Dealer", busiest.id), within: -1 }, callers.get("admin"));
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "within" });
  });

  it("pages nested connections from variables and cursors, forward and backward, as the resolvers do, in one statement, for every role", async () => {
    const paged = `query Paged($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { customer(id: $id) { id
      orders(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { number lines { sku product { name } } } } }
      interactions(first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { subject } } } } }`;
    // Interactions and orders have cursors of their own orderings: page each alone after the first page.
    const ordersOnly = `query Orders($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { customer(id: $id) {
      orders(first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { number } } } } }`;
    type Page = { pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { node: { number: string } }[] };
    let compiledPages = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      for (const customerId of customerIds.slice(0, 3)) {
        const id = toGlobalId("Customer", customerId);
        const first = await compare(paged, { id, first: 2 }, token);
        const customer = (first.body.data as { customer: { orders: Page } | null } | null)?.customer;
        if (!customer) continue;
        expect(readsOf(first.statements), `${caller}: first page`).toHaveLength(1);
        // Forward through the whole list, then backward from its end: every page compiled, equal, and the same list.
        const forward: string[] = customer.orders.edges.map((e) => e.node.number);
        let page = customer.orders.pageInfo;
        while (page.hasNextPage) {
          const next = await compare(ordersOnly, { id, first: 2, after: page.endCursor }, token);
          expect(readsOf(next.statements), `${caller}: page after ${forward.length}`).toHaveLength(1);
          const orders = (next.body.data as { customer: { orders: Page } }).customer.orders;
          forward.push(...orders.edges.map((e) => e.node.number));
          page = orders.pageInfo;
          compiledPages++;
        }
        const backward: string[] = [];
        let before: string | null = null;
        for (;;) {
          const previous = await compare(ordersOnly, { id, last: 3, before }, token);
          expect(readsOf(previous.statements), `${caller}: page before`).toHaveLength(1);
          const orders = (previous.body.data as { customer: { orders: Page } }).customer.orders;
          backward.unshift(...orders.edges.map((e) => e.node.number));
          if (!orders.pageInfo.hasPreviousPage) break;
          before = orders.pageInfo.startCursor;
          compiledPages++;
        }
        expect(backward).toEqual(forward);
        const all = await post(resolvers.url, `query($id: ID!) { customer(id: $id) { orders(first: 100) { edges { node { number } } } } }`, { id }, token);
        expect(forward).toEqual((all.data as { customer: { orders: Page } }).customer.orders.edges.map((e) => e.node.number));
      }
    }
    expect(compiledPages).toBeGreaterThan(5);
  }, 120_000);

  it("filters nested interactions from variables and literals as the loader does, one statement per page, for every role", async () => {
    const query = `query Filtered($id: ID!, $filter: InteractionFilter, $after: String) { customer(id: $id) {
      interactions(first: 3, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { subject channel type direction occurredAt } } }
      phone: interactions(first: 2, filter: { channels: [PHONE], direction: INBOUND }) { totalCount edges { node { channel direction } } } } }`;
    const filters = [
      null,
      { channels: ["PHONE", "EMAIL"] },
      { channels: ["EMAIL"], direction: "OUTBOUND" },
      { types: ["COMPLAINT", "INQUIRY"] },
      { from: "2025-01-01T00:00:00.000Z" },
      { to: "2026-03-01T00:00:00.000Z", channels: ["CHAT", "VISIT", "PHONE"] },
    ];
    let nonEmpty = 0;
    let lastPages = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      // The administrator pages every list to its end; the other roles' scope is compared on two
      // pages of each (the first, and one after a cursor), which is where it enters the statement.
      const pagesAtMost = caller === "admin" ? Infinity : 2;
      for (const customerId of customerIds.slice(0, 4)) {
        const id = toGlobalId("Customer", customerId);
        for (const filter of filters) {
          let after: string | null = null;
          for (let page = 1; page <= pagesAtMost; page++) {
            const { body, statements } = await compare(query, { id, filter, after }, token);
            const customer = (body.data as { customer: { interactions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null } | null)?.customer;
            if (!customer) break;
            expect(readsOf(statements), `${caller} ${JSON.stringify(filter)}`).toHaveLength(1);
            // The resolvers counted a date filter's rows too (its dates once came back as strings: INTERNAL_SERVER_ERROR).
            expect(body.errors, `${caller} ${JSON.stringify(filter)}`).toBeUndefined();
            if (customer.interactions.totalCount > 0 && filter) nonEmpty++;
            if (!customer.interactions.pageInfo.hasNextPage) {
              if (after !== null) lastPages++;
              break;
            }
            after = customer.interactions.pageInfo.endCursor;
          }
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(10);
    // Lists were paged to their ends (hasNextPage false after a cursor), not only begun.
    expect(lastPages).toBeGreaterThan(10);
  }, 120_000);

  it("answers bad paging variables through the resolvers, with their errors", async () => {
    const admin = callers.get("admin");
    const id = toGlobalId("Customer", customerIds[0]!);
    const query = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { customer(id: $id) { orders(first: $first, after: $after, last: $last, before: $before) { edges { cursor } } } }`;
    const interactionCursor = ((await post(resolvers.url, `query($id: ID!) { customer(id: $id) { interactions(first: 1) { edges { cursor } } } }`, { id }, admin)).data as {
      customer: { interactions: { edges: { cursor: string }[] } };
    }).customer.interactions.edges[0]!.cursor;
    for (const variables of [{ first: 101 }, { first: -1 }, { after: "garbage" }, { after: interactionCursor }, { first: 1, last: 1 }, { last: 2, after: interactionCursor }]) {
      const { body, statements } = await compare(query, { id, ...variables }, admin);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect(statements.some((s) => s.includes("json_build_object"))).toBe(false);
    }
  });

  it("keeps or drops selections by @include and @skip per request, one statement each", async () => {
    const query = `query($id: ID!, $yes: Boolean!, $no: Boolean = false) { customer(id: $id) {
      displayName @include(if: $yes) kind @skip(if: $yes) emails @skip(if: $no) { address }
      ... on Customer @include(if: $no) { stage } orders(first: 1) @include(if: $yes) { totalCount } } }`;
    const id = toGlobalId("Customer", customerIds[0]!);
    for (const [caller, token] of callers) {
      for (const variables of [{ yes: true }, { yes: false }, { yes: true, no: true }, { yes: false, no: false }]) {
        const { body, statements } = await compare(query, { id, ...variables }, token);
        if ((body.data as { customer: unknown } | null)?.customer) expect(readsOf(statements), `${caller} ${JSON.stringify(variables)}`).toHaveLength(1);
      }
    }
  });

  const TIMELINE = `query Timeline($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: TimelineFilter) { customer(id: $id) {
    timeline(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { kind occurredAt title refId } } } } }`;
  type TimelinePage = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { node: { kind: string; occurredAt: string; refId: string } }[];
  };
  const timelineOf = (body: Body) => (body.data as { customer: { timeline: TimelinePage } | null } | null)?.customer?.timeline;

  /**
   * A customer's whole timeline paged forward, then backward from its end, each page compared
   * with the resolvers' answer (so their cursors are the compiled path's, and the other way
   * round) and read in one statement. Null when the caller may not see the customer.
   */
  async function walkTimeline(id: string, filter: Record<string, unknown> | null, token: string | undefined, label: string, sizes = { first: 25, last: 30 }): Promise<TimelinePage["edges"][number]["node"][] | null> {
    const forward: TimelinePage["edges"][number]["node"][] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const { body, statements } = await compare(TIMELINE, { id, first: sizes.first, after, filter }, token);
      const timeline = timelineOf(body);
      if (!timeline) return null;
      expect(body.errors, label).toBeUndefined();
      expect(readsOf(statements), label).toHaveLength(1);
      forward.push(...timeline.edges.map((e) => e.node));
      total = timeline.totalCount;
      if (!timeline.pageInfo.hasNextPage) break;
      after = timeline.pageInfo.endCursor;
    }
    const backward: TimelinePage["edges"][number]["node"][] = [];
    let before: string | null = null;
    for (;;) {
      const { body, statements } = await compare(TIMELINE, { id, last: sizes.last, before, filter }, token);
      expect(readsOf(statements), label).toHaveLength(1);
      const timeline = timelineOf(body)!;
      backward.unshift(...timeline.edges.map((e) => e.node));
      if (!timeline.pageInfo.hasPreviousPage) break;
      before = timeline.pageInfo.startCursor;
    }
    expect(backward, label).toEqual(forward);
    // No gaps or repeats: as many distinct entries as the feed holds.
    expect(new Set(forward.map((e) => `${e.kind} ${e.refId}`)).size, label).toBe(total);
    return forward;
  }

  it("pages the timeline forward and backward with cursors as the resolvers do, one statement per page, for every role", async () => {
    // The first customer's feed has ties across tables (cases, surveys and a visit at one instant).
    const id = toGlobalId("Customer", customerIds[0]!);
    const seen = new Map<string, number>();
    for (const [caller, token] of callers) {
      const entries = await walkTimeline(id, null, token, caller, { first: 30, last: 40 });
      if (entries) seen.set(caller, entries.length);
    }
    expect([...seen.keys()]).toEqual(["admin", "agent", "dealer", "customer"]);
    // Long enough for several pages each way; the dealer sees less of it than staff (its scope).
    expect(seen.get("agent")).toBeGreaterThan(30);
    expect(seen.get("dealer")).toBeLessThan(seen.get("agent")!);
  }, 120_000);

  it("filters the timeline from variables and literals as the loader does, and leaves a bad range or cursor to the resolvers' error", async () => {
    const id = toGlobalId("Customer", customerIds[0]!);
    // The whole feed, however long (the demo world's most active buyer has more than a page of it).
    const all = (await walkTimeline(id, null, callers.get("agent"), "the whole feed", { first: 100, last: 100 }))!;
    // Bounds that are entries' own instants: `from` takes its entry, `to` leaves it out.
    const [late, middle, early] = [all[Math.floor(all.length / 4)]!, all[Math.floor(all.length / 2)]!, all[Math.floor((3 * all.length) / 4)]!].map((e) => e.occurredAt);
    const filters: Record<string, unknown>[] = [
      { kinds: ["ORDER_PLACED", "SHIPMENT_EVENT"] },
      { kinds: [] },
      { from: middle },
      { to: middle },
      { kinds: ["SHIPMENT_EVENT", "INTERACTION", "CASE_OPENED", "SURVEY"], from: early, to: late },
    ];
    // The agent pages through each filtered feed (filters in variables); an empty kinds list is no filter.
    const agentCounts: number[] = [];
    for (const filter of filters) {
      const label = JSON.stringify(filter);
      if (filter.kinds && (filter.kinds as string[]).length === 0) agentCounts.push(timelineOf((await compare(TIMELINE, { id, first: 100, filter }, callers.get("agent"))).body)!.totalCount);
      else agentCounts.push((await walkTimeline(id, filter, callers.get("agent"), label, { first: 30, last: 40 }))!.length);
    }
    // Each filter finds some entries and leaves some out (but the empty kinds list).
    expect(agentCounts.filter((n) => n > 0 && n < all.length), JSON.stringify(agentCounts)).toHaveLength(filters.length - 1);
    expect(agentCounts[1]).toBe(all.length);

    // Every role, the same filters in literals, each a page of its own in one statement (scope and filter together).
    const literal = (filter: Record<string, unknown>) =>
      `{ ${Object.entries(filter)
        .map(([name, value]) => `${name}: ${Array.isArray(value) ? `[${value.join(", ")}]` : JSON.stringify(value)}`)
        .join(", ")} }`;
    const pages = filters.map((filter, i) => `f${i}: timeline(${i % 2 ? "last: 4" : "first: 4"}, filter: ${literal(filter)}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { kind title occurredAt } } }`);
    const literals = `query($id: ID!) { customer(id: $id) { ${pages.join(" ")} } }`;
    for (const [caller, token] of callers) {
      const { body, statements } = await compare(literals, { id }, token);
      const customer = (body.data as { customer: Record<string, TimelinePage> | null } | null)?.customer;
      if (customer) expect([body.errors, readsOf(statements).length], caller).toEqual([undefined, 1]);
      if (caller === "agent") expect(Object.values(customer!).map((page) => page.totalCount)).toEqual(agentCounts);
    }

    // A range in the wrong order, in variables or literals, and a cursor of another list: the resolvers' BAD_USER_INPUT.
    const orderCursor = ((await post(resolvers.url, `query($id: ID!) { customer(id: $id) { orders(first: 1) { edges { cursor } } } }`, { id }, callers.get("admin"))).data as {
      customer: { orders: { edges: { cursor: string }[] } };
    }).customer.orders.edges[0]!.cursor;
    const refused: [string, Record<string, unknown>, string][] = [
      [TIMELINE, { id, filter: { from: middle, to: middle } }, "filter.to"],
      [TIMELINE, { id, filter: { kinds: ["ORDER_PLACED"], from: late, to: early } }, "filter.to"],
      [`query($id: ID!) { customer(id: $id) { timeline(first: 2, filter: { from: "${late}", to: "${early}" }) { edges { node { kind } } } } }`, { id }, "filter.to"],
      [TIMELINE, { id, first: 2, after: orderCursor }, "after"],
      [TIMELINE, { id, last: 2, before: "garbage" }, "before"],
    ];
    for (const caller of ["agent", "customer"]) {
      const token = callers.get(caller);
      for (const [query, variables, field] of refused) {
        const { body, statements } = await compare(query, variables, token);
        expect(body.errors?.[0]?.extensions, `${caller} ${JSON.stringify(variables)}`).toMatchObject({ code: "BAD_USER_INPUT", field });
        expect(statements.some((s) => s.includes("json_build_object")), `${caller} ${JSON.stringify(variables)}`).toBe(false);
      }
    }
  });

  it("puts merges and unmerges on both profiles' timelines, and gives a merged-away id the survivor's, as the resolvers do", async () => {
    const db = platform.database.db;
    const day = 86_400_000;
    // The customer caller's own profile survives; one merge into it was undone, one stands.
    const [survivor, unmerged] = customerIds as [string, string];
    const mergedAway = customerIds[customerIds.length - 1]!;
    const made = await db
      .insert(customerMerges)
      .values([
        { survivorId: survivor, mergedId: unmerged, performedBy: "admin", snapshot: {}, createdAt: new Date(Date.now() - 20 * day), undoneAt: new Date(Date.now() - 5 * day) },
        { survivorId: survivor, mergedId: mergedAway, performedBy: "admin", snapshot: {}, createdAt: new Date(Date.now() - 2 * day) },
      ])
      .returning();
    await db.update(customers).set({ mergedIntoId: survivor }).where(eq(customers.id, mergedAway));
    try {
      const mergeKinds = { kinds: ["PROFILE_MERGED", "PROFILE_UNMERGED"] };
      const feeds = new Map<string, string[]>();
      for (const [caller, token] of callers) {
        for (const customerId of [survivor, unmerged, mergedAway]) {
          const entries = await walkTimeline(toGlobalId("Customer", customerId), mergeKinds, token, `${caller} ${customerId}`, { first: 3, last: 3 });
          if (entries) feeds.set(`${caller} ${customerId}`, entries.map((e) => `${e.kind} ${e.refId}`));
        }
      }
      // The whole feed through the merged-away id: the survivor's, merges among its other entries.
      const whole = timelineOf((await compare(TIMELINE, { id: toGlobalId("Customer", mergedAway), first: 100 }, callers.get("agent"))).body)!;
      expect(whole.edges.filter((e) => e.node.kind.startsWith("PROFILE_"))).toHaveLength(3);
      const [undone, standing] = made.map((m) => toGlobalId("CustomerMerge", m.id));
      expect(feeds.get(`agent ${survivor}`)).toEqual([`PROFILE_MERGED ${standing}`, `PROFILE_UNMERGED ${undone}`, `PROFILE_MERGED ${undone}`]);
      expect(feeds.get(`agent ${unmerged}`)).toEqual([`PROFILE_UNMERGED ${undone}`, `PROFILE_MERGED ${undone}`]);
      expect(feeds.get(`agent ${mergedAway}`)).toEqual(feeds.get(`agent ${survivor}`));
      // The customer sees the merges on their own timeline, also through the merged-away id.
      expect(feeds.get(`customer ${mergedAway}`)).toEqual(feeds.get(`agent ${survivor}`));
    } finally {
      await db.update(customers).set({ mergedIntoId: null }).where(eq(customers.id, mergedAway));
      await db.delete(customerMerges).where(inArray(customerMerges.id, made.map((m) => m.id)));
    }
  });

  const LIST = `query List($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id displayName createdAt emails { address } orders(first: 5) { edges { node { number lines { product { name } } } } } vehicles { vin } } } } }`;
  type ListPage = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { node: { id: string } }[] };

  it("answers the customers list page as the resolvers do, in one statement, paging through the whole list with its cursors, for every role", async () => {
    const orderings = [null, { field: "DISPLAY_NAME" }, { field: "CREATED_AT", direction: "ASC" }, { field: "DISPLAY_NAME", direction: "DESC" }];
    let pages = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      for (const orderBy of orderings) {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const { body, statements } = await compare(LIST, { first: 17, after, orderBy }, token);
          expect(body.errors, caller).toBeUndefined();
          expect(readsOf(statements), `${caller} ${JSON.stringify(orderBy)}`).toHaveLength(1);
          const page = (body.data as { customers: ListPage }).customers;
          seen.push(...page.edges.map((e) => e.node.id));
          pages++;
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        // Backward from the end with the compiled path's cursors: the same list.
        const back: string[] = [];
        let before: string | null = null;
        for (;;) {
          const { body, statements } = await compare(LIST, { last: 23, before, orderBy }, token);
          expect(readsOf(statements)).toHaveLength(1);
          const page = (body.data as { customers: ListPage }).customers;
          back.unshift(...page.edges.map((e) => e.node.id));
          if (!page.pageInfo.hasPreviousPage) break;
          before = page.pageInfo.startCursor;
        }
        expect(back).toEqual(seen);
        expect(new Set(seen).size).toBe(seen.length);
      }
    }
    // The administrator alone walks several pages of each ordering.
    expect(pages).toBeGreaterThanOrEqual(4 * orderings.length);
  }, 120_000);

  it("filters the customers list as the resolvers do, filters in variables and in literals, one statement per page", async () => {
    const db = platform.database.db;
    const [someone] = await db.select().from(customers).where(sql`${customers.id} = ${customerIds[0]!}`);
    const [phone] = await db.select().from(customerPhones).limit(1);
    const [address] = await db.select().from(customerAddresses).orderBy(customerAddresses.id).limit(1);
    const filters: Record<string, unknown>[] = [
      { kind: "PRIVATE" },
      { stage: "OWNER", tier: "REGULAR" },
      { search: someone!.displayName.slice(0, 3) },
      { search: "  " },
      { search: ` ${phone!.e164.slice(-6, -3)} ${phone!.e164.slice(-3)}` },
      { hasOpenCase: true },
      { hasOpenCase: false, kind: "BUSINESS" },
      { createdAfter: "2025-09-01T00:00:00.000Z" },
      { createdBefore: "2026-01-01T00:00:00.000Z" },
      { lastOrderAfter: "2025-06-01T00:00:00.000Z" },
      { lastOrderBefore: "2026-05-01T00:00:00.000Z", city: address!.city },
    ];
    const found = new Map<string, number>();
    for (const [caller, token] of rolesFor(callers, kind)) {
      for (const filter of filters) {
        const { body, statements } = await compare(LIST, { first: 10, filter, orderBy: { field: "DISPLAY_NAME" } }, token);
        expect(body.errors, `${caller} ${JSON.stringify(filter)}`).toBeUndefined();
        expect(readsOf(statements), `${caller} ${JSON.stringify(filter)}`).toHaveLength(1);
        const page = (body.data as { customers: ListPage }).customers;
        if (caller === "admin") found.set(JSON.stringify(filter), page.totalCount);
        if (page.pageInfo.hasNextPage) {
          const next = await compare(LIST, { first: 10, after: page.pageInfo.endCursor, filter, orderBy: { field: "DISPLAY_NAME" } }, token);
          expect(readsOf(next.statements)).toHaveLength(1);
        }
      }
    }
    // The filters find someone (and not everyone), or the comparison would prove little.
    expect([...found.values()].filter((n) => n > 0 && n < 62).length, JSON.stringify([...found])).toBeGreaterThanOrEqual(8);
    const literal = `{ customers(first: 3, filter: { kind: PRIVATE, stage: CUSTOMER }, orderBy: { field: DISPLAY_NAME, direction: DESC }) { totalCount edges { cursor node { displayName } } } }`;
    const { statements } = await compare(literal, {}, callers.get("agent"));
    expect(readsOf(statements)).toHaveLength(1);
  });

  it("leaves the customers list to the resolvers where it must: bad pages and cursors, a date range the wrong way round", async () => {
    const admin = callers.get("admin");
    const orderCursor = ((await post(resolvers.url, `{ customers(first: 1, orderBy: { field: DISPLAY_NAME }) { edges { cursor } } }`, {}, admin)).data as {
      customers: { edges: { cursor: string }[] };
    }).customers.edges[0]!.cursor;
    for (const variables of [
      { first: 101 },
      { after: "garbage" },
      { after: orderCursor },
      { first: 1, last: 1 },
      { filter: { createdAfter: "2026-01-01T00:00:00.000Z", createdBefore: "2025-01-01T00:00:00.000Z" } },
    ]) {
      const { statements } = await compare(LIST, variables, admin);
      expect(statements.some((s) => s.includes("json_build_object")), JSON.stringify(variables)).toBe(false);
    }
  });

  it("audits the personal data of the listed customers as the resolvers do", async () => {
    const db = platform.database.db;
    const reads = async () => (await db.select().from(auditLog).where(eq(auditLog.action, "READ_PII"))).map((r) => ({ id: r.id, entry: JSON.stringify([r.actorRole, r.targetId, r.details]) }));
    /** The audit rows a request added: who was read, which fields, by which role. */
    const added = async (url: string, token: string | undefined) => {
      const known = new Set((await reads()).map((r) => r.id));
      await post(url, LIST, { first: 7, orderBy: { field: "DISPLAY_NAME" } }, token);
      return (await reads()).filter((r) => !known.has(r.id)).map((r) => r.entry).sort();
    };
    for (const caller of ["agent", "dealer", "customer"]) {
      const compiled = await added(platform.url, callers.get(caller));
      const expected = await added(resolvers.url, callers.get(caller));
      expect(compiled, caller).toEqual(expected);
      if (caller !== "customer") expect(expected.length, caller).toBeGreaterThan(0);
    }
  });

  it("follows a merged-away id to the survivor, and audits the survivor's personal data as the resolvers do", async () => {
    const db = platform.database.db;
    const [survivor, merged] = customerIds.slice(-2);
    await db.update(customers).set({ mergedIntoId: survivor! }).where(eq(customers.id, merged!));
    try {
      const query = `query($id: ID!) { customer(id: $id) { id displayName emails { address } phones { e164 } } }`;
      const before = (await db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
      const { body } = await compare(query, { id: toGlobalId("Customer", merged!) }, callers.get("agent"));
      expect((body.data as { customer: { id: string } }).customer.id).toBe(toGlobalId("Customer", survivor!));
      const rows = await db.select().from(auditLog).where(and(eq(auditLog.action, "READ_PII"), eq(auditLog.targetId, survivor!))).orderBy(auditLog.id);
      const added = rows.slice(-2);
      expect((await db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n).toBe(before + 2);
      expect(added.map((r) => r.details)).toEqual([{ fields: ["emails", "phones", "profile"] }, { fields: ["emails", "phones", "profile"] }]);
    } finally {
      await db.update(customers).set({ mergedIntoId: null }).where(eq(customers.id, merged!));
    }
  });

  /** Compilations so far, read from /metrics as an operator would (outcome "compiled"). */
  async function compilations(): Promise<number> {
    const text = await (await fetch(`${platform.url}/metrics`)).text();
    const line = /^compiled_read_compilations_total\{outcome="compiled"\} (\d+)$/m.exec(text);
    return line ? Number(line[1]) : 0;
  }

  it("compiles an operation once per role, not once per signed-in customer or dealer, and each still reads only their own", async () => {
    const db = platform.database.db;
    // A text of its own: no other test has compiled it, so every compilation counted is this test's.
    const view = `query Shapes($id: ID!) { customer(id: $id) { id displayName emails { address }
      orders(first: 3) { totalCount edges { node { number lines { sku } } } } vehicles { vin } interactions(first: 2) { edges { node { subject } } } } }`;
    // Profiles still their own (an earlier test merges one away, whose id then answers as the survivor).
    const people = (await db.select({ id: customers.id }).from(customers).where(and(isNull(customers.mergedIntoId), isNull(customers.erasedAt))).orderBy(customers.id).limit(12)).map((r) => r.id);
    expect(people).toHaveLength(12);
    const before = await compilations();
    for (const [i, id] of people.entries()) {
      const token = await platform.token({ role: "CUSTOMER", sub: `shape-customer-${i}`, customerId: id });
      const own = await compare(view, { id: toGlobalId("Customer", id) }, token);
      expect((own.body.data as { customer: { id: string } }).customer.id).toBe(toGlobalId("Customer", id));
      expect(own.statements.filter((s) => s.includes("json_build_object")), "answered by the compiled statement").toHaveLength(1);
      // Someone else's profile stays out of reach, as through the resolvers.
      const other = people[(i + 1) % people.length]!;
      const theirs = await compare(view, { id: toGlobalId("Customer", other) }, token);
      expect(theirs.body.data).toEqual({ customer: null });
    }
    expect(await compilations()).toBe(before + 1);

    // Dealers: each reads a customer it has a relationship with, and not one it has none with.
    // With customers still their own, as above: a merged-away customer's id answers as its survivor.
    const relationships = await db
      .select({ dealerId: dealerRelationships.dealerId, customerId: dealerRelationships.customerId })
      .from(dealerRelationships)
      .innerJoin(customers, eq(customers.id, dealerRelationships.customerId))
      .where(and(isNull(customers.mergedIntoId), isNull(customers.erasedAt)))
      .orderBy(dealerRelationships.dealerId, dealerRelationships.customerId);
    const byDealer = new Map<string, Set<string>>();
    for (const r of relationships) byDealer.set(r.dealerId, (byDealer.get(r.dealerId) ?? new Set()).add(r.customerId));
    const everyone = (await db.select({ id: customers.id }).from(customers)).map((r) => r.id);
    expect(byDealer.size).toBeGreaterThanOrEqual(3);
    for (const [dealerId, theirs] of byDealer) {
      const token = await platform.token({ role: "DEALER", sub: `shape-dealer-${dealerId}`, dealerId });
      const known = [...theirs][0]!;
      const seen = await compare(view, { id: toGlobalId("Customer", known) }, token);
      expect((seen.body.data as { customer: { id: string } }).customer.id).toBe(toGlobalId("Customer", known));
      const stranger = everyone.find((id) => !theirs.has(id));
      if (stranger) expect((await compare(view, { id: toGlobalId("Customer", stranger) }, token)).body.data).toEqual({ customer: null });
    }
    expect(await compilations()).toBe(before + 2);
  });

  it("keeps one statement for the benchmark's 360° view, its SQL held in a snapshot", async () => {
    const statements: string[] = [];
    const stop = platform.database.queries.listen((q) => statements.push(q));
    try {
      await post(platform.url, OURS_360, { id: toGlobalId("Customer", customerIds[0]!) }, callers.get("agent"));
    } finally {
      stop();
    }
    // The agent's read is audited by the same statement: no second round trip for the audit row.
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchSnapshot();
  });
});

// The generated query must reach every projected type, or the comparison above would miss some.
describe("the comparison query", () => {
  it("reaches every projected type", async () => {
    const schema = await createSchema();
    const query = everythingQuery(schema);
    parse(query);
    const reached = new Set<string>();
    const walk = (type: GraphQLObjectType) => {
      if (reached.has(type.name)) return;
      reached.add(type.name);
      for (const relation of Object.values(projections.types.get(type.name)?.relations ?? {})) walk(schema.getType(relation.type) as GraphQLObjectType);
    };
    walk(schema.getType("Customer") as GraphQLObjectType);
    // An audit entry, a lead and a campaign hang off no customer: compiled-roots.test.ts compares every field of them through auditLog, leads and campaigns.
    for (const type of ["AuditEntry", "Lead", "LeadStatusChange", "Campaign"]) reached.add(type);
    expect([...projections.types.keys()].filter((t) => !reached.has(t))).toEqual([]);
    for (const name of projections.types.keys()) expect(isObjectType(getNamedType(schema.getType(name)!))).toBe(true);
  });

  it("leaves to the resolvers only the root fields that NOT_COMPILED_ROOTS names, each with its reason", async () => {
    const schema = await createSchema();
    const covered = (name: string) => projections.lists!.has(name) || projections.rows!.has(name) || projections.roots.has(name) || ((name === "node" || name === "nodes") && projections.nodes!.size > 0);
    const missing = Object.keys(schema.getQueryType()!.getFields()).filter((name) => !covered(name));
    expect(missing.sort()).toEqual(Object.keys(NOT_COMPILED_ROOTS).sort());
    for (const reason of Object.values(NOT_COMPILED_ROOTS)) expect(reason.length).toBeGreaterThan(20);
  });

  it("leaves to the resolvers only the fields of compiled types that NOT_COMPILED names, each with its reason", async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const [name, projection] of projections.types) {
      const covered = new Set([...Object.keys(projection.leaves), ...Object.keys(projection.values ?? {}), ...Object.keys(projection.relations ?? {})]);
      const type = schema.getType(name) as GraphQLObjectType;
      missing.push(...Object.keys(type.getFields()).filter((field) => !covered.has(field)).map((field) => `${name}.${field}`));
    }
    expect(missing.sort()).toEqual(Object.keys(NOT_COMPILED).sort());
  });
});


// The compiled statement is shared by every principal of a role: the caller's id must be a bound value.
describe("compiling for a role", () => {
  const query = parse(`query($id: ID!) { customer(id: $id) { displayName } }`);
  const operation = query.definitions[0] as OperationDefinitionNode;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it("binds the caller's tenant id per request instead of fixing it in the statement", () => {
    const compiled = compileRead(schema, projections, query, operation, "CUSTOMER");
    if ("none" in compiled) throw new Error("not compiled");
    expect(compiled.params.filter((p) => "bound" in p && p.bound.kind === "tenant")).toHaveLength(1);
    expect(compiled.params.filter((p) => "fixed" in p)).toEqual([]);
  });

  it("refuses a projection that writes the caller's id into the statement, rather than share it across callers", () => {
    const inlining: RootLookup = {
      ...customerLookup,
      row: (principal: Principal, id: SQL) => {
        const row = customerLookup.row(principal, id);
        const own = principal.role === "CUSTOMER" ? principal.customerId : "";
        return { ...row, where: sql`${row.where} and ${customers.id} = ${sql.raw(`'${own}'`)}` };
      },
    };
    const bad = { types: projections.types, roots: new Map([["customer", inlining]]) };
    expect(() => compileRead(schema, bad, query, operation, "CUSTOMER")).toThrow(/cannot be shared by role/);
  });
});
