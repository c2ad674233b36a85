export const ROLES = ["ADMIN", "AGENT", "DEALER", "SUPPLIER", "CUSTOMER", "COURIER"] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling. Exactly one tenant id is set for the tenant roles. */
export type Principal =
  | { role: "ANONYMOUS"; subject: null }
  | { role: "ADMIN" | "AGENT"; subject: string }
  | { role: "DEALER"; subject: string; dealerId: string }
  | { role: "SUPPLIER"; subject: string; supplierId: string }
  | { role: "CUSTOMER"; subject: string; customerId: string }
  | { role: "COURIER"; subject: string; carrierId: string };

export const ANONYMOUS: Principal = { role: "ANONYMOUS", subject: null };

export const isStaff = (p: Principal): p is Extract<Principal, { role: "ADMIN" | "AGENT" }> =>
  p.role === "ADMIN" || p.role === "AGENT";

/**
 * What reads depend on in a principal: its role and its one tenant id. Scope rules (policies,
 * loaders) never look at the subject, so two agents, or two users of one dealership, read alike;
 * prepared statements and shared feed executions are keyed by it.
 */
export function scopeKey(principal: Principal): string {
  switch (principal.role) {
    case "DEALER":
      return `DEALER:${principal.dealerId}`;
    case "SUPPLIER":
      return `SUPPLIER:${principal.supplierId}`;
    case "CUSTOMER":
      return `CUSTOMER:${principal.customerId}`;
    case "COURIER":
      return `COURIER:${principal.carrierId}`;
    default:
      return principal.role;
  }
}
