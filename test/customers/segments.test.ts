import { beforeAll, expect, it } from "vitest";
import { toGlobalId } from "../../src/graphql/global-id.js";
import type { CustomerRule } from "../generated/graphql.js";
import { CreateSegment, CustomerSegments, DeleteSegment, PreviewSegment, Segments, UpdateSegment } from "../operations/segments.js";
import { makeCase, makeCustomer, makeDealer, makeOrder } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

describePlatform("segments", (platform) => {
  let agent: string;
  let fading: string;
  let fadingDbId: string;
  let fadingComplainer: string;
  let loyal: string;

  beforeAll(async () => {
    const db = platform().database.db;
    agent = await platform().token({ role: "AGENT", sub: "agent.segments" });
    const history = async (days: number[], complaint = false) => {
      const customer = await makeCustomer(db);
      for (const d of days) await makeOrder(db, customer.id, { placedAt: daysAgo(d) });
      if (complaint) await makeCase(db, customer.id, { status: "OPEN" });
      return customer.id;
    };
    fadingDbId = await history([330, 300, 270, 240]);
    fading = toGlobalId("Customer", fadingDbId);
    fadingComplainer = toGlobalId("Customer", await history([320, 290, 260, 230], true));
    loyal = toGlobalId("Customer", await history([40, 30, 20, 10, 5]));
  });

  // At risk (recency 2, frequency 3+) and no open case: the fading customer who did not complain.
  const atRiskQuiet: CustomerRule = { all: [{ where: { rfmGroups: ["AT_RISK"] } }, { not: { where: { hasOpenCase: true } } }] };
  const ids = (edges: { node: { id: string } }[]) => new Set(edges.map((e) => e.node.id));

  it("previews a rule of all, any and not over filters: its size and the newest members", async () => {
    const preview = (await platform().data(PreviewSegment, { rule: atRiskQuiet }, agent)).previewSegment;
    const sample = ids(preview.sample.map((node) => ({ node })));
    expect([sample.has(fading), sample.has(fadingComplainer), sample.has(loyal)]).toEqual([true, false, false]);
    const either = (await platform().data(PreviewSegment, { rule: { any: [atRiskQuiet, { where: { rfmGroups: ["CHAMPIONS"] } }] } }, agent)).previewSegment;
    expect(either.size).toBe(preview.size + (await platform().data(PreviewSegment, { rule: { where: { rfmGroups: ["CHAMPIONS"] } } }, agent)).previewSegment.size);
  });

  it("saves, lists, changes and deletes a segment whose stored members follow the writes its rule reads", async () => {
    const created = (await platform().data(CreateSegment, { input: { code: "at-risk-quiet", name: "At risk, no open case", rule: atRiskQuiet } }, agent)).createSegment;
    const preview = (await platform().data(PreviewSegment, { rule: atRiskQuiet }, agent)).previewSegment;
    expect(created).toMatchObject({ code: "at-risk-quiet", size: preview.size });
    const codesOf = async (id: string) => ((await platform().data(CustomerSegments, { id }, agent)).customer!.segments ?? []).map((s) => s.code);
    expect(await codesOf(fading)).toContain("at-risk-quiet");
    expect(await codesOf(loyal)).not.toContain("at-risk-quiet");
    const listed = (await platform().data(Segments, {}, agent)).segments.find((s) => s.id === created.id)!;
    expect(listed.members.totalCount).toBe(preview.size);
    expect(ids(listed.members.edges).has(fading)).toBe(true);

    // The quiet one complains: they leave the segment at once (the case's transaction updated the stored membership).
    await makeCase(platform().database.db, fadingDbId, { status: "OPEN" });
    const after = (await platform().data(Segments, {}, agent)).segments.find((s) => s.id === created.id)!;
    expect(ids(after.members.edges).has(fading)).toBe(false);
    expect(await codesOf(fading)).not.toContain("at-risk-quiet");
    expect(after.size).toBe(listed.size! - 1);
    const widened = (await platform().data(UpdateSegment, { input: { segmentId: created.id, name: "At risk", rule: { where: { rfmGroups: ["AT_RISK"] } } } }, agent)).updateSegment;
    expect(widened.name).toBe("At risk");
    expect([ids(widened.members.edges).has(fading), ids(widened.members.edges).has(fadingComplainer)]).toEqual([true, true]);

    expect((await platform().data(DeleteSegment, { input: { segmentId: created.id } }, agent)).deleteSegment.segmentId).toBe(created.id);
    expect((await platform().data(Segments, {}, agent)).segments.some((s) => s.id === created.id)).toBe(false);
    expect(firstError((await platform().gql(DeleteSegment, { input: { segmentId: created.id } }, agent)).body)).toEqual({ code: "NOT_FOUND", field: "input.segmentId" });
  });

  it("refuses a malformed rule naming the node, a code in use, and callers other than staff", async () => {
    const create = (rule: CustomerRule, code = "bad-rule") => platform().gql(CreateSegment, { input: { code, name: "Bad", rule } }, agent);
    expect(firstError((await create({ where: { rfmGroups: ["LOYAL"] }, not: { where: { hasOpenCase: true } } })).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.rule" });
    expect(firstError((await create({ any: [{ where: {} }] })).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.rule.any.0.where" });
    expect(firstError((await create({ all: [] })).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.rule.all" });
    let deep: CustomerRule = { where: { ordersAtLeast: 1 } };
    for (let i = 0; i < 7; i++) deep = { not: deep };
    expect(firstError((await create(deep)).body).code).toBe("BAD_USER_INPUT");
    expect(firstError((await create({ where: { churnRiskAtLeast: 3 } })).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.rule.where.churnRiskAtLeast" });
    expect(firstError((await create({ where: { ordersAtLeast: 1 } }, "Not A Code")).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.code" });

    await platform().data(CreateSegment, { input: { code: "taken", name: "First", rule: { where: { ordersAtLeast: 1 } } } }, agent);
    expect(firstError((await create({ where: { ordersAtLeast: 2 } }, "taken")).body)).toEqual({ code: "CONFLICT", field: "input.code" });

    expect(firstError((await create({ any: [{ where: { segmentIds: [toGlobalId("Segment", fadingDbId)] } }] })).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.rule.any.0.where.segmentIds" });

    // Dealers preview and keep segments of their own customers now (segment-memberships.test.ts); customers and couriers none.
    const dealer = await platform().token({ role: "DEALER", sub: "seg-dealer", dealerId: (await makeDealer(platform().database.db)).id });
    expect((await platform().data(PreviewSegment, { rule: { where: { kind: "PRIVATE" } } }, dealer)).previewSegment.size).toBe(0);
    const customer = await platform().token({ role: "CUSTOMER", sub: "seg-customer", customerId: fadingDbId });
    expect(firstError((await platform().gql(PreviewSegment, { rule: { where: { ordersAtLeast: 1 } } }, customer)).body).code).toBe("FORBIDDEN");
    expect(firstError((await platform().gql(Segments, {}, customer)).body).code).toBe("FORBIDDEN");
  });
});
