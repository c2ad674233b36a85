import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";

/** The doorbell of a case that changed: its id, and whom it concerns (who may be listening). */
export interface CaseSignal {
  caseId: string;
  customerId: string;
  dealerId: string | null;
}

/** The NOTIFY channel caseUpdated listens on (one LISTEN per process, pubsub/notices.ts). */
export const CASES_CHANNEL = "case_updates";

export function parseCaseSignal(payload: string): CaseSignal | null {
  try {
    const value = JSON.parse(payload) as CaseSignal;
    return typeof value.caseId === "string" && typeof value.customerId === "string" ? value : null;
  } catch {
    return null;
  }
}

/**
 * Rings caseUpdated inside the writing transaction: PostgreSQL delivers it at commit, never for a
 * rolled-back change. Cases keep no sequence to catch up from: a ring lost while a process's
 * LISTEN connection was away is not repeated (the case itself is current when read).
 */
export async function announceCase(tx: Executor, signal: CaseSignal): Promise<void> {
  await tx.execute(sql`select pg_notify(${CASES_CHANNEL}, ${JSON.stringify(signal)})`);
}
