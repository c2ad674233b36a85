import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, consentEvents } from "../../src/db/schema/index.js";
import { toGlobalId } from "../../src/graphql/global-id.js";
import { CommunicationPlanQuery } from "../operations/traits.js";
import { CommunicationMatrixQuery, UpdateCommunicationMatrix } from "../operations/trait-rules.js";
import { makeCustomer, makeOrder } from "../support/factories.js";
import { describePlatform, firstError } from "../support/suite.js";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describePlatform("the communication matrix, configurable", (platform) => {
  let admin: string, agent: string;
  beforeAll(async () => {
    admin = await platform().token({ role: "ADMIN", sub: "admin.matrix" });
    agent = await platform().token({ role: "AGENT", sub: "agent.matrix" });
  });

  it("starts from the CRM practice's matrix, which staff read", async () => {
    const { communicationMatrix } = await platform().data(CommunicationMatrixQuery, {}, agent);
    expect(communicationMatrix).toEqual([
      { audience: "VERY_LOYAL", kinds: ["GREETING", "BIRTHDAY", "RECOMMENDATION"] },
      { audience: "REGULAR", kinds: ["BIRTHDAY", "RECOMMENDATION", "OFFER"] },
      { audience: "OCCASIONAL", kinds: ["OFFER", "REACTIVATION"] },
      { audience: "NO_PURCHASE", kinds: ["OFFER"] },
      { audience: "LAPSED", kinds: ["REACTIVATION"] },
    ]);
  });

  it("changes what an audience may be sent, and every plan follows at once; audited; refused with the field named", async () => {
    const db = platform().database.db;
    const regular = await makeCustomer(db);
    for (let i = 1; i <= 3; i++) await makeOrder(db, regular.id, { placedAt: daysAgo(i * 10) });
    await db.insert(consentEvents).values({ customerId: regular.id, channel: "EMAIL", purpose: "MARKETING", status: "GRANTED", source: "test" });
    const planOf = async () => {
      const { customer } = await platform().data(CommunicationPlanQuery, { id: toGlobalId("Customer", regular.id) }, admin);
      expect(customer!.tier).toBe("REGULAR");
      return Object.fromEntries(customer!.communicationPlan!.map((p) => [p.kind, p.allowed]));
    };
    expect(await planOf()).toMatchObject({ RECOMMENDATION: true, OFFER: true, GREETING: false });

    const bad: [Record<string, unknown>[], string][] = [
      [[{ audience: "REGULAR", kinds: ["RECALL"] }], "input.rules.0.kinds.0"],
      [[{ audience: "REGULAR", kinds: ["OFFER", "OFFER"] }], "input.rules.0.kinds"],
      [[{ audience: "REGULAR", kinds: [] }, { audience: "REGULAR", kinds: ["OFFER"] }], "input.rules.1.audience"],
    ];
    for (const [rules, field] of bad) expect(firstError((await platform().gql(UpdateCommunicationMatrix, { input: { rules } as never }, admin)).body)).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(firstError((await platform().gql(UpdateCommunicationMatrix, { input: { rules: [{ audience: "REGULAR", kinds: [] }] } }, agent)).body)).toMatchObject({ code: "FORBIDDEN" });
    expect(await planOf()).toMatchObject({ RECOMMENDATION: true, OFFER: true });

    const changed = await platform().data(UpdateCommunicationMatrix, { input: { rules: [{ audience: "REGULAR", kinds: ["GREETING", "OFFER"] }] } }, admin);
    expect(changed.updateCommunicationMatrix.find((r) => r.audience === "REGULAR")).toEqual({ audience: "REGULAR", kinds: ["GREETING", "OFFER"] });
    expect(changed.updateCommunicationMatrix.find((r) => r.audience === "VERY_LOYAL")!.kinds).toEqual(["GREETING", "BIRTHDAY", "RECOMMENDATION"]);
    expect(await planOf()).toMatchObject({ RECOMMENDATION: false, OFFER: true, GREETING: true });
    const [row] = await db.select().from(auditLog).where(eq(auditLog.action, "COMMUNICATION_RULES_CHANGE"));
    expect(row).toMatchObject({ actorRole: "ADMIN", details: { REGULAR: { from: ["BIRTHDAY", "RECOMMENDATION", "OFFER"], to: ["GREETING", "OFFER"] } } });
  });
});
