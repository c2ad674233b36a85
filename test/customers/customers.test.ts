import type { ResultOf } from "@graphql-typed-document-node/core";
import { beforeAll, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { customers } from "../../src/db/schema/index.js";
import { eq } from "drizzle-orm";
import { CustomerById, CustomersCount, CustomersPage } from "../operations/customers.js";
import { linkSourceRecord, makeCase, makeCustomer, makeDealer, makeOrder, makeVehicle } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

describePlatform("customers", (platform) => {
  let admin: string;
  let dealerA: { id: string };
  let dealerB: { id: string };
  const names: string[] = [];
  let alice: { id: string };
  let bob: { id: string };

  beforeAll(async () => {
    const { database } = platform();
    const db = database.db;
    admin = await platform().token({ role: "ADMIN", sub: "admin" });
    dealerA = await makeDealer(db, { city: "Shanghai" });
    dealerB = await makeDealer(db, { city: "Beijing" });
    alice = await makeCustomer(db, { displayName: "Alice Wang", email: "Alice.Wang@Example.com", phone: "+8613800000001", city: "Shanghai", dealerIds: [dealerA.id], kind: "PRIVATE", stage: "OWNER", tier: "VERY_LOYAL" });
    bob = await makeCustomer(db, { displayName: "Bob Li", email: "bob@example.com", phone: "+8613900000002", city: "Beijing", dealerIds: [dealerB.id], kind: "FLEET", stage: "CUSTOMER" });
    names.push("Alice Wang", "Bob Li");
    for (let i = 0; i < 23; i++) {
      const c = await makeCustomer(db, { displayName: `Zed ${String(i).padStart(2, "0")}`, dealerIds: i % 2 ? [dealerA.id] : [] });
      names.push(c.displayName);
    }
    // Stage and tier follow the history (rules in src/customers/README.md): Alice owns a car she
    // bought last month and has ordered six times, so she is an OWNER and VERY_LOYAL.
    await makeVehicle(db, alice.id, { vin: "1M8GDM9AXKP042788" }, { startedOn: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) });
    for (let i = 1; i <= 6; i++) await makeOrder(db, alice.id, { placedAt: new Date(Date.now() - i * 7 * 86_400_000) });
    await linkSourceRecord(db, bob.id, "dealer-bj-01", "BJ-778899");
    await makeCase(db, bob.id, { status: "OPEN" });
  });

  it("pages forward and backward with keyset cursors, every customer exactly once", async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const data: ResultOf<typeof CustomersPage> = await platform().data(CustomersPage, { first: 10, after, orderBy: { field: "DISPLAY_NAME", direction: "ASC" } }, admin);
      pages++;
      seen.push(...data.customers.edges.map((e) => e.node.displayName));
      expect(data.customers.totalCount).toBe(names.length);
      expect(data.customers.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data.customers.pageInfo.hasNextPage) break;
      after = data.customers.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].sort());

    const lastPage = await platform().data(CustomersPage, { last: 5, orderBy: { field: "DISPLAY_NAME", direction: "ASC" } }, admin);
    expect(lastPage.customers.edges.map((e) => e.node.displayName)).toEqual([...names].sort().slice(-5));
    const before = await platform().data(
      CustomersPage,
      { last: 5, before: lastPage.customers.pageInfo.startCursor, orderBy: { field: "DISPLAY_NAME", direction: "ASC" } },
      admin,
    );
    expect(before.customers.edges.map((e) => e.node.displayName)).toEqual([...names].sort().slice(-10, -5));
    expect(before.customers.pageInfo.hasPreviousPage).toBe(true);
    expect(before.customers.pageInfo.hasNextPage).toBe(true);
  });

  it("pages by creation time, stamped by the database, without skipping or repeating a customer", async () => {
    // created_at comes from the database's now(): the cursor must carry it exactly as stored.
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const data: ResultOf<typeof CustomersPage> = await platform().data(CustomersPage, { first: 4, after, orderBy: { field: "CREATED_AT", direction: "ASC" } }, admin);
      seen.push(...data.customers.edges.map((e) => e.node.displayName));
      if (!data.customers.pageInfo.hasNextPage) break;
      after = data.customers.pageInfo.endCursor;
    }
    expect([...seen].sort()).toEqual([...names].sort());
  });

  it("lists newest first by default", async () => {
    const data = await platform().data(CustomersPage, { first: 100 }, admin);
    const times = data.customers.edges.map((e) => Date.parse(e.node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each([
    [{ search: "alice.wang@example" }, ["Alice Wang"]],
    [{ search: "139 0000 0002" }, ["Bob Li"]],
    [{ search: "1m8gdm9axkp042788" }, ["Alice Wang"]],
    [{ search: "BJ-778899" }, ["Bob Li"]],
    [{ search: "wang" }, ["Alice Wang"]],
    [{ kind: "FLEET" }, ["Bob Li"]],
    [{ stage: "OWNER" }, ["Alice Wang"]],
    [{ tier: "VERY_LOYAL" }, ["Alice Wang"]],
    [{ city: "Beijing" }, ["Bob Li"]],
    [{ hasOpenCase: true }, ["Bob Li"]],
  ] as const)("filters by %j", async (filter, expected) => {
    const data = await platform().data(CustomersCount, { filter }, admin);
    expect(data.customers.edges.map((e) => e.node.displayName)).toEqual(expected);
    expect(data.customers.totalCount).toBe(expected.length);
  });

  it("filters by dealer and by creation period", async () => {
    const byDealer = await platform().data(CustomersCount, { filter: { dealerId: toGlobalId("Dealer", dealerB.id) } }, admin);
    expect(byDealer.customers.edges.map((e) => e.node.displayName)).toEqual(["Bob Li"]);
    const future = await platform().data(CustomersCount, { filter: { createdAfter: new Date(Date.now() + 60_000).toISOString() } }, admin);
    expect(future.customers.totalCount).toBe(0);
    const notOpen = await platform().data(CustomersCount, { filter: { hasOpenCase: false } }, admin);
    expect(notOpen.customers.totalCount).toBe(names.length - 1);
  });

  it("scopes the list per role: a dealer sees its own customers, a customer themself, others nobody", async () => {
    const tokenA = await platform().token({ role: "DEALER", sub: "a", dealerId: dealerA.id });
    const dealerView = await platform().data(CustomersCount, {}, tokenA);
    expect(dealerView.customers.totalCount).toBe(1 + 11);
    expect(dealerView.customers.edges.map((e) => e.node.displayName)).not.toContain("Bob Li");

    const self = await platform().data(CustomersCount, {}, await platform().token({ role: "CUSTOMER", sub: "bob", customerId: bob.id }));
    expect(self.customers.edges.map((e) => e.node.displayName)).toEqual(["Bob Li"]);

    for (const token of [
      await platform().token({ role: "SUPPLIER", sub: "s", supplierId: dealerA.id }),
      await platform().token({ role: "COURIER", sub: "c", carrierId: dealerA.id }),
      undefined,
    ]) {
      const view = await platform().data(CustomersCount, {}, token);
      expect(view.customers.totalCount).toBe(0);
      expect(view.customers.edges).toEqual([]);
    }
  });

  it("reads one customer with contacts, and answers NOT_FOUND outside the caller's scope", async () => {
    const id = toGlobalId("Customer", alice.id);
    const data = await platform().data(CustomerById, { id }, admin);
    expect(data.customer).toMatchObject({
      displayName: "Alice Wang",
      emails: [{ address: "Alice.Wang@Example.com", isPrimary: true }],
      phones: [{ e164: "+8613800000001" }],
      addresses: [{ city: "Shanghai", isDefaultDelivery: true }],
    });
    const tokenB = await platform().token({ role: "DEALER", sub: "b", dealerId: dealerB.id });
    const denied = await platform().gql(CustomerById, { id }, tokenB);
    expect(denied.body.data?.customer).toBeNull();
    expect(firstError(denied.body)).toEqual({ code: "NOT_FOUND", field: "id" });
    const missing = await platform().gql(CustomerById, { id: toGlobalId("Customer", "00000000-0000-7000-8000-000000000000") }, admin);
    expect(firstError(missing.body)).toEqual({ code: "NOT_FOUND", field: "id" });
  });

  it("resolves a merged-away id to the survivor and leaves it out of lists", async () => {
    const db = platform().database.db;
    const ghost = await makeCustomer(db, { displayName: "Alice W. (duplicate)" });
    await db.update(customers).set({ mergedIntoId: alice.id }).where(eq(customers.id, ghost.id));
    const data = await platform().data(CustomerById, { id: toGlobalId("Customer", ghost.id) }, admin);
    expect(data.customer?.id).toBe(toGlobalId("Customer", alice.id));
    const list = await platform().data(CustomersCount, { filter: { search: "duplicate" } }, admin);
    expect(list.customers.totalCount).toBe(0);
    const tokenB = await platform().token({ role: "DEALER", sub: "b", dealerId: dealerB.id });
    const denied = await platform().gql(CustomerById, { id: toGlobalId("Customer", ghost.id) }, tokenB);
    expect(firstError(denied.body).code).toBe("NOT_FOUND");
  });

  it.each([
    [{ first: 101 }, "first"],
    [{ first: -1 }, "first"],
    [{ last: 101 }, "last"],
    [{ first: 5, last: 5 }, "last"],
    [{ after: "not-a-cursor" }, "after"],
    [{ first: 5, before: "x" }, "before"],
  ] as const)("rejects bad paging %j naming the argument", async (args, field) => {
    const { status, body } = await platform().gql(CustomersPage, args, admin);
    expect(status).toBe(200);
    expect(firstError(body)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(body.data?.customers ?? null).toBeNull();
  });

  it("rejects a cursor of another ordering and an id of another type", async () => {
    const page = await platform().data(CustomersPage, { first: 1 }, admin);
    const cursor = page.customers.pageInfo.endCursor!;
    const wrongOrder = await platform().gql(CustomersPage, { first: 1, after: cursor, orderBy: { field: "DISPLAY_NAME", direction: "ASC" } }, admin);
    expect(firstError(wrongOrder.body)).toEqual({ code: "BAD_USER_INPUT", field: "after" });
    const wrongType = await platform().gql(CustomerById, { id: toGlobalId("Dealer", dealerA.id) }, admin);
    expect(firstError(wrongType.body)).toEqual({ code: "BAD_USER_INPUT", field: "id" });
    const wrongDealer = await platform().gql(CustomersCount, { filter: { dealerId: "nope" } }, admin);
    expect(firstError(wrongDealer.body)).toEqual({ code: "BAD_USER_INPUT", field: "filter.dealerId" });
  });
});
