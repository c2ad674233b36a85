import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { listAuditLog } from "./audit.service.js";
import { AuditEntryConnection, AuditLogArgs } from "./audit.types.js";

@Resolver()
export class AuditResolver {
  @Authorized("ADMIN")
  @Query(() => AuditEntryConnection, { description: "The audit trail (reads of personal data, exports, erasures, consent changes, merges), newest first. ADMIN only." })
  auditLog(@Ctx() ctx: Context, @Args(() => AuditLogArgs) args: AuditLogArgs) {
    return listAuditLog(ctx.db, ctx.principal, args.filter, args);
  }
}
