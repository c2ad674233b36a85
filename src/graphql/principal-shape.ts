import { randomUUID } from "node:crypto";
import { principalOfRole, type Principal } from "../auth/principal.js";

/**
 * Statements shared by every principal of a role (compiled reads, loader statements) are built for
 * a principal whose ids are markers. A marker found anywhere but as a whole bound value means the
 * statement depends on the caller in a way binding cannot express: callers refuse it loudly
 * rather than cache one person's statement for everyone. Random per process, so no projection
 * constant or stored value can be mistaken for one.
 */
export const TENANT_MARKER = randomUUID();
export const SUBJECT_MARKER = randomUUID();

/** A principal of `role` whose subject and tenant id are the markers. */
export const markedPrincipal = (role: Principal["role"]): Principal => principalOfRole(role, SUBJECT_MARKER, TENANT_MARKER);

export const mentionsMarker = (value: unknown): boolean => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return typeof text === "string" && (text.includes(TENANT_MARKER) || text.includes(SUBJECT_MARKER));
};
