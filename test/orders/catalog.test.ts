import { beforeAll, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { ProductBySku, ProductsPage } from "../operations/catalog.js";
import { makeCategory, makeProduct, makeSupplier } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

describePlatform("catalog", (platform) => {
  let supplier: { id: string };
  let parts: { id: string };
  let brakes: { id: string };

  beforeAll(async () => {
    const db = platform().database.db;
    supplier = await makeSupplier(db, { name: "Bosch" });
    const other = await makeSupplier(db, { name: "Denso" });
    parts = await makeCategory(db, { name: "Parts" });
    brakes = await makeCategory(db, { name: "Brakes", parentId: parts.id });
    const cleaning = await makeCategory(db, { name: "Cleaning" });
    await makeProduct(db, { sku: "BRK-1", name: "Brake pads", priceMinor: 48900, categoryId: brakes.id, supplierId: supplier.id });
    await makeProduct(db, { sku: "PRT-1", name: "Oil filter", priceMinor: 6900, categoryId: parts.id, supplierId: supplier.id, brandKind: "STORE", brand: "Meridian Select" });
    await makeProduct(db, { sku: "CLN-1", name: "Car wax", priceMinor: 12900, categoryId: cleaning.id, supplierId: other.id });
    await makeProduct(db, { sku: "OLD-1", name: "Withdrawn pads", priceMinor: 100, categoryId: brakes.id, supplierId: supplier.id, active: false });
  });

  it("is public: anonymous callers see products on sale, with category and supplier", async () => {
    const data = await platform().data(ProductsPage, { first: 10 });
    expect(data.products.totalCount).toBe(3);
    const pads = data.products.edges.find((e) => e.node.sku === "BRK-1")!.node;
    expect(pads).toMatchObject({ price: { amountMinor: 48900, currency: "CNY" }, category: { name: "Brakes", parent: { name: "Parts" } }, supplier: { name: "Bosch" } });
  });

  it("shows withdrawn products to staff and to their own supplier only", async () => {
    const staff = await platform().data(ProductsPage, { first: 10 }, await platform().token({ role: "AGENT", sub: "a" }));
    expect(staff.products.totalCount).toBe(4);
    const own = await platform().data(ProductsPage, { first: 10 }, await platform().token({ role: "SUPPLIER", sub: "s", supplierId: supplier.id }));
    expect(own.products.edges.map((e) => e.node.sku)).toContain("OLD-1");
    const customer = await platform().data(ProductsPage, { first: 10 }, await platform().token({ role: "CUSTOMER", sub: "c", customerId: supplier.id }));
    expect(customer.products.edges.map((e) => e.node.sku)).not.toContain("OLD-1");
  });

  it("filters by category including sub-categories, brand kind, supplier, price and text", async () => {
    const skus = async (filter: object) =>
      (await platform().data(ProductsPage, { first: 10, filter })).products.edges.map((e) => e.node.sku).sort();
    expect(await skus({ categoryId: toGlobalId("ProductCategory", parts.id) })).toEqual(["BRK-1", "PRT-1"]);
    expect(await skus({ categoryId: toGlobalId("ProductCategory", brakes.id) })).toEqual(["BRK-1"]);
    expect(await skus({ brandKind: "STORE" })).toEqual(["PRT-1"]);
    expect(await skus({ supplierId: toGlobalId("Supplier", supplier.id) })).toEqual(["BRK-1", "PRT-1"]);
    expect(await skus({ minPriceMinor: 10000, maxPriceMinor: 50000 })).toEqual(["BRK-1", "CLN-1"]);
    expect(await skus({ search: "wax" })).toEqual(["CLN-1"]);
    expect(await skus({ search: "100%" })).toEqual([]);
  });

  it("sorts by price in both directions and pages with the same order", async () => {
    const asc = await platform().data(ProductsPage, { first: 2, orderBy: { field: "PRICE", direction: "ASC" } });
    expect(asc.products.edges.map((e) => e.node.sku)).toEqual(["PRT-1", "CLN-1"]);
    const rest = await platform().data(ProductsPage, { first: 2, after: asc.products.pageInfo.endCursor, orderBy: { field: "PRICE", direction: "ASC" } });
    expect(rest.products.edges.map((e) => e.node.sku)).toEqual(["BRK-1"]);
    expect(rest.products.pageInfo.hasNextPage).toBe(false);
    const desc = await platform().data(ProductsPage, { first: 1, orderBy: { field: "PRICE", direction: "DESC" } });
    expect(desc.products.edges[0]!.node.sku).toBe("BRK-1");
  });

  it("finds a product by SKU and answers NOT_FOUND for one the caller may not see", async () => {
    expect((await platform().data(ProductBySku, { sku: "BRK-1" })).product?.name).toBe("Brake pads");
    const hidden = await platform().gql(ProductBySku, { sku: "OLD-1" });
    expect(firstError(hidden.body)).toEqual({ code: "NOT_FOUND", field: "sku" });
  });

  it("rejects bad filter values naming the field", async () => {
    const badCategory = await platform().gql(ProductsPage, { filter: { categoryId: toGlobalId("Supplier", supplier.id) } });
    expect(firstError(badCategory.body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.categoryId" });
    const negative = await platform().gql(ProductsPage, { filter: { minPriceMinor: -5 } });
    expect(firstError(negative.body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.minPriceMinor" });
  });
});
