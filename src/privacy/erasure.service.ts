import { eq } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/client.js";
import { customers } from "../db/schema/index.js";
import { DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { audit } from "../audit/audit.service.js";
import { customerTables } from "./customer-tables.js";
import { ERASURE_PLAN, erasurePlanGaps } from "./erasure-plan.js";
import { rowsAbout, rowsOf, subjectIds } from "./export.service.js";
import { lockIdentityGraph } from "../identity/merge.service.js";
import { suppress, type SourceIdentity } from "../identity/suppression.js";

export interface ErasureResult {
  customerId: string;
  erasedAt: Date;
  /** The profile and the profiles merged into it. */
  profiles: number;
  /** Hashed identities recorded so that ingestion does not bring the person back. */
  suppressedIdentities: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9(][0-9\s().-]{6,}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Emails and phones anywhere in a source record's payload, whatever shape the source sends. */
function contactsIn(value: unknown, found: { emails: string[]; phones: string[] }) {
  if (typeof value === "string") {
    if (EMAIL.test(value.trim())) found.emails.push(value);
    else if (PHONE.test(value.trim()) && !DATE.test(value.trim())) found.phones.push(value);
  } else if (Array.isArray(value)) for (const item of value) contactsIn(item, found);
  else if (value && typeof value === "object") for (const item of Object.values(value)) contactsIn(item, found);
  return found;
}

/**
 * Erases a customer (ADMIN): direct identifiers and personal free text are removed or blanked in
 * every table (ERASURE_PLAN), orders and analytics stay pseudonymised, `erased_at` is set, and
 * the person's emails, phones and source identities are kept as hashes so that a later ingestion
 * of the same person is suppressed. One transaction; the profile's row lock serialises it.
 */
export async function eraseCustomer(db: Database, principal: Principal, customerGlobalId: string, operation?: string): Promise<ErasureResult> {
  if (principal.role !== "ADMIN") throw forbidden("Only administrators erase customers");
  const gaps = erasurePlanGaps();
  if (gaps.length > 0) throw new Error(`Erasure plan has no rule for ${gaps.join(", ")}`);
  let customerId = expectGlobalId(customerGlobalId, "Customer", "input.customerId");
  return db.transaction(async (tx) => {
    // Serialised with ingestion and merges: a batch either ran before (and is erased with the
    // person) or runs after and finds the suppressions; none can slip in between.
    await lockIdentityGraph(tx);
    // A merged-away id names the same person: the erasure covers the surviving profile.
    for (let hops = 0; hops < 10; hops++) {
      const [row] = await tx.select({ id: customers.id, mergedIntoId: customers.mergedIntoId, erasedAt: customers.erasedAt }).from(customers).where(eq(customers.id, customerId)).for("update");
      if (!row) throw notFound("Customer", "input.customerId");
      if (row.mergedIntoId) {
        customerId = row.mergedIntoId;
        continue;
      }
      if (row.erasedAt) throw new DomainError("CONFLICT", "This customer is already erased", "input.customerId");
      break;
    }
    const ids = await subjectIds(tx, customerId);
    const rows = await rowsAbout(tx, ids);
    const identities: SourceIdentity[] = [
      { emails: (rows.customer_emails ?? []).map((r) => String(r.address)), phones: (rows.customer_phones ?? []).map((r) => String(r.e164)) },
      ...(rows.source_records ?? []).map((r) => ({ source: String(r.source), sourceId: String(r.source_id), ...contactsIn(r.payload, { emails: [], phones: [] }) })),
    ];
    const suppressedIdentities = await suppress(tx, identities);

    const erasedAt = new Date();
    for (const spec of [...customerTables()].reverse()) {
      const rule = ERASURE_PLAN[spec.name]!;
      if ("keep" in rule) continue;
      const where = rowsOf(spec, ids, rows);
      if (!where) continue;
      if ("delete" in rule) await tx.delete(spec.table).where(where);
      else await tx.update(spec.table).set(rule.set(erasedAt) as never).where(where);
    }
    await audit(tx, principal, { action: "ERASE", targetType: "Customer", targetId: customerId, operation, details: { profiles: ids.length, suppressedIdentities } });
    return { customerId: toGlobalId("Customer", customerId), erasedAt, profiles: ids.length, suppressedIdentities };
  });
}
