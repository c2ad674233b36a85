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

/** The principal's one tenant id (its dealership, supplier, own customer record or carrier), if its role has one. */
export function tenantIdOf(principal: Principal): string | undefined {
  switch (principal.role) {
    case "DEALER":
      return principal.dealerId;
    case "SUPPLIER":
      return principal.supplierId;
    case "CUSTOMER":
      return principal.customerId;
    case "COURIER":
      return principal.carrierId;
    default:
      return undefined;
  }
}

/** A principal of `role` whose subject and tenant id are the given values (the ones its role has). */
export function principalOfRole(role: Principal["role"], subject: string, tenantId: string): Principal {
  switch (role) {
    case "ANONYMOUS":
      return ANONYMOUS;
    case "ADMIN":
    case "AGENT":
      return { role, subject };
    case "DEALER":
      return { role, subject, dealerId: tenantId };
    case "SUPPLIER":
      return { role, subject, supplierId: tenantId };
    case "CUSTOMER":
      return { role, subject, customerId: tenantId };
    case "COURIER":
      return { role, subject, carrierId: tenantId };
  }
}

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
