import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, desc, eq, getTableName, isNotNull, isNull, sql } from "drizzle-orm";
import type { GraphQLSchema } from "graphql";
import { personalDataReadAudit } from "../../src/audit/pii-reads.plugin.js";
import type { TokenClaims } from "../../src/auth/tokens.js";
import {
  auditLog,
  campaigns,
  campaignSends,
  customers,
  dealerRelationships,
  dealers,
  leads,
  leadStatusChanges,
  orders,
  productCategories,
  products,
  segments,
  serviceAppointments,
  shipments,
  vehicleModels,
  vehicleOwnerships,
  vehicles,
} from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { createProjections } from "../../src/projections.js";
import { createSchema } from "../../src/schema.js";
import { seedDatabase } from "../../src/seed/index.js";
import type { RunningServer } from "../../src/server.js";
import { comparison, compiledIn, post, relationArguments, readsOf, startResolversOnlyServer } from "../support/compiled-comparison.js";
import { databaseKinds } from "../support/database.js";
import { rolesFor, shareOf } from "../support/suite.js";
import { makeCase, makeCustomer, makeOrder } from "../support/factories.js";
import { startTestPlatform, type TestPlatform } from "../support/server.js";

const now = new Date("2026-06-01T12:00:00Z");
const projections = createProjections();
const ROOTS = ["customers", "orders", "vehicles", "cases", "shipments", "products", "dealers", "suppliers", "carriers", "leads", "campaigns"] as const;
type Root = (typeof ROOTS)[number];
/** The roots that take a filter (suppliers and carriers take none). */
const FILTERED = ["customers", "orders", "vehicles", "cases", "shipments", "products", "dealers", "leads"] as const;

/** Roots only some callers may list (their resolvers' @Authorized): the others get the same error from both paths, and nothing compiled. */
const LISTED_BY: Partial<Record<Root, string[]>> = { leads: ["admin", "agent", "dealer"], campaigns: ["admin", "agent", "dealer"] };
const mayList = (root: Root, caller: string) => LISTED_BY[root]?.includes(caller) ?? true;

/** Relations followed below a listed row: two hops reach every back relation (Shipment.order.customer, ProductCategory.parent). */
const ALL_HOPS = 2;

/** A field whose read the audit records when staff read it (emails, birthday): nested, those are the resolvers' (tested apart). */
const audited = (type: string, field: string) => personalDataReadAudit("AGENT", null, type, [field]) !== null;

/**
 * Every declared field of a type, and through every relation the compiler follows (none back
 * to a table on the path) up to `hops` relations down, the related rows' fields: each
 * declaration below a root list is compared with what the resolvers answer.
 */
function selection(type: string, path: Set<string>, hop: number, hops: number): string {
  const projection = projections.types.get(type)!;
  const parts = ["__typename", ...Object.keys(projection.leaves).filter((f) => !audited(type, f))];
  for (const [name, leaves] of Object.entries(projection.values ?? {})) parts.push(`${name} { ${Object.keys(leaves).join(" ")} }`);
  if (hop < hops) {
    for (const [name, relation] of Object.entries(projection.relations ?? {})) {
      const tables = relation.tables.map((t) => getTableName(t));
      if (audited(type, name) || tables.some((t) => path.has(t))) continue;
      const inner = selection(relation.type, new Set([...path, ...tables]), hop + 1, hops);
      parts.push(
        relation.shape === "connection"
          ? `${name}(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${inner} } } }`
          : `${name}${relationArguments(relation)} { ${inner} }`,
      );
    }
  }
  return parts.join(" ");
}

/** A page of a root list with all of its arguments as variables, selecting what `selection` reaches in `hops`. */
function listQuery(schema: GraphQLSchema, root: Root, name: string, hops: number): string {
  const field = schema.getQueryType()!.getFields()[root]!;
  const list = projections.lists!.get(root)!;
  const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const node = selection(list.type, new Set([getTableName(list.table)]), 0, hops);
  return `query ${name}(${definitions}) { ${root}(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${node} } } } }`;
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

describe.each(databaseKinds())("compiled root lists [%s]", (kind) => {
  let platform: TestPlatform;
  let resolvers: RunningServer;
  let schema: GraphQLSchema;
  const callers = new Map<string, string | undefined>();
  /** Rows the filters name: the busiest dealer and customer, another dealer, a model, a category with sub-categories... */
  const the = {} as Record<"dealer" | "otherDealer" | "customer" | "carrier" | "supplier" | "model" | "category" | "city", string>;


  const compare = comparison(() => platform, () => resolvers);

  /** The request ran as the compiled statement, and as nothing else. */
  function expectOneStatement(statements: string[], label: string) {
    const reads = readsOf(statements);
    expect(reads, label).toHaveLength(1);
    expect(compiledIn(reads), label).toBe(true);
  }

  /** A caller the root's resolver refuses: its error (signed out, or forbidden), with no data and nothing compiled. */
  function expectRefused({ body, statements }: { body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }; statements: string[] }, label: string) {
    expect(body.errors?.[0]?.extensions?.code, label).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    expect(compiledIn(statements), label).toBe(false);
  }

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    const db = platform.database.db;
    await seedDatabase(db, { customers: 24, seed: 7, now });
    resolvers = await startResolversOnlyServer(platform);
    schema = await createSchema();

    const busiest = (column: typeof orders.dealerId | typeof orders.customerId) =>
      db.select({ id: column, n: count() }).from(orders).where(isNotNull(column)).groupBy(column).orderBy(desc(count()), column);
    const [dealer, other] = await busiest(orders.dealerId).limit(2);
    const [customer] = await busiest(orders.customerId).limit(1);
    const [carrier] = await db.select({ id: shipments.carrierId }).from(shipments).groupBy(shipments.carrierId).orderBy(desc(count()), shipments.carrierId).limit(1);
    const [product] = await db.select().from(products).where(isNotNull(products.supplierId)).orderBy(products.sku).limit(1);
    const [model] = await db.select({ id: vehicleModels.id }).from(vehicleModels).orderBy(vehicleModels.code).limit(1);
    // A category with sub-categories: its filter includes theirs.
    const [category] = await db
      .select({ id: productCategories.parentId })
      .from(productCategories)
      .where(isNotNull(productCategories.parentId))
      .groupBy(productCategories.parentId)
      .orderBy(productCategories.parentId)
      .limit(1);
    const [place] = await db.select({ city: dealers.city }).from(dealers).groupBy(dealers.city).orderBy(desc(count()), dealers.city).limit(1);
    Object.assign(the, {
      dealer: dealer!.id!,
      otherDealer: other!.id!,
      customer: customer!.id!,
      carrier: carrier!.id,
      supplier: product!.supplierId!,
      model: model!.id,
      category: category!.id!,
      city: place!.city,
    });

    // The seed makes few cases and appointments: enough of both to page through, for the dealer and the customer too.
    const people = await db.select({ id: customers.id }).from(customers).orderBy(customers.id).limit(10);
    const day = 86_400_000;
    for (const [i, person] of [...people, { id: the.customer }, { id: the.customer }].entries()) {
      await makeCase(db, person.id, {
        againstDealerId: i % 3 === 2 ? the.otherDealer : the.dealer,
        kind: (["COMPLAINT", "INQUIRY", "REPAIR"] as const)[i % 3],
        status: (["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"] as const)[i % 4],
        openedAt: new Date(now.getTime() - (i % 5) * day),
      });
    }
    const owned = await db.select().from(vehicleOwnerships).where(isNull(vehicleOwnerships.endedOn)).orderBy(vehicleOwnerships.id).limit(4);
    await db.insert(serviceAppointments).values(
      owned.map((o, i) => ({ vehicleId: o.vehicleId, customerId: o.customerId, dealerId: i % 2 ? the.otherDealer : the.dealer, scheduledAt: new Date(now.getTime() + i * day), purpose: "inspection" })),
    );
    // The seed's vehicles are all under warranty: one whose warranty ended, one without any.
    const [expired, none] = await db.select({ id: vehicles.id }).from(vehicles).orderBy(vehicles.vin).limit(2);
    await db.update(vehicles).set({ warrantyEndsOn: "2024-01-31" }).where(eq(vehicles.id, expired!.id));
    await db.update(vehicles).set({ warrantyEndsOn: null }).where(eq(vehicles.id, none!.id));
    // The seed makes no leads: enough to page through, at both dealers and unassigned, in every status and source.
    const sources = ["WEB_FORM", "SHOWROOM", "EVENT", "HOTLINE"] as const;
    const statuses = ["NEW", "CONTACTED", "TEST_DRIVE_BOOKED", "WON", "LOST"] as const;
    const made = await db
      .insert(leads)
      .values(
        [...people, ...people, ...people].map((person, i) => ({
          customerId: person.id,
          modelId: the.model,
          dealerId: [the.dealer, the.otherDealer, null][i % 3],
          source: sources[i % 4]!,
          status: statuses[i % 5]!,
          message: i % 2 ? `Interested, call ${i}` : null,
          testDriveAt: statuses[i % 5] === "TEST_DRIVE_BOOKED" ? new Date(now.getTime() + i * day) : null,
          lostReason: statuses[i % 5] === "LOST" ? "Bought elsewhere" : null,
          // Two leads share each creation time: the keyset's tie-break on id is compared too.
          createdAt: new Date(now.getTime() - Math.floor(i / 2) * day),
        })),
      )
      .returning({ id: leads.id, status: leads.status });
    await db.insert(leadStatusChanges).values(
      made.flatMap((lead, i) => [
        { leadId: lead.id, status: "NEW" as const, changedBy: "ADMIN admin", changedAt: new Date(now.getTime() - 40 * day + i) },
        ...(lead.status === "NEW" ? [] : [{ leadId: lead.id, status: lead.status, changedBy: "DEALER dealer", note: i % 2 ? "called back" : null, changedAt: new Date(now.getTime() - 20 * day + i) }]),
      ]),
    );
    // The seed makes no campaigns: every kind of audience, staff's and both dealers', in every status, some with their sends.
    const [segment] = await db.select({ id: segments.id }).from(segments).orderBy(segments.id).limit(1);
    const audiences = [
      { segmentId: segment!.id },
      { productId: product!.id },
      { modelId: the.model, currentOwnersOnly: true },
      { modelId: the.model, currentOwnersOnly: false },
      { birthday: true },
      { tier: "VERY_LOYAL" },
    ];
    const campaignStatuses = ["DRAFT", "SENDING", "SENT", "ACTIVE"] as const;
    const sent = await db
      .insert(campaigns)
      .values(
        [...audiences, ...audiences].map((audience, i) => ({
          dealerId: [null, the.dealer, the.otherDealer][i % 3] ?? null,
          name: `Campaign ${i}`,
          kind: "birthday" in audience ? "BIRTHDAY" : "OFFER",
          channel: (["EMAIL", "SMS", "APP_PUSH", "MAIL"] as const)[i % 4]!,
          audience: audience as Record<string, unknown>,
          subject: i % 2 ? `Hello {{ givenName }} ${i}` : null,
          body: `Dear {{ givenName | customer }}, offer ${i}`,
          status: campaignStatuses[i % 4]!,
          createdBy: "ADMIN admin",
          sentAt: i % 4 ? new Date(now.getTime() - i * day) : null,
          // Two campaigns share each creation time: the keyset's tie-break on id is compared too.
          createdAt: new Date(now.getTime() - Math.floor(i / 2) * day),
        })),
      )
      .returning({ id: campaigns.id });
    await db.insert(campaignSends).values(
      sent.slice(0, 5).flatMap((campaign, c) =>
        people.slice(0, c + 3).map((person, i) => ({ campaignId: campaign.id, customerId: person.id, status: (["PENDING", "DEFERRED", "SENT", "SKIPPED"] as const)[(i + c) % 4]! })),
      ),
    );
    // An order and a case still naming a merged-away profile: their customer is the survivor, on both paths.
    const ghost = await makeCustomer(db, { dealerIds: [the.dealer] });
    await makeOrder(db, ghost.id, { dealerId: the.dealer, placedAt: new Date(now.getTime() - day) });
    await makeCase(db, ghost.id, { againstDealerId: the.dealer });
    await db.update(customers).set({ mergedIntoId: the.customer }).where(eq(customers.id, ghost.id));

    const token = (claims: TokenClaims) => platform.token(claims);
    callers.set("anonymous", undefined);
    callers.set("admin", await token({ role: "ADMIN", sub: "admin" }));
    callers.set("agent", await token({ role: "AGENT", sub: "agent" }));
    callers.set("dealer", await token({ role: "DEALER", sub: "dealer", dealerId: the.dealer }));
    callers.set("customer", await token({ role: "CUSTOMER", sub: "customer", customerId: the.customer }));
    callers.set("supplier", await token({ role: "SUPPLIER", sub: "supplier", supplierId: the.supplier }));
    callers.set("courier", await token({ role: "COURIER", sub: "courier", carrierId: the.carrier }));
  }, 120_000);

  afterAll(async () => {
    await resolvers?.close();
    await platform?.close();
  });

  /** Forward through the whole list with its cursors, then backward from its end: every page compiled and equal, and the same list both ways. */
  async function pageThrough(query: string, root: Root, variables: Record<string, unknown>, token: string | undefined, label: string): Promise<string[]> {
    const forward: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const { body, statements } = await compare(query, { ...variables, first: 19, after }, token);
      expect(body.errors, label).toBeUndefined();
      expectOneStatement(statements, `${label} after ${forward.length}`);
      const page = body.data![root] as Page;
      forward.push(...page.edges.map((e) => e.node.id));
      total = page.totalCount;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward, label).toHaveLength(total);
    expect(new Set(forward).size, label).toBe(forward.length);
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { body, statements } = await compare(query, { ...variables, last: 23, before }, token);
      expectOneStatement(statements, `${label} before ${backward.length}`);
      const page = body.data![root] as Page;
      backward.unshift(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward, label).toEqual(forward);
    return forward;
  }

  it.each(ROOTS)("answers %s with every field and back relation as the resolvers do, paged forward and backward with cursors, one statement per page, for every role (shared out between the databases)", async (root) => {
    // Every field on the first and the last page; the rows' own fields while paging through.
    const everything = listQuery(schema, root, "Everything", ALL_HOPS);
    const rows = listQuery(schema, root, "Rows", 0);
    let seen = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      if (!mayList(root, caller)) {
        expectRefused(await compare(everything, { first: 10 }, token), `${root} as ${caller}`);
        continue;
      }
      for (const variables of [{ first: 10 }, { last: 10 }]) {
        const { body, statements } = await compare(everything, variables, token);
        expect(body.errors, `${root} as ${caller}`).toBeUndefined();
        expectOneStatement(statements, `${root} as ${caller}: ${JSON.stringify(variables)}`);
      }
      seen += (await pageThrough(rows, root, {}, token, `${root} as ${caller}`)).length;
    }
    // Someone sees rows of every list, or the comparison would prove little.
    expect(seen).toBeGreaterThan(0);
  }, 180_000);

  /** Filters of each root (variables), drawn from the seeded rows; some make the statement's shape depend on a value. */
  const filtersOf = (root: (typeof FILTERED)[number]): Record<string, unknown>[] => {
    const gid = (type: string, id: string) => toGlobalId(type, id);
    switch (root) {
      case "customers":
        return [
          { dealerId: gid("Dealer", the.dealer) },
          { dealerId: gid("Dealer", the.otherDealer), kind: "PRIVATE" },
          { createdAfter: "2020-01-01T00:00:00.000Z", createdBefore: "2026-03-01T00:00:00.000Z" },
          { hasOpenCase: true, dealerId: gid("Dealer", the.dealer) },
          { hasOpenCase: false, dealerId: gid("Dealer", the.dealer) },
          // Groups of three orders or more at every recency, so the filter finds someone however long ago the fixed "now" was.
          { rfmGroups: ["CHAMPIONS", "LOYAL", "AT_RISK", "CANNOT_LOSE"], ordersAtLeast: 1 },
          { churnRiskAtLeast: 0.2, lifetimeValueAtLeast: 1 },
          // The conditions on a profile's history: each object's given fields shape the statement.
          { purchased: { lastDays: 3650, minUnits: 1 } },
          { purchased: { categoryId: gid("ProductCategory", the.category), from: "2020-01-01T00:00:00.000Z", to: "2030-01-01T00:00:00.000Z" } },
          { interactions: { atLeast: 1, from: "2020-01-01T00:00:00.000Z" } },
          { cases: { statuses: ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"], lastDays: 3650 } },
          { vehicle: { maxAgeYears: 30 } },
          { consent: { purpose: "SERVICE" } },
          { dealerId: gid("Dealer", the.dealer), dealerBases: ["SALE", "SERVICE", "ORDER"] },
          { traits: [{ trait: "ORDER_COUNT", min: 1, max: 3 }, { trait: "LIFETIME_VALUE", min: 1 }] },
        ];
      case "orders":
        return [
          { statuses: ["DELIVERED", "SHIPPED"] },
          { statuses: [], channel: "WEB" },
          { customerId: gid("Customer", the.customer) },
          { dealerId: gid("Dealer", the.dealer), placedAfter: "2025-06-01T00:00:00.000Z" },
          { placedAfter: "2025-01-01T00:00:00.000Z", placedBefore: "2026-04-01T00:00:00.000Z" },
        ];
      case "vehicles":
        return [{ modelId: gid("VehicleModel", the.model) }, { underWarranty: true }, { underWarranty: false }, { underWarranty: false, modelYear: 2022 }, { modelYear: 2023 }];
      case "cases":
        return [{ statuses: ["OPEN", "IN_PROGRESS"] }, { kind: "INQUIRY" }, { againstDealerId: gid("Dealer", the.dealer) }, { customerId: gid("Customer", the.customer), statuses: ["OPEN"] }];
      case "shipments":
        return [{ statuses: ["DELIVERED", "IN_TRANSIT"] }, { carrierId: gid("Carrier", the.carrier) }];
      case "products":
        return [
          { search: "a" },
          { search: "" },
          { categoryId: gid("ProductCategory", the.category) },
          { supplierId: gid("Supplier", the.supplier), brandKind: "NATIONAL" },
          { minPriceMinor: 0, maxPriceMinor: 50_000 },
        ];
      case "dealers":
        return [{ search: "a" }, { city: the.city }, { capability: "SALES" }, { capability: "REPAIR", city: the.city }];
      case "leads":
        return [{ statuses: ["NEW", "CONTACTED"] }, { sources: ["SHOWROOM"], statuses: [] }, { dealerId: gid("Dealer", the.dealer) }, { dealerId: gid("Dealer", the.otherDealer), statuses: ["WON", "LOST"] }];
    }
  };

  it.each(FILTERED)("filters %s from variables as the resolvers do, one statement per page, for every role (shared out between the databases)", async (root) => {
    const query = listQuery(schema, root, "Filtered", 1);
    const found = new Map<string, number>();
    for (const [caller, token] of rolesFor(callers, kind)) {
      for (const filter of filtersOf(root)) {
        const label = `${root} ${JSON.stringify(filter)} as ${caller}`;
        if (!mayList(root, caller)) {
          expectRefused(await compare(query, { filter, first: 10 }, token), label);
          continue;
        }
        const { body, statements } = await compare(query, { filter, first: 10 }, token);
        expect(body.errors, label).toBeUndefined();
        expectOneStatement(statements, label);
        const page = body.data![root] as Page;
        if (caller === "admin") found.set(JSON.stringify(filter), page.totalCount);
        // The filtered keyset after a cursor, as the administrator (every row); the other roles' scope enters on the first page.
        if (caller === "admin" && page.pageInfo.hasNextPage) {
          const next = await compare(query, { filter, first: 10, after: page.pageInfo.endCursor }, token);
          expectOneStatement(next.statements, `${label}, next page`);
        }
      }
    }
    // Each filter finds someone, and most leave someone out: they were compared on rows that differ.
    const everyone = (await post(resolvers.url, `{ ${root}(first: 1) { totalCount } }`, {}, callers.get("admin"))).data![root] as Page;
    expect([...found.values()].filter((n) => n > 0).length, JSON.stringify([...found])).toBeGreaterThanOrEqual(filtersOf(root).length - 1);
    expect([...found.values()].some((n) => n < everyone.totalCount), JSON.stringify([...found])).toBe(true);
  }, 120_000);

  it("pages customers ordered by each trait as the resolvers do, nulls and ties included, for staff and the customer; a dealer is refused on both paths (the orderings shared out between the databases)", async () => {
    const query = listQuery(schema, "customers", "ByTrait", 0);
    const fields = ["LIFETIME_VALUE", "ORDER_COUNT", "AVERAGE_ORDER_VALUE", "LAST_ORDER_AT", "DAYS_SINCE_LAST_ORDER", "CHURN_RISK", "RFM_SCORE"];
    // Each field both ways, one way on each engine (which one alternates): the ordering is the same SQL on either.
    const orderings = fields.flatMap((field, i) => (i % 2 ? [[field, "DESC"], [field, "ASC"]] : [[field, "ASC"], [field, "DESC"]]) as [string, string][]);
    for (const [field, direction] of shareOf(orderings, kind)) {
      const orderBy = { field, direction };
      const all = await pageThrough(query, "customers", { orderBy }, callers.get("admin"), `customers by ${field} ${direction}`);
      expect(all.length).toBeGreaterThan(10);
      await pageThrough(query, "customers", { orderBy, filter: { traits: [{ trait: "ORDER_COUNT", min: 1 }] } }, callers.get("agent"), `customers with orders by ${field} ${direction}`);
      await pageThrough(query, "customers", { orderBy }, callers.get("customer"), `a customer by ${field} ${direction}`);
    }
    const { body } = await compare(query, { orderBy: { field: "CHURN_RISK", direction: "DESC" }, first: 5 }, callers.get("dealer"));
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "orderBy.field" });
  }, 180_000);

  it("filters in literals as the resolvers do, in one statement", async () => {
    const dealer = toGlobalId("Dealer", the.dealer);
    const literals = [
      `{ customers(first: 3, filter: { dealerId: "${dealer}", createdAfter: "2020-01-01T00:00:00.000Z", createdBefore: "2030-01-01T00:00:00.000Z" }, orderBy: { field: DISPLAY_NAME }) { totalCount edges { cursor node { displayName } } } }`,
      `{ customers(first: 3, filter: { purchased: { lastDays: 3650, minOrders: 1 }, interactions: { types: [INQUIRY, COMPLAINT], atLeast: 1 }, traits: [{ trait: CHURN_RISK, max: 1 }] }, orderBy: { field: DISPLAY_NAME, direction: DESC }) { totalCount edges { cursor node { displayName } } } }`,
      `{ orders(first: 3, filter: { statuses: [DELIVERED, SHIPPED], placedAfter: "2020-01-01T00:00:00.000Z", placedBefore: "2030-01-01T00:00:00.000Z" }) { totalCount edges { node { number customer { displayName } } } } }`,
      `{ vehicles(last: 2, filter: { underWarranty: true }) { totalCount pageInfo { hasPreviousPage } edges { node { vin ownerships { customer { displayName } } } } } }`,
      `{ cases(first: 2, filter: { againstDealerId: "${dealer}", statuses: [OPEN, IN_PROGRESS, RESOLVED] }) { totalCount edges { node { number customer { stage } } } } }`,
      `{ shipments(first: 2, filter: { carrierId: "${toGlobalId("Carrier", the.carrier)}" }) { totalCount edges { node { trackingNumber order { number } } } } }`,
      `{ products(first: 4, filter: { categoryId: "${toGlobalId("ProductCategory", the.category)}" }, orderBy: { field: PRICE, direction: DESC }) { totalCount edges { node { sku price { amountMinor } category { parent { name } } } } } }`,
      `{ dealers(first: 2, filter: { capability: REPAIR }) { totalCount edges { node { name } } } }`,
      `{ suppliers(last: 2) { edges { node { name } } } }`,
      `{ carriers { totalCount } }`,
      // A nested filter's two-sided range is checked per request too.
      `{ customers(first: 5) { edges { node { interactions(first: 2, filter: { from: "2025-01-01T00:00:00.000Z", to: "2026-05-01T00:00:00.000Z" }) { totalCount edges { node { occurredAt } } } } } } }`,
    ];
    for (const [caller, token] of callers) {
      for (const query of literals) {
        const { body, statements } = await compare(query, {}, token);
        expect(body.errors, `${query} as ${caller}`).toBeUndefined();
        expectOneStatement(statements, `${query} as ${caller}`);
      }
    }
  }, 120_000);

  it("follows the relations back up the graph as the resolvers do: a merged-away customer to the survivor, a category to its parent", async () => {
    const admin = callers.get("admin");
    const first = async <T>(query: string) => {
      const { body, statements } = await compare(query, {}, admin);
      expectOneStatement(statements, query);
      return body.data as T;
    };
    // The order and case of the merged-away profile name the survivor.
    const ghostly = await first<{ orders: { edges: { node: { customer: { id: string } | null } }[] } }>(
      `{ orders(first: 100, filter: { dealerId: "${toGlobalId("Dealer", the.dealer)}" }) { edges { node { customer { id displayName } } } } }`,
    );
    expect(ghostly.orders.edges.filter((e) => e.node.customer?.id === toGlobalId("Customer", the.customer)).length).toBeGreaterThan(0);
    const nonNull = (data: unknown, path: string[]): number => {
      if (Array.isArray(data)) return data.reduce((n: number, item) => n + nonNull(item, path), 0);
      if (path.length === 0) return data === null || data === undefined ? 0 : 1;
      if (data === null || typeof data !== "object") return 0;
      return nonNull((data as Record<string, unknown>)[path[0]!], path.slice(1));
    };
    const reached: [string, string[]][] = [
      [`{ cases(first: 50) { edges { node { customer { id } } } } }`, ["cases", "edges", "node", "customer"]],
      [`{ shipments(first: 50) { edges { node { order { customer { id } } } } } }`, ["shipments", "edges", "node", "order", "customer"]],
      [`{ vehicles(first: 50) { edges { node { ownerships { customer { id } } } } } }`, ["vehicles", "edges", "node", "ownerships", "customer"]],
      [`{ vehicles(first: 50) { edges { node { appointments { customer { id } } } } } }`, ["vehicles", "edges", "node", "appointments", "customer"]],
      [`{ products(first: 50) { edges { node { category { parent { id name } } } } } }`, ["products", "edges", "node", "category", "parent"]],
    ];
    for (const [query, path] of reached) expect(nonNull(await first(query), path), query).toBeGreaterThan(0);
    // A customer's order names them; a dealer sees a customer it has no relationship with as null, as through the loader.
    for (const caller of ["customer", "dealer"]) {
      const { statements } = await compare(`{ orders(first: 50) { edges { node { number customer { id displayName } } } } }`, {}, callers.get(caller));
      expectOneStatement(statements, caller);
    }
  });

  it("answers bad filter values through the resolvers, with their errors, and compiles the same operation for good ones", async () => {
    const admin = callers.get("admin");
    const nobody = "00000000-0000-4000-8000-000000000000";
    const bad: [Root, Record<string, unknown>, string][] = [
      ["customers", { dealerId: "not-an-id" }, "filter.dealerId"],
      ["customers", { dealerId: toGlobalId("Customer", nobody) }, "filter.dealerId"],
      ["customers", { createdAfter: "2026-01-01T00:00:00.000Z", createdBefore: "2025-01-01T00:00:00.000Z" }, "filter.createdBefore"],
      ["customers", { createdAfter: "2026-01-01T00:00:00.000Z", createdBefore: "2026-01-01T00:00:00.000Z" }, "filter.createdBefore"],
      ["orders", { customerId: "garbage" }, "filter.customerId"],
      ["orders", { dealerId: toGlobalId("Carrier", nobody) }, "filter.dealerId"],
      ["orders", { placedAfter: "2026-02-01T00:00:00.000Z", placedBefore: "2026-01-01T00:00:00.000Z" }, "filter.placedBefore"],
      ["vehicles", { modelId: toGlobalId("Vehicle", nobody) }, "filter.modelId"],
      ["cases", { againstDealerId: "x" }, "filter.againstDealerId"],
      ["cases", { customerId: toGlobalId("Dealer", the.dealer) }, "filter.customerId"],
      ["shipments", { carrierId: toGlobalId("Dealer", nobody) }, "filter.carrierId"],
      ["products", { categoryId: "???" }, "filter.categoryId"],
      ["products", { supplierId: toGlobalId("Product", nobody) }, "filter.supplierId"],
      ["products", { minPriceMinor: -1 }, "filter.minPriceMinor"],
      ["leads", { dealerId: toGlobalId("Customer", nobody) }, "filter.dealerId"],
    ];
    for (const [root, filter, field] of bad) {
      const query = listQuery(schema, root, "Refused", 0);
      for (const caller of ["admin", "dealer"]) {
        const { body, statements } = await compare(query, { filter, first: 5 }, callers.get(caller));
        expect(body.errors?.[0]?.extensions, `${root} ${JSON.stringify(filter)} as ${caller}`).toMatchObject({ code: "BAD_USER_INPUT", field });
        expect(compiledIn(statements), `${root} ${JSON.stringify(filter)}`).toBe(false);
      }
      // The operation was compiled (its shape holds for good values): a good value runs it.
      const good = Object.fromEntries(Object.keys(filter).map((key) => [key, goodValue(root, key)]));
      const { body, statements } = await compare(query, { filter: good, first: 5 }, admin);
      expect(body.errors, `${root} ${JSON.stringify(good)}`).toBeUndefined();
      expectOneStatement(statements, `${root} ${JSON.stringify(good)}`);
    }
  });

  it("answers bad filter values given in literals through the resolvers too", async () => {
    const literals: [string, string][] = [
      [`{ orders(first: 2, filter: { customerId: "nope" }) { totalCount } }`, "filter.customerId"],
      [`{ customers(first: 2, filter: { dealerId: "${toGlobalId("Supplier", the.supplier)}" }) { totalCount } }`, "filter.dealerId"],
      [`{ customers(first: 2, filter: { createdAfter: "2026-01-01T00:00:00.000Z", createdBefore: "2025-12-31T23:59:59.999Z" }) { totalCount } }`, "filter.createdBefore"],
      [`{ orders(last: 2, filter: { placedAfter: "2026-01-01T00:00:00.000Z", placedBefore: "2026-01-01T00:00:00.000Z" }) { totalCount } }`, "filter.placedBefore"],
      [`{ customers(first: 2, filter: { purchased: { lastDays: 0 } }) { totalCount } }`, "filter.purchased.lastDays"],
      [`{ customers(first: 2, filter: { vehicle: { modelId: "nope" } }) { totalCount } }`, "filter.vehicle.modelId"],
      [`{ customers(first: 2, filter: { cases: { from: "2026-02-01T00:00:00.000Z", to: "2026-01-01T00:00:00.000Z" } }) { totalCount } }`, "filter.cases.to"],
      [`{ customers(first: 2, filter: { traits: [{ trait: ORDER_COUNT, min: 5, max: 1 }] }) { totalCount } }`, "filter.traits.0.max"],
    ];
    for (const [query, field] of literals) {
      const { body, statements } = await compare(query, {}, callers.get("agent"));
      expect(body.errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(compiledIn(statements), query).toBe(false);
    }
  });

  it("still compiles an operation after a request whose arguments its compilation refused", async () => {
    const query = `query Bought($filter: CustomerFilter) { customers(first: 3, filter: $filter) { totalCount } }`;
    for (const caller of ["admin", "agent"]) {
      const refused = await compare(query, { filter: { purchased: { lastDays: 30, from: "2025-01-01T00:00:00.000Z" } } }, callers.get(caller));
      expect(refused.body.errors?.[0]?.extensions, caller).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.purchased.lastDays" });
      expect(compiledIn(refused.statements), caller).toBe(false);
      const good = await compare(query, { filter: { purchased: { lastDays: 3650 } } }, callers.get(caller));
      expect(good.body.errors, caller).toBeUndefined();
      expectOneStatement(good.statements, caller);
    }
  });

  /** A value of a filter field the resolver accepts. */
  function goodValue(root: Root, key: string): unknown {
    const ids: Record<string, string> = {
      dealerId: toGlobalId("Dealer", the.dealer),
      againstDealerId: toGlobalId("Dealer", the.dealer),
      customerId: toGlobalId("Customer", the.customer),
      modelId: toGlobalId("VehicleModel", the.model),
      carrierId: toGlobalId("Carrier", the.carrier),
      categoryId: toGlobalId("ProductCategory", the.category),
      supplierId: toGlobalId("Supplier", the.supplier),
    };
    if (key in ids) return ids[key];
    if (key === "minPriceMinor") return 100;
    // The range's start, then its end: a year apart.
    return key.endsWith("After") ? "2025-01-01T00:00:00.000Z" : `2026-0${root === "orders" ? 3 : 4}-01T00:00:00.000Z`;
  }

  it("audits a nested profile's personal data in the read's own statement, one row per customer with the fields read united, as the resolvers do", async () => {
    const nested = `{ orders(first: 20) { edges { node { number customer { displayName emails { address } } } } } }`;
    // One customer reached twice with different fields (two aliases, and through cases): one row each, the fields united.
    const twice = `{ cases(first: 15) { edges { node { subject a: customer { emails { address } } b: customer { displayName phones { e164 } birthday } } } } }`;
    for (const caller of ["agent", "dealer", "admin"]) {
      for (const query of [nested, twice]) {
        const { statements } = await compare(query, {}, callers.get(caller));
        expectOneStatement(statements, `${caller} ${query.slice(0, 20)}`);
        const compiled = await addedAudits(platform.url, query, {}, callers.get(caller));
        if (caller !== "dealer" || query === nested) expect(compiled.length, caller).toBeGreaterThan(0);
        expect(compiled, `${caller} ${query.slice(0, 20)}`).toEqual(await addedAudits(resolvers.url, query, {}, callers.get(caller)));
      }
    }
    // A customer reading their own emails is not audited: that runs compiled.
    expectOneStatement((await compare(nested, {}, callers.get("customer"))).statements, "customer");
  });

  it("answers several root fields in one statement as the resolvers do, for every role, audited roots too; a missing row or a refused root leave the whole operation to the resolvers", async () => {
    const [product] = await platform.database.db.select({ sku: products.sku }).from(products).orderBy(products.sku).limit(1);
    const together = [
      `{ __typename orders(first: 3) { totalCount edges { cursor node { number status } } } products(first: 2) { pageInfo { hasNextPage endCursor } edges { node { sku name } } } carriers { totalCount } }`,
      // One root twice under aliases, forward and backward, with their own cursors.
      `query Both($n: Int) { newest: vehicles(first: $n) { edges { cursor node { vin } } } oldest: vehicles(last: $n) { pageInfo { startCursor } edges { node { vin } } } }`,
      // A lookup beside a list.
      `query Sku($sku: String!) { product(sku: $sku) { sku name category { name } } dealers(first: 2, filter: { capability: SALES }) { totalCount edges { node { name } } } }`,
    ];
    const variables = { n: 2, sku: product!.sku };
    let compiled = 0;
    for (const [caller, token] of rolesFor(callers, kind)) {
      for (const query of together) {
        const { body, statements } = await compare(query, variables, token);
        if (body.errors) continue;
        expectOneStatement(statements, `${query} as ${caller}`);
        compiled++;
      }
    }
    expect(compiled).toBeGreaterThan(together.length);
    // A sealed cursor from the shared statement pages the root on its own.
    const { body } = await compare(together[0]!, {}, callers.get("agent"));
    const after = (body.data!.products as Page).pageInfo.endCursor;
    const next = await compare(`query($after: String) { products(first: 2, after: $after) { edges { node { sku } } } }`, { after }, callers.get("agent"));
    expect(next.body.errors).toBeUndefined();
    expectOneStatement(next.statements, "the next products page");

    const admin = callers.get("admin");
    // Related customers' personal data (an order's customer's emails): audited by the shared statement, as by the resolvers.
    const relatedPii = `{ orders(first: 3) { edges { node { number customer { emails { address } } } } } products(first: 1) { totalCount } }`;
    const audits = async () => (await platform.database.db.select({ n: count() }).from(auditLog))[0]!.n;
    const before = await audits();
    const shared = await post(platform.url, relatedPii, {}, admin);
    const byStatement = (await audits()) - before;
    await post(resolvers.url, relatedPii, {}, admin);
    const byResolvers = (await audits()) - before - byStatement;
    expect(shared).toEqual(await post(resolvers.url, relatedPii, {}, admin));
    expect(byStatement).toBeGreaterThan(0);
    expect(byStatement).toBe(byResolvers);
    expectOneStatement((await compare(relatedPii, {}, admin)).statements, relatedPii);
    // Staff reading customers' personal data beside another root, a customer read by two roots, and
    // a read customer beside related ones: one statement, one audit row per customer with the fields united, as the resolvers write.
    const [someone] = await platform.database.db.select({ id: customers.id }).from(customers).orderBy(customers.id).limit(1);
    const auditedRoots = [
      `{ customers(first: 2) { edges { node { displayName emails { address } } } } orders(first: 1) { totalCount } }`,
      `query Twice($id: ID!) { customer(id: $id) { birthday phones { e164 } } customers(first: 3) { edges { node { emails { address } } } } node(id: $id) { id } }`,
      `query Related($id: ID!) { customer(id: $id) { displayName emails { address } orders(first: 3) { edges { node { customer { phones { e164 } } } } } } }`,
    ];
    for (const query of auditedRoots) {
      for (const caller of ["admin", "agent"]) {
        const token = callers.get(caller);
        const variables = { id: toGlobalId("Customer", someone!.id) };
        const { body, statements } = await compare(query, variables, token);
        expect(body.errors, query).toBeUndefined();
        expectOneStatement(statements, `${query} as ${caller}`);
        const compiled = await addedAudits(platform.url, query, variables, token);
        expect(compiled.length, query).toBeGreaterThan(0);
        expect(compiled, `${query} as ${caller}`).toEqual(await addedAudits(resolvers.url, query, variables, token));
      }
    }
    // No such product: the shared statement finds no row, and the resolvers answer both roots.
    const missing = await compare(`{ product(sku: "no-such-sku") { name } orders(first: 1) { totalCount } }`, {}, admin);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(readsOf(missing.statements).length).toBeGreaterThan(1);
    // A root the role may not list (leads, for a customer): the resolvers refuse it beside the other's answer.
    const refused = await compare(`{ leads(first: 1) { totalCount } orders(first: 1) { totalCount } }`, {}, callers.get("customer"));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(compiledIn(refused.statements)).toBe(false);
    // graphql-js answers as soon as the refused non-null root nulls `data`, while the other root's
    // count may still run: it settles here, not among the next test's statements.
    await expect.poll(() => platform.database.statements.pool().inUse).toBe(0);
  });

  it("reads a table again below itself in one statement (a vehicle's appointments' vehicle), and leaves a self-reference twice over to the resolvers", async () => {
    const again = `{ vehicles(first: 5) { edges { node { vin appointments { vehicle { vin ownerships { role current } } } } } } }`;
    expectOneStatement((await compare(again, {}, callers.get("admin"))).statements, again);
    // A category's parent's parent: both parents would be read under the one other name.
    const grandparent = `{ products(first: 5) { edges { node { sku category { parent { parent { name } } } } } } }`;
    expect(compiledIn((await compare(grandparent, {}, callers.get("admin"))).statements)).toBe(false);
  });

  /** The audit rows of personal-data reads a request added: who was read, which fields, by which role. */
  async function addedAudits(url: string, query: string, variables: Record<string, unknown>, token: string | undefined): Promise<string[]> {
    const reads = async () => (await platform.database.db.select().from(auditLog).where(eq(auditLog.action, "READ_PII"))).map((r) => ({ id: r.id, entry: JSON.stringify([r.actorRole, r.targetId, r.details]) }));
    const known = new Set((await reads()).map((r) => r.id));
    await post(url, query, variables, token);
    return (await reads()).filter((r) => !known.has(r.id)).map((r) => r.entry).sort();
  }

  /** Compilations so far, read from /metrics as an operator would (outcome "compiled"). */
  async function compilations(): Promise<number> {
    const text = await (await fetch(`${platform.url}/metrics`)).text();
    const line = /^compiled_read_compilations_total\{outcome="compiled"\} (\d+)$/m.exec(text);
    return line ? Number(line[1]) : 0;
  }

  it("compiles a root list once per role, not once per signed-in customer or dealer, and each reads only their own", async () => {
    const db = platform.database.db;
    // Texts of their own: no other test compiled them, so every compilation counted is this test's.
    const theirOrders = `query OwnOrders($first: Int) { orders(first: $first) { totalCount edges { node { number customer { id } } } } }`;
    const dealersCustomers = `query DealersCustomers($dealerId: ID) { customers(first: 100, filter: { dealerId: $dealerId }) { totalCount edges { node { id } } } }`;
    const before = await compilations();
    const buyers = await db
      .select({ id: orders.customerId })
      .from(orders)
      .innerJoin(customers, and(eq(customers.id, orders.customerId), isNull(customers.mergedIntoId)))
      .groupBy(orders.customerId)
      .orderBy(orders.customerId)
      .limit(8);
    for (const [i, { id }] of buyers.entries()) {
      const token = await platform.token({ role: "CUSTOMER", sub: `roots-customer-${i}`, customerId: id });
      const { body, statements } = await compare(theirOrders, { first: 50 }, token);
      expectOneStatement(statements, `customer ${i}`);
      const page = body.data!.orders as { totalCount: number; edges: { node: { customer: { id: string } } }[] };
      expect(page.totalCount).toBeGreaterThan(0);
      expect(page.edges.every((e) => e.node.customer.id === toGlobalId("Customer", id))).toBe(true);
    }
    expect(await compilations()).toBe(before + 1);

    // Dealers: each lists its own customers, and no one of another dealership's, from one compilation.
    const related = await db
      .select({ dealerId: dealerRelationships.dealerId, n: sql<number>`count(distinct ${dealerRelationships.customerId})::int` })
      .from(dealerRelationships)
      .innerJoin(customers, and(eq(customers.id, dealerRelationships.customerId), isNull(customers.mergedIntoId)))
      .groupBy(dealerRelationships.dealerId)
      .orderBy(dealerRelationships.dealerId);
    expect(related.length).toBeGreaterThanOrEqual(3);
    for (const [i, { dealerId, n }] of related.entries()) {
      const token = await platform.token({ role: "DEALER", sub: `roots-dealer-${i}`, dealerId });
      const own = await compare(dealersCustomers, { dealerId: toGlobalId("Dealer", dealerId) }, token);
      expectOneStatement(own.statements, `dealer ${i}`);
      expect((own.body.data!.customers as Page).totalCount).toBe(n);
      const other = related[(i + 1) % related.length]!.dealerId;
      const theirs = await compare(dealersCustomers, { dealerId: toGlobalId("Dealer", other) }, token);
      expectOneStatement(theirs.statements, `dealer ${i} asking for another's`);
      expect((theirs.body.data!.customers as Page).totalCount).toBe(0);
    }
    expect(await compilations()).toBe(before + 2);
  });
  it("answers the audit log as the resolvers do for an administrator, paged both ways and filtered in variables, one statement per page; other roles get the resolver's FORBIDDEN", async () => {
    const admin = callers.get("admin");
    // Entries of several kinds: personal-data reads by staff and a dealer, enough for several pages.
    const customer = toGlobalId("Customer", the.customer);
    const read = `query Read($id: ID!) { customer(id: $id) { displayName emails { address } } }`;
    const people = await platform.database.db.select({ id: customers.id }).from(customers).where(isNull(customers.mergedIntoId)).orderBy(customers.id).limit(15);
    for (const caller of ["admin", "agent"]) for (const person of people) await post(platform.url, read, { id: toGlobalId("Customer", person.id) }, callers.get(caller));
    for (const caller of ["admin", "agent", "dealer"]) await post(platform.url, read, { id: customer }, callers.get(caller));
    const query = `query Audit($first: Int, $after: String, $last: Int, $before: String, $filter: AuditLogFilter) {
      auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id at actorRole actorId action targetType targetId operation outcome details } } } }`;
    type AuditPage = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { node: { id: string } }[] };
    const { body: first } = await compare(query, { first: 1 }, admin);
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const filters: (Record<string, unknown> | null)[] = [null, { actorRole: "DEALER" }, { action: "READ_PII", targetType: "Customer" }, { targetId: customer }, { from, to: new Date(Date.now() + 60_000).toISOString() }, { actorId: "agent", from }];
    for (const filter of filters) {
      const label = JSON.stringify(filter);
      const forward: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { body, statements } = await compare(query, { first: 25, after, filter }, admin);
        expect(body.errors, label).toBeUndefined();
        expectOneStatement(statements, `${label} after ${forward.length}`);
        const page = body.data!.auditLog as AuditPage;
        forward.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const { body, statements } = await compare(query, { last: 31, before, filter }, admin);
        expectOneStatement(statements, `${label} before ${backward.length}`);
        const page = body.data!.auditLog as AuditPage;
        backward.unshift(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward, label).toEqual(forward);
      if (filter && "targetId" in filter) expect(forward.length, label).toBeGreaterThanOrEqual(3);
    }
    expect((first.data!.auditLog as AuditPage).totalCount).toBeGreaterThan(25);
    // A bad target id: the resolver's BAD_USER_INPUT naming it, on both paths alike.
    const bad = await compare(query, { first: 5, filter: { targetId: "not-an-id" } }, admin);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(compiledIn(bad.statements)).toBe(false);
    // Everyone else: FORBIDDEN from the resolver, and no statement compiled for them.
    for (const [caller, token] of callers) {
      if (caller === "admin") continue;
      const { body, statements } = await compare(query, { first: 5 }, token);
      expect(body.errors?.[0]?.extensions?.code, caller).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(compiledIn(statements), caller).toBe(false);
    }
  });
});
