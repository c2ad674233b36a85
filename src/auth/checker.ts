import type { AuthChecker } from "type-graphql";
import type { Context } from "../context.js";
import { DomainError } from "../errors.js";
import type { Role } from "./principal.js";

/**
 * Coarse gate on operations (`@Authorized("ADMIN", ...)`). Which rows a principal sees is not
 * decided here but in each domain's policy, inside the data layer.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const { principal } = context;
  if (principal.role === "ANONYMOUS") throw new DomainError("UNAUTHENTICATED", "Sign in to do this");
  if (roles.length > 0 && !roles.includes(principal.role)) {
    throw new DomainError("FORBIDDEN", `The ${principal.role} role may not do this`);
  }
  return true;
};
