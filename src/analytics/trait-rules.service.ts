import { sql } from "drizzle-orm";
import { z } from "zod";
import { isStaff, type Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import type { Database, Executor } from "../db/client.js";
import { traitRules } from "../db/schema/index.js";
import { badInput, forbidden } from "../errors.js";
import { intBetween, validate } from "../validation/input.js";
import { refreshAllTraits } from "./traits.service.js";
import type { TraitRules, UpdateTraitRulesInput } from "./trait-rules.types.js";

type Row = typeof traitRules.$inferSelect;

const toRules = (row: Row): TraitRules => ({
  recencyDays: row.recencyDays,
  frequencyOrders: row.frequencyOrders,
  monetaryMinor: row.monetaryMinor,
  occasionalOrders: row.tierOrders[0]!,
  regularOrders: row.tierOrders[1]!,
  veryLoyalOrders: row.tierOrders[2]!,
  lapseDays: row.lapseDays,
  defaultPurchaseIntervalDays: row.defaultPurchaseIntervalDays,
  recentComplaintDays: row.recentComplaintDays,
  updatedAt: row.updatedAt,
});

/** Four strictly ascending whole numbers from `min`: the shape of every band list (trait_rules' CHECKs say the same). */
const bands = (min: number, max: number, what: string) =>
  z
    .array(intBetween(min, max, what))
    .length(4, `${what} are four values`)
    .superRefine((list, ctx) => {
      for (let i = 1; i < list.length; i++) {
        if (list[i]! <= list[i - 1]!) ctx.addIssue({ code: "custom", path: [i], message: `${what} must ascend: ${list[i]} does not exceed ${list[i - 1]}` });
      }
    });

const DAYS = intBetween(1, 3650, "a number of days");
const rulesSchema = z.object({
  recencyDays: bands(1, 3650, "recency days").nullish(),
  frequencyOrders: bands(2, 100_000, "frequency orders").nullish(),
  monetaryMinor: bands(1, 2_000_000_000, "monetary amounts").nullish(),
  occasionalOrders: intBetween(1, 100_000, "occasional orders").nullish(),
  regularOrders: intBetween(1, 100_000, "regular orders").nullish(),
  veryLoyalOrders: intBetween(1, 100_000, "very loyal orders").nullish(),
  lapseDays: DAYS.nullish(),
  defaultPurchaseIntervalDays: DAYS.nullish(),
  recentComplaintDays: DAYS.nullish(),
});

async function current(db: Executor, lock = false): Promise<Row> {
  const query = db.select().from(traitRules);
  const [row] = lock ? await query.for("update") : await query;
  // The migration writes the one row and nothing deletes it.
  if (!row) throw new Error("trait_rules has no row");
  return row;
}

/** The rules in force (staff). */
export async function traitRulesInForce(db: Database, principal: Principal): Promise<TraitRules> {
  if (!isStaff(principal)) throw forbidden("The trait rules are for staff");
  return toRules(await current(db));
}

/**
 * Changes the rules (ADMIN), audited with the old and new values, then recomputes every profile's
 * stored traits, stage and tier by them in the same transaction (`refreshAllTraits`, the path of
 * `npm run traits:refresh`), so no profile shows a tier by the old thresholds after the commit.
 * RFM scores and churn risk need nothing: they read the rules when read.
 */
export async function updateTraitRules(db: Database, principal: Principal, input: UpdateTraitRulesInput) {
  if (principal.role !== "ADMIN") throw forbidden("Only an administrator changes the trait rules");
  const given = validate(rulesSchema, input, "input");
  return db.transaction(async (tx) => {
    const before = await current(tx, true);
    const tiers = [given.occasionalOrders ?? before.tierOrders[0]!, given.regularOrders ?? before.tierOrders[1]!, given.veryLoyalOrders ?? before.tierOrders[2]!];
    if (tiers[1]! <= tiers[0]!) throw badInput(given.regularOrders != null ? "input.regularOrders" : "input.occasionalOrders", `regular orders (${tiers[1]}) must exceed occasional orders (${tiers[0]})`);
    if (tiers[2]! <= tiers[1]!) throw badInput(given.veryLoyalOrders != null ? "input.veryLoyalOrders" : "input.regularOrders", `very loyal orders (${tiers[2]}) must exceed regular orders (${tiers[1]})`);
    const changes = {
      recencyDays: given.recencyDays ?? before.recencyDays,
      frequencyOrders: given.frequencyOrders ?? before.frequencyOrders,
      monetaryMinor: given.monetaryMinor ?? before.monetaryMinor,
      tierOrders: tiers,
      lapseDays: given.lapseDays ?? before.lapseDays,
      defaultPurchaseIntervalDays: given.defaultPurchaseIntervalDays ?? before.defaultPurchaseIntervalDays,
      recentComplaintDays: given.recentComplaintDays ?? before.recentComplaintDays,
    };
    const [after] = await tx
      .update(traitRules)
      .set({ ...changes, updatedAt: sql`now()`, updatedBy: `${principal.role.toLowerCase()}:${principal.subject ?? "unknown"}` })
      .returning();
    const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => JSON.stringify(changes[k]) !== JSON.stringify(before[k]));
    await audit(tx, principal, {
      action: "TRAIT_RULES_CHANGE",
      targetType: "TraitRules",
      operation: "updateTraitRules",
      details: { changed, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, changes[k]])) },
    });
    const recomputed = await refreshAllTraits(tx);
    return { rules: toRules(after!), recomputed };
  });
}
