import { beforeAll, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { Directory, NodeById, NodesByIds } from "../operations/organisations.js";
import { makeCarrier, makeCustomer, makeDealer, makeProduct, makeSupplier } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

describePlatform("organisations and node lookup", (platform) => {
  let dealer: { id: string };
  let customer: { id: string };
  let product: { id: string; sku: string };

  beforeAll(async () => {
    const db = platform().database.db;
    dealer = await makeDealer(db, { code: "SH-01", name: "Meridian Shanghai", city: "Shanghai", sells: true, repairs: true });
    await makeDealer(db, { code: "SH-02", name: "Meridian Service Minhang", city: "Shanghai", sells: false, repairs: true });
    await makeDealer(db, { code: "BJ-02", name: "Meridian Beijing Haidian", city: "Beijing", sells: true, repairs: false });
    await makeSupplier(db, { code: "BOSCH", name: "Bosch" });
    await makeCarrier(db, { code: "SF", name: "SF Express" });
    customer = await makeCustomer(db, { displayName: "Wang Wei", dealerIds: [dealer.id] });
    product = await makeProduct(db, { sku: "NODE-1" });
  });

  it("lists dealers, suppliers and carriers by name, with dealer filters", async () => {
    const all = await platform().data(Directory, { first: 10 });
    expect(all.dealers.edges.map((e) => e.node.name)).toEqual(["Meridian Beijing Haidian", "Meridian Service Minhang", "Meridian Shanghai"]);
    expect(all.carriers.edges.map((e) => e.node.name)).toContain("SF Express");
    expect(all.suppliers.totalCount).toBeGreaterThanOrEqual(1);
    const repairInShanghai = await platform().data(Directory, { dealerFilter: { city: "Shanghai", capability: "REPAIR" } });
    expect(repairInShanghai.dealers.edges.map((e) => e.node.code)).toEqual(["SH-02", "SH-01"]);
    const sales = await platform().data(Directory, { dealerFilter: { capability: "SALES", search: "haidian" } });
    expect(sales.dealers.edges.map((e) => e.node.code)).toEqual(["BJ-02"]);
  });

  it("fetches any object by global id, scoped like its own query", async () => {
    const admin = await platform().token({ role: "ADMIN", sub: "a" });
    const byId = await platform().data(NodeById, { id: toGlobalId("Customer", customer.id) }, admin);
    expect(byId.node).toMatchObject({ __typename: "Customer", displayName: "Wang Wei" });
    const dealerNode = await platform().data(NodeById, { id: toGlobalId("Dealer", dealer.id) });
    expect(dealerNode.node).toMatchObject({ __typename: "Dealer", code: "SH-01" });

    const anonymous = await platform().gql(NodeById, { id: toGlobalId("Customer", customer.id) });
    expect(firstError(anonymous.body)).toEqual({ code: "NOT_FOUND", field: "id" });

    const many = await platform().data(NodesByIds, { ids: [toGlobalId("Product", product.id), toGlobalId("Customer", customer.id)] });
    expect(many.nodes).toEqual([{ __typename: "Product", id: toGlobalId("Product", product.id) }, null]);
  });

  it("rejects malformed ids and oversized id lists", async () => {
    const bad = await platform().gql(NodeById, { id: "garbage" });
    expect(firstError(bad.body)).toEqual({ code: "BAD_USER_INPUT", field: "id" });
    const badItem = await platform().gql(NodesByIds, { ids: [toGlobalId("Product", product.id), "x"] });
    expect(firstError(badItem.body)).toEqual({ code: "BAD_USER_INPUT", field: "ids.1" });
    const tooMany = await platform().gql(NodesByIds, { ids: Array.from({ length: 101 }, () => toGlobalId("Product", product.id)) });
    expect(firstError(tooMany.body)).toEqual({ code: "BAD_USER_INPUT", field: "ids" });
  });
});
