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
