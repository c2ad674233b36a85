import { Repeater } from "@repeaterjs/repeater";
import { and, asc, inArray } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { cases } from "../db/schema/index.js";
import { forbidden, notFound } from "../errors.js";
import { serialDrainer } from "../pubsub/drain.js";
import type { Notices } from "../pubsub/notices.js";
import { parseCaseSignal, type CaseSignal } from "./case-signal.js";
import { toCase } from "./interactions.declaration.js";
import { caseVisibility } from "./interactions.policy.js";
import type { Case } from "./interactions.types.js";

/** Whether a ring can concern the subscriber at all (the read below applies the case scope itself). */
function concerns(principal: Principal, signal: CaseSignal): boolean {
  switch (principal.role) {
    case "ADMIN":
    case "AGENT":
      return true;
    case "CUSTOMER":
      return signal.customerId === principal.customerId;
    case "DEALER":
      return signal.dealerId === principal.dealerId;
    default:
      return false;
  }
}

/**
 * caseUpdated: each committed change of a case the subscriber may see (the customer their own,
 * a dealer those against it, staff all), optionally of one case, as the case after it. Rings
 * carry ids only; the case is read again under the case policy, so a ring never leaks one.
 */
export async function caseUpdates(db: Database, principal: Principal, notices: Notices, onlyCaseId: string | null) {
  if (!["ADMIN", "AGENT", "CUSTOMER", "DEALER"].includes(principal.role)) throw forbidden("Cases are followed by staff, dealers and customers");
  if (onlyCaseId) {
    const [visible] = await db.select({ id: cases.id }).from(cases).where(and(inArray(cases.id, [onlyCaseId]), caseVisibility(principal)));
    if (!visible) throw notFound("Case", "caseId");
  }
  return new Repeater<Case>(async (push, stop) => {
    const pending = new Set<string>();
    const drain = serialDrainer(async () => {
      while (pending.size) {
        const ids = [...pending];
        pending.clear();
        const rows = await db.select().from(cases).where(and(inArray(cases.id, ids), caseVisibility(principal))).orderBy(asc(cases.id));
        for (const row of rows) await push(toCase(row));
      }
    }, stop);
    const unsubscribe = notices.on((payload) => {
      const signal = parseCaseSignal(payload);
      if (!signal || !concerns(principal, signal) || (onlyCaseId && signal.caseId !== onlyCaseId)) return;
      pending.add(signal.caseId);
      drain();
    });
    await stop;
    unsubscribe();
  });
}
