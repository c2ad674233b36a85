import { and, eq, isNull } from "drizzle-orm";
import { isStaff, type Principal } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { customers } from "../db/schema/index.js";
import { badInput, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";

/**
 * The profile a self-service or staff write changes, locked for the transaction so that changes
 * to one profile (a new primary email, a new default address) run one after another. A customer
 * changes only themself: another id answers NOT_FOUND, as a read would. Staff change anyone.
 */
export async function lockEditableCustomer(tx: Executor, principal: Principal, globalId: string | null | undefined, field: string) {
  let id: string;
  if (principal.role === "CUSTOMER") {
    id = globalId ? expectGlobalId(globalId, "Customer", field) : principal.customerId;
    if (id !== principal.customerId) throw notFound("Customer", field);
  } else if (isStaff(principal)) {
    if (!globalId) throw badInput(field, "customerId is required");
    id = expectGlobalId(globalId, "Customer", field);
  } else {
    throw forbidden(`The ${principal.role} role may not change customer profiles`);
  }
  return lockCustomerRow(tx, principal, id, field);
}

/** A live profile row, locked; staff any, a customer only their own (checked by the caller too). */
export async function lockCustomerRow(tx: Executor, principal: Principal, id: string, field: string) {
  if (principal.role === "CUSTOMER" && id !== principal.customerId) throw notFound("Customer", field);
  if (principal.role !== "CUSTOMER" && !isStaff(principal)) throw forbidden(`The ${principal.role} role may not change customer profiles`);
  const [row] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), isNull(customers.mergedIntoId), isNull(customers.erasedAt)))
    .for("update");
  if (!row) throw notFound("Customer", field);
  return row;
}

/** Where a change came from, as consent sources record it: the customer's own portal or a named staff member. */
export const changeSource = (principal: Principal) =>
  principal.role === "CUSTOMER" ? "self-service" : `${principal.role.toLowerCase()}:${principal.subject ?? "unknown"}`;
