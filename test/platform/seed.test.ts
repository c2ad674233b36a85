import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shownStage } from "../../src/customers/traits.rules.js";
import { customers } from "../../src/db/schema/index.js";
import { TABLE_ORDER } from "../../src/seed/context.js";
import { demoPrincipals } from "../../src/seed/demo-principals.js";
import { generateWorld, seedDatabase } from "../../src/seed/index.js";
import { vinProblem } from "../../src/validation/vin.js";
import { CategoryMatrixQuery } from "../operations/supplier-report.js";
import { DemoCheck, DemoIntelligence, DemoRfmGroup } from "../operations/seed.js";
import { describePlatform } from "../support/suite.js";
import { DueSoonQuery } from "../operations/predictions.js";

const now = new Date("2026-06-01T12:00:00Z");

describe("the demo-data generator", () => {
  it("is deterministic: the same seed and date give the same world, another seed another one", () => {
    const a = generateWorld({ customers: 40, seed: 7, now });
    const b = generateWorld({ customers: 40, seed: 7, now });
    const c = generateWorld({ customers: 40, seed: 8, now });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.customers)).not.toBe(JSON.stringify(c.customers));
  });

  it("builds one connected, realistic world", () => {
    const world = generateWorld({ customers: 150, seed: 7, now });
    for (const [name] of TABLE_ORDER) expect(world[name].length, name).toBeGreaterThan(0);
    expect(new Set(world.customers.map((c) => c.kind))).toEqual(new Set(["PRIVATE", "BUSINESS", "FLEET", "GOVERNMENT"]));
    // Stage and tier are the database's rules' to set from the history; the generator marks only leads.
    expect(new Set(world.customers.map((c) => c.stage))).toEqual(new Set(["PROSPECT", "LEAD"]));
    expect(world.customers.every((c) => !c.tier)).toBe(true);
    expect(world.vehicles.every((v) => vinProblem(v.vin) === null)).toBe(true);
    expect(new Set(world.products.map((p) => p.brandKind))).toEqual(new Set(["NATIONAL", "STORE"]));
    // Split orders: some order has shipments with different tracking numbers.
    const shipmentsPerOrder = new Map<string, number>();
    for (const s of world.shipments) shipmentsPerOrder.set(s.orderId, (shipmentsPerOrder.get(s.orderId) ?? 0) + 1);
    expect(Math.max(...shipmentsPerOrder.values())).toBeGreaterThan(1);
    // The same person in several sources, with slightly different data.
    const linksPerCustomer = new Map<string, number>();
    for (const l of world.identityLinks) linksPerCustomer.set(l.customerId, (linksPerCustomer.get(l.customerId) ?? 0) + 1);
    expect(Math.max(...linksPerCustomer.values())).toBe(3);
    expect(new Set(world.sourceRecords.map((r) => r.source.split("-")[0]))).toEqual(new Set(["webshop", "hotline", "dealer"]));
    // Tracking events are numbered per shipment from 1 in time order.
    const events = world.trackingEvents.filter((e) => e.shipmentId === world.shipments[0]!.id);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(world.cases.some((c) => c.againstDealerId)).toBe(true);
  });

  it("shows the order, return, service and review workflows: work waiting for staff, and numbers in the live format", () => {
    const world = generateWorld({ customers: 200, seed: 7, now });
    // Pending orders to confirm, some with a product still on order, so confirming splits them.
    const onOrder = new Set(world.products.filter((p) => p.availableFrom && p.availableFrom > now).map((p) => p.id));
    const pending = new Set(world.orders.filter((o) => o.status === "PENDING").map((o) => o.id));
    expect(pending.size).toBeGreaterThan(0);
    expect(world.orderLines.some((l) => pending.has(l.orderId) && onOrder.has(l.productId))).toBe(true);
    // Returns in progress, each with its pick-up booked; closed ones refunded.
    const open = world.returns.filter((r) => r.status === "OPEN");
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) expect(world.shipments.filter((s) => s.returnId === r.id && s.kind === "RETURN_PICKUP")).toHaveLength(1);
    for (const r of world.returns.filter((r) => r.status === "CLOSED")) expect(world.refunds.some((f) => f.returnId === r.id)).toBe(true);
    // Booked visits, never more at one time than the station has bays.
    const bays = new Map(world.dealers.map((d) => [d.id, d.serviceBays!]));
    const perSlot = new Map<string, number>();
    for (const a of world.serviceAppointments) perSlot.set(`${a.dealerId}/${a.scheduledAt.getTime()}`, (perSlot.get(`${a.dealerId}/${a.scheduledAt.getTime()}`) ?? 0) + 1);
    expect(world.serviceAppointments.filter((a) => a.status === "BOOKED").length).toBeGreaterThan(0);
    for (const [slot, n] of perSlot) expect(n).toBeLessThanOrEqual(bays.get(slot.split("/")[0]!)!);
    // Moderated reviews, with the reason.
    expect(world.reviews.some((r) => r.hiddenAt && r.moderationNote)).toBe(true);
    expect(world.orders.every((o) => /^MO-\d{8}-[0-9A-F]{8}$/.test(o.number))).toBe(true);
    expect(new Set(world.orders.map((o) => o.number)).size).toBe(world.orders.length);
    expect(world.cases.every((c) => /^CS-\d{6}-[0-9A-F]{6}$/.test(c.number))).toBe(true);
  });
});

describe("the README tour's dealer history file (demo/dealer-xa-01-orders.csv)", () => {
  it("names XA-01's customers of the default demo world by their ids in its system, one buyer not known yet, and catalog SKUs", () => {
    const world = generateWorld({ customers: 200, seed: 7, now });
    const [header, ...rows] = readFileSync("demo/dealer-xa-01-orders.csv", "utf8").trim().split("\n").map((line) => line.split(","));
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!);
    const known = new Set(world.sourceRecords.filter((r) => r.source === "dealer-xa-01").map((r) => r.sourceId));
    expect(new Set(column("customer_id").filter((id) => !known.has(id)))).toEqual(new Set(["DEA-100899"]));
    const skus = new Set(world.products.map((p) => p.sku));
    expect(column("sku").filter((sku) => sku && !skus.has(sku))).toEqual([]);
  });
});

describePlatform("a seeded database", (platform) => {
  it("is written in one go and every demo principal sees data at once", async () => {
    const { db } = platform().database;
    const counts = await seedDatabase(db, { customers: 60, seed: 3, now });
    expect(counts.customers).toBe(60);
    // The rules gave every stage and tier from the history the seed wrote.
    const ruled = await db.selectDistinct({ stage: shownStage, tier: customers.tier }).from(customers);
    expect(new Set(ruled.map((r) => r.stage))).toEqual(new Set(["PROSPECT", "LEAD", "CUSTOMER", "OWNER", "LAPSED"]));
    expect(new Set(ruled.map((r) => r.tier))).toEqual(new Set([null, "OCCASIONAL", "REGULAR", "VERY_LOYAL"]));
    const demos = await demoPrincipals(db);
    expect(demos.map((d) => d.claims.role)).toEqual(["ADMIN", "AGENT", "DEALER", "SUPPLIER", "CUSTOMER", "COURIER"]);
    const admin = await platform().data(DemoCheck, {}, await platform().token(demos[0]!.claims));
    expect(admin.customers.totalCount).toBe(60);
    const dealer = await platform().data(DemoCheck, {}, await platform().token(demos[2]!.claims));
    expect(dealer.customers.totalCount).toBeGreaterThan(0);
    expect(dealer.customers.totalCount).toBeLessThan(60);
    // The banner's count is the one the dealer meets in its own customer list.
    expect(demos[2]!.label).toContain(`, ${dealer.customers.totalCount} customers)`);
    const customer = await platform().data(DemoCheck, {}, await platform().token(demos[4]!.claims));
    expect(customer.customers.totalCount).toBe(1);
    expect(customer.customers.edges[0]!.node.emails.length).toBe(1);
  });
});

describePlatform("the demo world's customer intelligence", (platform) => {
  it("populates every RFM group, tier, stage and all nine cells of the Care matrix, as the rules derive them from the history", async () => {
    const { db } = platform().database;
    // Today as "now": the read-time rules (recency, LAPSED) measure against the database's clock.
    await seedDatabase(db, { customers: 60, seed: 3 });
    const admin = await platform().token({ role: "ADMIN", sub: "admin" });
    const { customers: page } = await platform().data(DemoIntelligence, {}, admin);
    expect(page.totalCount).toBe(60);
    const nodes = page.edges.map((e) => e.node);
    const groups = ["CHAMPIONS", "LOYAL", "NEW", "PROMISING", "AT_RISK", "NEEDS_ATTENTION", "CANNOT_LOSE", "HIBERNATING"] as const;
    expect(new Set(nodes.map((n) => n.traits!.rfmGroup))).toEqual(new Set([null, ...groups]));
    expect(new Set(nodes.map((n) => n.tier))).toEqual(new Set([null, "OCCASIONAL", "REGULAR", "VERY_LOYAL"]));
    expect(new Set(nodes.map((n) => n.stage))).toEqual(new Set(["PROSPECT", "LEAD", "CUSTOMER", "OWNER", "LAPSED"]));
    // The list's filter agrees with the traits read one by one.
    for (const group of groups) {
      const filtered = await platform().data(DemoRfmGroup, { groups: [group] }, admin);
      expect(filtered.customers.totalCount, group).toBe(nodes.filter((n) => n.traits!.rfmGroup === group).length);
    }
    // Every buyer of Care in one of nine cells, and every cell taken.
    const care = nodes.flatMap((n) => n.traits!.categoryCells.filter((c) => c.categoryName === "Care"));
    expect(new Set(care.map((c) => `${c.brandPreference}/${c.usage}`)).size).toBe(9);
    const matrix = await platform().data(CategoryMatrixQuery, { input: { categoryId: care[0]!.categoryId } }, admin);
    expect(matrix.categoryMatrix.buyers).toBe(care.length);
    for (const cell of matrix.categoryMatrix.cells) expect(cell.customers, `${cell.brandPreference}/${cell.usage}`).toBeGreaterThan(0);
    // The seed builds the prediction models: champions restocking every four to six weeks have items due, learnt from their own rhythm.
    const champion = nodes.find((n) => n.traits!.rfmGroup === "CHAMPIONS")!;
    const due = (await platform().data(DueSoonQuery, { id: champion.id, within: 90 }, admin)).customer!.dueSoon.edges.map((e) => e.node);
    expect(due.length).toBeGreaterThan(0);
    expect(due[0]!.evidence.purchases).toBeGreaterThanOrEqual(2);
    expect(due[0]!.evidence.ownIntervalDays).toBeGreaterThan(0);
  });
});
