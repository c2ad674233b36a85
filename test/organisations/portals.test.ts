import { beforeAll, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { print } from "graphql";
import * as s from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { DealerPortal, DealerPortals, ProductOrders, ProductsWithOrders } from "../operations/portals.js";
import { makeCarrier, makeCase, makeCustomer, makeDealer, makeOrder, makeProduct, makeVehicle } from "../support/factories.js";
import { post, startResolversOnlyServer } from "../support/compiled-comparison.js";
import { describePlatform } from "../support/suite.js";

/** The reverse sides of the portals: a dealer's customers, vehicles, orders and cases; a product's orders. */
describePlatform("dealer and product reverse connections", (platform) => {
  const ids = {} as Record<"dealerA" | "dealerB" | "c1" | "c2" | "c3" | "supplier", string>;
  const byName = (conn: { edges: { node: { displayName: string } }[] }) => conn.edges.map((e) => e.node.displayName).sort();
  const numbers = (conn: { edges: { node: { number: string } }[] }) => conn.edges.map((e) => e.node.number).sort();
  const vins = (conn: { edges: { node: { vin: string } }[] }) => conn.edges.map((e) => e.node.vin);
  let vehicle = {} as Record<"soldByA" | "soldByAServicedAtB" | "soldByB", string>;
  let sku = "";

  beforeAll(async () => {
    const db = platform().database.db;
    await makeCarrier(db);
    const a = await makeDealer(db, { code: "PORTAL-A", name: "Portal A" });
    const b = await makeDealer(db, { code: "PORTAL-B", name: "Portal B" });
    const c1 = await makeCustomer(db, { displayName: "Ada", dealerIds: [a.id] });
    // A second basis for the same pair must not list the customer twice.
    await db.insert(s.dealerRelationships).values({ dealerId: a.id, customerId: c1.id, basis: "SALE" });
    const c2 = await makeCustomer(db, { displayName: "Bo", dealerIds: [a.id, b.id] });
    const c3 = await makeCustomer(db, { displayName: "Cy", dealerIds: [b.id] });
    // Merged away: reachable by id, never listed.
    await makeCustomer(db, { displayName: "Ada (duplicate)", dealerIds: [a.id], mergedIntoId: c1.id });
    Object.assign(ids, { dealerA: a.id, dealerB: b.id, c1: c1.id, c2: c2.id, c3: c3.id });

    const sold = async (ownerId: string, dealerId: string) => {
      const v = await makeVehicle(db, ownerId);
      await db.update(s.vehicleOwnerships).set({ sellingDealerId: dealerId }).where(eq(s.vehicleOwnerships.vehicleId, v.id));
      return v;
    };
    const v1 = await sold(c1.id, a.id);
    const v2 = await sold(c2.id, a.id);
    // Serviced twice at B and once at A (which sold it): once in each list.
    for (const dealerId of [b.id, b.id, a.id]) {
      await db.insert(s.serviceRecords).values({ vehicleId: v2.id, customerId: c2.id, dealerId, kind: "MAINTENANCE", mileageKm: 1000, performedAt: new Date() });
    }
    const v3 = await sold(c3.id, b.id);
    vehicle = { soldByA: v1.vin, soldByAServicedAtB: v2.vin, soldByB: v3.vin };

    const product = await makeProduct(db, { sku: `PORTAL-P-${Date.now()}` });
    sku = product.sku;
    ids.supplier = product.supplierId;
    const other = await makeProduct(db);
    const line = (orderId: string, productId: string) => ({ orderId, productId, sku: "x", name: "x", quantity: 1, unitPriceMinor: 100, totalMinor: 100 });
    const o1 = await makeOrder(db, c1.id, { number: "PO-1", dealerId: a.id, channel: "DEALER" });
    const o2 = await makeOrder(db, c2.id, { number: "PO-2", dealerId: b.id, channel: "DEALER" });
    const o3 = await makeOrder(db, c2.id, { number: "PO-3" });
    const o4 = await makeOrder(db, c3.id, { number: "PO-4", dealerId: b.id, channel: "DEALER" });
    // PO-3 holds the product on two lines and is still one order.
    await db.insert(s.orderLines).values([line(o1.id, product.id), line(o2.id, product.id), line(o3.id, product.id), line(o3.id, product.id), line(o4.id, other.id)]);

    await makeCase(db, c1.id, { number: "PC-1", againstDealerId: a.id });
    await makeCase(db, c2.id, { number: "PC-2", againstDealerId: b.id });
    await makeCase(db, c2.id, { number: "PC-3" });
  });

  const portal = async (dealer: string, token: string | undefined, first = 10) => {
    const data = await platform().data(DealerPortal, { id: toGlobalId("Dealer", dealer), first }, token);
    if (data.node && "customers" in data.node) return data.node;
    throw new Error("not a dealer");
  };

  it("shows staff any dealership's customers, vehicles, orders and cases, each once", async () => {
    for (const role of ["ADMIN", "AGENT"] as const) {
      const token = await platform().token({ role, sub: "staff" });
      const a = await portal(ids.dealerA, token);
      expect(byName(a.customers)).toEqual(["Ada", "Bo"]);
      expect(a.customers.totalCount).toBe(2);
      expect(vins(a.vehicles)).toEqual([vehicle.soldByA, vehicle.soldByAServicedAtB].sort());
      expect(a.vehicles.totalCount).toBe(2);
      expect(numbers(a.orders)).toEqual(["PO-1"]);
      expect(numbers(a.cases)).toEqual(["PC-1"]);
      const b = await portal(ids.dealerB, token);
      expect(byName(b.customers)).toEqual(["Bo", "Cy"]);
      expect(vins(b.vehicles)).toEqual([vehicle.soldByAServicedAtB, vehicle.soldByB].sort());
      expect(numbers(b.orders)).toEqual(["PO-2", "PO-4"]);
      expect(b.orders.totalCount).toBe(2);
      expect(numbers(b.cases)).toEqual(["PC-2"]);
    }
  });

  it("pages through a dealership's customers with cursors", async () => {
    const token = await platform().token({ role: "ADMIN", sub: "staff" });
    const first = await platform().data(DealerPortal, { id: toGlobalId("Dealer", ids.dealerA), first: 1 }, token);
    const page1 = first.node && "customers" in first.node ? first.node.customers : undefined;
    expect(page1?.pageInfo.hasNextPage).toBe(true);
    const next = await platform().data(DealerPortal, { id: toGlobalId("Dealer", ids.dealerA), first: 1, after: page1!.pageInfo.endCursor }, token);
    const page2 = next.node && "customers" in next.node ? next.node.customers : undefined;
    expect(page2?.pageInfo.hasNextPage).toBe(false);
    expect([...byName(page1!), ...byName(page2!)].sort()).toEqual(["Ada", "Bo"]);
  });

  it("shows a dealer its own lists and nothing of another dealership's", async () => {
    const token = await platform().token({ role: "DEALER", sub: "d", dealerId: ids.dealerA });
    const own = await portal(ids.dealerA, token);
    expect(byName(own.customers)).toEqual(["Ada", "Bo"]);
    expect(vins(own.vehicles)).toEqual([vehicle.soldByA, vehicle.soldByAServicedAtB].sort());
    expect(numbers(own.orders)).toEqual(["PO-1"]);
    expect(numbers(own.cases)).toEqual(["PC-1"]);
    // Bo and the serviced car are shared with B, yet B's lists stay closed to A.
    const other = await portal(ids.dealerB, token);
    expect(other.code).toBe("PORTAL-B");
    for (const list of [other.customers, other.vehicles, other.orders, other.cases]) {
      expect(list.edges).toEqual([]);
      expect(list.totalCount).toBe(0);
    }
  });

  it("answers a whole page of dealers with their four lists in one statement", async () => {
    const token = await platform().token({ role: "ADMIN", sub: "staff" });
    const statements: string[] = [];
    const stop = platform().database.queries.listen((query) => statements.push(query));
    let data;
    try {
      data = await platform().data(DealerPortals, { first: 1 }, token);
    } finally {
      stop();
    }
    const dealers = new Map(data.dealers.edges.map((e) => [e.node.code, e.node]));
    expect(dealers.get("PORTAL-A")!.customers).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(dealers.get("PORTAL-B")!.orders.totalCount).toBe(2);
    expect(dealers.get("PORTAL-B")!.vehicles.totalCount).toBe(2);
    expect(dealers.get("PORTAL-A")!.cases.edges.map((e) => e.node.number)).toEqual(["PC-1"]);
    // The compiled read path: the page, each dealer's four lists and their counts in one statement
    // (the loaders' one statement per list is what answers with COMPILED_READS=false).
    expect(statements).toHaveLength(1);
    for (const table of ['"dealer_customers"', '"dealer_vehicles"', '"orders"', '"cases"']) expect(statements[0]).toContain(table);
  });

  it("on the resolver path, loads the lists of a whole page of dealers in one statement per list", async () => {
    const resolvers = await startResolversOnlyServer(platform());
    const statements: string[] = [];
    const stop = platform().database.queries.listen((query) => statements.push(query));
    let body;
    try {
      body = await post(resolvers.url, print(DealerPortals), { first: 1 }, await platform().token({ role: "ADMIN", sub: "staff" }));
    } finally {
      stop();
      await resolvers.close();
    }
    expect(body.errors).toBeUndefined();
    expect(statements.filter((q) => q.includes('"dealer_customers"') && q.includes("row_number"))).toHaveLength(1);
    expect(statements.filter((q) => q.includes('"dealer_vehicles"') && q.includes("row_number"))).toHaveLength(1);
    expect(statements.filter((q) => q.includes('from "orders"') && q.includes("row_number"))).toHaveLength(1);
    expect(statements.filter((q) => q.includes('from "cases"') && q.includes("row_number"))).toHaveLength(1);
  });

  it("lists a product's orders once each, scoped by the order policy", async () => {
    const orders = async (token?: string) => (await platform().data(ProductOrders, { sku, first: 10 }, token)).product!.orders;
    const admin = await orders(await platform().token({ role: "ADMIN", sub: "a" }));
    expect(numbers(admin)).toEqual(["PO-1", "PO-2", "PO-3"]);
    expect(admin.totalCount).toBe(3);
    expect(numbers(await orders(await platform().token({ role: "CUSTOMER", sub: "c", customerId: ids.c2 })))).toEqual(["PO-2", "PO-3"]);
    expect(numbers(await orders(await platform().token({ role: "DEALER", sub: "d", dealerId: ids.dealerA })))).toEqual(["PO-1"]);
    // Its supplier gets de-identified figures elsewhere, never the orders.
    const supplier = await orders(await platform().token({ role: "SUPPLIER", sub: "s", supplierId: ids.supplier }));
    expect(supplier).toEqual({ totalCount: 0, edges: [] });
    expect(await orders()).toEqual({ totalCount: 0, edges: [] });
  });

  it("batches the orders of a page of products and pages each one", async () => {
    const token = await platform().token({ role: "ADMIN", sub: "a" });
    const data = await platform().data(ProductsWithOrders, { search: "PORTAL-P" }, token);
    expect(data.products.edges).toHaveLength(1);
    const orders = data.products.edges[0]!.node.orders;
    expect(orders).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(orders.edges).toHaveLength(1);
  });
});
