import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { isStaff } from "../auth/principal.js";
import type { Context } from "../context.js";
import { Dealer } from "../organisations/organisations.types.js";
import { complaintStatsKey } from "./complaint-stats.service.js";
import { ComplaintStats } from "./complaint-stats.types.js";
import { reportPeriod } from "../validation/period.js";
import { ReportPeriod } from "./supplier-report.types.js";

@Resolver(() => Dealer)
export class DealerComplaintStatsResolver {
  @FieldResolver(() => ComplaintStats, {
    nullable: true,
    description:
      "Staff only (null for everyone else): the dealership's complaints in the period (default the last 12 months): count, rate per 100 related customers, open and overdue counts, median and mean resolution time. Computed in code from two grouped statements per page of dealers.",
  })
  complaintStats(@Root() dealer: Dealer, @Ctx() ctx: Context, @Arg("period", () => ReportPeriod, { nullable: true }) period?: ReportPeriod | null) {
    // The hotline's figures about a dealership: nobody else's business, the dealer's own included.
    if (!isStaff(ctx.principal)) return null;
    return ctx.loaders.analytics.complaintStats.load(complaintStatsKey(dealer.dbId, reportPeriod(period, "period")));
  }
}
