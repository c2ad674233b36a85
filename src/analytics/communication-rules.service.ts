import { eq } from "drizzle-orm";
import { z } from "zod";
import { isStaff, type Principal } from "../auth/principal.js";
import { audit } from "../audit/audit.service.js";
import type { Database, Executor } from "../db/client.js";
import { communicationRules } from "../db/schema/index.js";
import { badInput, forbidden } from "../errors.js";
import { validate } from "../validation/input.js";
import { COMMUNICATION_AUDIENCES, TIERED_KINDS, type CommunicationAudience, type CommunicationKind, type CommunicationMatrix } from "./communication-plan.js";
import type { UpdateCommunicationMatrixInput } from "./communication-rules.types.js";

/** The matrix in force, read from its table (every audience has its row from the migration on). */
export async function matrixInForce(db: Executor): Promise<CommunicationMatrix> {
  const rows = await db.select().from(communicationRules);
  const matrix = Object.fromEntries(COMMUNICATION_AUDIENCES.map((audience) => [audience, [] as CommunicationKind[]])) as Record<CommunicationAudience, CommunicationKind[]>;
  for (const row of rows) matrix[row.audience as CommunicationAudience] = row.kinds as CommunicationKind[];
  return matrix;
}

/** The matrix as rows, in the audiences' order (staff). */
export async function communicationMatrix(db: Database, principal: Principal) {
  if (!isStaff(principal)) throw forbidden("The communication matrix is for staff");
  const matrix = await matrixInForce(db);
  return COMMUNICATION_AUDIENCES.map((audience) => ({ audience, kinds: [...matrix[audience]] }));
}

const tiered = new Set<string>(TIERED_KINDS);
const rulesSchema = z
  .array(
    z.object({
      audience: z.enum(COMMUNICATION_AUDIENCES),
      kinds: z
        .array(z.string().refine((kind) => tiered.has(kind), "Service reminders and recalls follow vehicle ownership, not the matrix"))
        .refine((kinds) => new Set(kinds).size === kinds.length, "A kind is named twice"),
    }),
  )
  .min(1, "Give at least one audience")
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.audience)) ctx.addIssue({ code: "custom", path: [i, "audience"], message: `${rule.audience} is given twice` });
      seen.add(rule.audience);
    });
  });

/**
 * Replaces the rows of the audiences given (ADMIN), audited with the old and new kinds. Plans are
 * computed when read, so every customer's plan follows at once; activation sends only what it allows.
 */
export async function updateCommunicationMatrix(db: Database, principal: Principal, input: UpdateCommunicationMatrixInput) {
  if (principal.role !== "ADMIN") throw forbidden("Only an administrator changes the communication matrix");
  const rules = validate(rulesSchema, input.rules, "input.rules");
  await db.transaction(async (tx) => {
    const before = await matrixInForce(tx);
    for (const rule of rules) {
      const updated = await tx
        .update(communicationRules)
        .set({ kinds: rule.kinds, updatedAt: new Date(), updatedBy: principal.subject ?? null })
        .where(eq(communicationRules.audience, rule.audience))
        .returning({ audience: communicationRules.audience });
      if (updated.length === 0) throw badInput("input.rules", `No row for ${rule.audience}`);
    }
    await audit(tx, principal, {
      action: "COMMUNICATION_RULES_CHANGE",
      targetType: "CommunicationMatrix",
      targetId: null,
      operation: "updateCommunicationMatrix",
      details: Object.fromEntries(rules.map((rule) => [rule.audience, { from: before[rule.audience], to: rule.kinds }])),
    });
  });
  return communicationMatrix(db, principal);
}
