import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { churnRisk, rfmGroup } from "../../src/customers/traits.rules.js";
import { rows } from "../../src/db/client.js";
import { customerTraits } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { CustomersCount } from "../operations/customers.js";
import { AuditLog } from "../operations/privacy.js";
import { CategoryMatrixQuery, SupplierSalesReport } from "../operations/supplier-report.js";
import { CustomerCategoryCells, CustomerRuled, CustomersCategoryCells, SetCustomerKind, TraitRulesQuery, UpdateTraitRules } from "../operations/trait-rules.js";
import { makeCategory, makeCustomer, makeOrder, makeOrderLine, makeProduct, makeSupplier } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

const DEFAULTS = {
  recencyDays: [30, 90, 180, 365],
  frequencyOrders: [2, 3, 5, 8],
  monetaryMinor: [50_000, 200_000, 500_000, 1_500_000],
  occasionalOrders: 1,
  regularOrders: 3,
  veryLoyalOrders: 6,
  lapseDays: 365,
  defaultPurchaseIntervalDays: 180,
  recentComplaintDays: 90,
};

describePlatform("configurable trait rules, the kind staff set, and each customer's matrix cells", (platform) => {
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    admin = await platform().token({ role: "ADMIN", sub: "admin.rules" });
    agent = await platform().token({ role: "AGENT", sub: "agent.rules" });
  });

  const ruled = async (customerId: string, token = admin) => (await platform().data(CustomerRuled, { id: toGlobalId("Customer", customerId) }, token)).customer!;
  const update = (input: Record<string, unknown>, token = admin) => platform().gql(UpdateTraitRules, { input }, token);

  it("shows staff the rules in force, the documented defaults, and no one else", async () => {
    const { traitRules } = await platform().data(TraitRulesQuery, {}, agent);
    expect(traitRules).toMatchObject(DEFAULTS);
    const customer = await makeCustomer(platform().database.db);
    const self = await platform().token({ role: "CUSTOMER", sub: "c", customerId: customer.id });
    expect(firstError((await platform().gql(TraitRulesQuery, {}, self)).body).code).toBe("FORBIDDEN");
  });

  it("recomputes every stored stage and tier when an administrator changes the rules, moves the read-time scores with them, and audits the change", async () => {
    const db = platform().database.db;
    const twice = await makeCustomer(db);
    await makeOrder(db, twice.id, { placedAt: daysAgo(200) });
    await makeOrder(db, twice.id, { placedAt: daysAgo(40) });
    const once = await makeCustomer(db);
    await makeOrder(db, once.id, { placedAt: daysAgo(200) });
    expect(await ruled(twice.id)).toMatchObject({ stage: "CUSTOMER", tier: "OCCASIONAL", traits: { recencyScore: 4, frequencyScore: 2, rfmGroup: "PROMISING" } });
    expect(await ruled(once.id)).toMatchObject({ stage: "CUSTOMER", tier: "OCCASIONAL", traits: { recencyScore: 2, churnRisk: 0.22 } });

    const changed = await update({ regularOrders: 2, veryLoyalOrders: 4, recencyDays: [45, 90, 180, 365], lapseDays: 180, defaultPurchaseIntervalDays: 100 });
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data!.updateTraitRules.rules).toMatchObject({ ...DEFAULTS, regularOrders: 2, veryLoyalOrders: 4, recencyDays: [45, 90, 180, 365], lapseDays: 180, defaultPurchaseIntervalDays: 100 });
    expect(changed.body.data!.updateTraitRules.recomputed).toBeGreaterThanOrEqual(3);
    // Stored by the refresh: the tier by the new thresholds, LAPSED after the shorter silence.
    expect(await ruled(twice.id)).toMatchObject({ stage: "CUSTOMER", tier: "REGULAR", traits: { recencyScore: 5 } });
    // Read when read: the assumed interval of a one-order customer (0.6 × 200 / 100 / 3).
    expect(await ruled(once.id)).toMatchObject({ stage: "LAPSED", tier: "OCCASIONAL", traits: { churnRisk: 0.4 } });
    const lapsed = (await platform().data(CustomersCount, { filter: { stage: "LAPSED" } }, admin)).customers.edges.map((e) => e.node.id);
    expect(lapsed).toContain(toGlobalId("Customer", once.id));
    expect(lapsed).not.toContain(toGlobalId("Customer", twice.id));

    const [entry] = (await platform().data(AuditLog, { filter: { action: "TRAIT_RULES_CHANGE" }, first: 5 }, admin)).auditLog.edges.map((e) => e.node);
    expect(entry).toMatchObject({ actorId: "admin.rules", targetType: "TraitRules", operation: "updateTraitRules", outcome: "SUCCESS" });
    expect(entry!.details).toMatchObject({ changed: expect.arrayContaining(["tierOrders", "recencyDays", "lapseDays", "defaultPurchaseIntervalDays"]), after: { lapseDays: 180 }, before: { lapseDays: 365 } });

    // Back to the defaults: the profiles follow at once.
    expect((await update(DEFAULTS)).body.errors).toBeUndefined();
    expect(await ruled(twice.id)).toMatchObject({ tier: "OCCASIONAL", traits: { recencyScore: 4 } });
    expect(await ruled(once.id)).toMatchObject({ stage: "CUSTOMER", traits: { churnRisk: 0.22 } });
  });

  it("refuses bands that do not ascend and thresholds out of order, naming the field, and any role but ADMIN", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ recencyDays: [30, 20, 180, 365] }, "input.recencyDays.1"],
      [{ recencyDays: [30, 90] }, "input.recencyDays"],
      [{ frequencyOrders: [1, 3, 5, 8] }, "input.frequencyOrders.0"],
      [{ monetaryMinor: [100, 100, 200, 300] }, "input.monetaryMinor.1"],
      [{ regularOrders: 7 }, "input.regularOrders"],
      [{ occasionalOrders: 3 }, "input.occasionalOrders"],
      [{ veryLoyalOrders: 2 }, "input.veryLoyalOrders"],
      [{ lapseDays: 0 }, "input.lapseDays"],
    ];
    for (const [input, field] of cases) expect(firstError((await update(input)).body), JSON.stringify(input)).toEqual({ code: "BAD_USER_INPUT", field });
    expect(firstError((await update({ lapseDays: 30 }, agent)).body).code).toBe("FORBIDDEN");
    expect((await platform().data(TraitRulesQuery, {}, admin)).traitRules).toMatchObject(DEFAULTS);
  });

  it("reads the rules once per statement (an InitPlan), however many rows a read covers", async () => {
    const plan = await rows<Record<string, unknown>>(platform().database.db, sql`explain (format json) select ${rfmGroup}, ${churnRisk} from ${customerTraits}`);
    const json = Object.values(plan[0]!)[0];
    const root = (typeof json === "string" ? JSON.parse(json) : json) as { Plan: PlanNode }[];
    type PlanNode = { "Relation Name"?: string; "Parent Relationship"?: string; Plans?: PlanNode[] };
    const reads: boolean[] = [];
    const walk = (node: PlanNode, underInitPlan: boolean) => {
      const init = underInitPlan || node["Parent Relationship"] === "InitPlan";
      if (node["Relation Name"] === "trait_rules") reads.push(init);
      for (const child of node.Plans ?? []) walk(child, init);
    };
    walk(root[0]!.Plan, false);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every(Boolean)).toBe(true);
  });

  it("lets staff set a customer's kind, audited, and no one else", async () => {
    const db = platform().database.db;
    const customer = await makeCustomer(db);
    const id = toGlobalId("Customer", customer.id);
    const set = await platform().data(SetCustomerKind, { input: { customerId: id, kind: "FLEET" } }, agent);
    expect(set.setCustomerKind.customer).toEqual({ id, kind: "FLEET" });
    expect((await ruled(customer.id)).kind).toBe("FLEET");
    const [entry] = (await platform().data(AuditLog, { filter: { action: "KIND_CHANGE", targetId: id }, first: 5 }, admin)).auditLog.edges.map((e) => e.node);
    expect(entry).toMatchObject({ actorId: "agent.rules", operation: "setCustomerKind", details: { from: "PRIVATE", to: "FLEET" } });

    const self = await platform().token({ role: "CUSTOMER", sub: "c", customerId: customer.id });
    const dealer = await platform().token({ role: "DEALER", sub: "d", dealerId: "0190a000-0000-7000-8000-000000000001" });
    for (const token of [self, dealer]) {
      expect(firstError((await platform().gql(SetCustomerKind, { input: { customerId: id, kind: "PRIVATE" } }, token)).body).code).toBe("FORBIDDEN");
    }
    const nobody = toGlobalId("Customer", "0190a000-0000-7000-8000-0000000000ff");
    expect(firstError((await platform().gql(SetCustomerKind, { input: { customerId: nobody, kind: "BUSINESS" } }, agent)).body)).toEqual({ code: "NOT_FOUND", field: "input.customerId" });
    expect((await ruled(customer.id)).kind).toBe("FLEET");
  });

  it("gives each customer their matrix cell per top-level category, as the category matrix counts them, for staff and the customer themself", async () => {
    const db = platform().database.db;
    const top = await makeCategory(db, { name: "Care" });
    const sub = await makeCategory(db, { parentId: top.id, name: "Cleaning" });
    const store = await makeProduct(db, { categoryId: sub.id, brandKind: "STORE" });
    const national = await makeProduct(db, { categoryId: top.id, brandKind: "NATIONAL" });
    // Six buyers spending 1,000 × i: 1–2 store brand only, 3–4 half and half, 5–6 national only.
    const buyers: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const buyer = await makeCustomer(db);
      buyers.push(buyer.id);
      const order = await makeOrder(db, buyer.id, { placedAt: daysAgo(20 + i) });
      const line = (product: typeof store, total: number) => makeOrderLine(db, order.id, { product, quantity: 1, unitPriceMinor: total, totalMinor: total });
      if (i <= 2) await line(store, i * 1_000);
      else if (i <= 4) await Promise.all([line(store, i * 500), line(national, i * 500)]);
      else await line(national, i * 1_000);
    }
    // Outside the 12 months: does not move buyer 1's share.
    await makeOrderLine(db, (await makeOrder(db, buyers[0]!, { placedAt: daysAgo(400) })).id, { product: national, quantity: 1, unitPriceMinor: 90_000, totalMinor: 90_000 });

    const cellsOf = async (customerId: string, token = agent) =>
      (await platform().data(CustomerCategoryCells, { id: toGlobalId("Customer", customerId) }, token)).customer!.traits?.categoryCells;
    const topId = toGlobalId("ProductCategory", top.id);
    expect(await cellsOf(buyers[0]!)).toEqual([{ categoryId: topId, categoryName: "Care", brandPreference: "STORE_BRAND", usage: "LIGHT", storeBrandShare: 1 }]);
    expect(await cellsOf(buyers[2]!)).toEqual([{ categoryId: topId, categoryName: "Care", brandPreference: "MIXED", usage: "MEDIUM", storeBrandShare: 0.5 }]);
    expect(await cellsOf(buyers[5]!)).toEqual([{ categoryId: topId, categoryName: "Care", brandPreference: "NATIONAL_BRAND", usage: "HEAVY", storeBrandShare: 0 }]);

    // The same cells the category matrix counts, read for a page of customers in one go.
    const page = await platform().data(CustomersCategoryCells, { first: 100 }, admin);
    const counted = new Map<string, number>();
    for (const edge of page.customers.edges) {
      for (const c of edge.node.traits?.categoryCells ?? []) if (c.categoryId === topId) counted.set(`${c.brandPreference}/${c.usage}`, (counted.get(`${c.brandPreference}/${c.usage}`) ?? 0) + 1);
    }
    const matrix = (await platform().data(CategoryMatrixQuery, { input: { categoryId: topId } }, admin)).categoryMatrix;
    for (const cell of matrix.cells) expect(counted.get(`${cell.brandPreference}/${cell.usage}`) ?? 0, `${cell.brandPreference}/${cell.usage}`).toBe(cell.customers);
    expect(matrix.buyers).toBe(6);

    const self = await platform().token({ role: "CUSTOMER", sub: "c3", customerId: buyers[2]! });
    expect(await cellsOf(buyers[2]!, self)).toEqual([expect.objectContaining({ brandPreference: "MIXED", usage: "MEDIUM" })]);
    const neverBought = await makeCustomer(db);
    expect(await cellsOf(neverBought.id)).toEqual([]);
  });

  it("groups the sales report by the computed tier, which follows the rules", async () => {
    const db = platform().database.db;
    const supplier = await makeSupplier(db);
    const product = await makeProduct(db, { supplierId: supplier.id });
    // Five customers with three orders each: REGULAR by the default rules, no tier written by hand.
    for (let i = 0; i < 5; i++) {
      const customer = await makeCustomer(db);
      for (let o = 0; o < 3; o++) await makeOrderLine(db, (await makeOrder(db, customer.id, { placedAt: daysAgo(10 + o) })).id, { product });
    }
    const report = async () =>
      (await platform().data(SupplierSalesReport, { filter: { supplierId: toGlobalId("Supplier", supplier.id), groupBy: ["TIER"] } }, admin)).supplierSalesReport.rows.map((r) => [r.tier, r.customerCount]);
    expect(await report()).toEqual([["REGULAR", 5]]);
    expect((await update({ regularOrders: 2, veryLoyalOrders: 3 })).body.errors).toBeUndefined();
    expect(await report()).toEqual([["VERY_LOYAL", 5]]);
    expect((await update(DEFAULTS)).body.errors).toBeUndefined();
  });
});
