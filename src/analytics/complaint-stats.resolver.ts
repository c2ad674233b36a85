import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Dealer } from "../organisations/organisations.types.js";
import { complaintStatsKey } from "./complaint-stats.service.js";
import { ComplaintStats } from "./complaint-stats.types.js";
import { reportPeriod } from "./supplier-report.service.js";
import { ReportPeriod } from "./supplier-report.types.js";

@Resolver(() => Dealer)
export class DealerComplaintStatsResolver {
  @Authorized("ADMIN", "AGENT")
  @FieldResolver(() => ComplaintStats, {
    nullable: true,
    description:
      "Staff only: the dealership's complaints in the period (default the last 12 months): count, rate per 100 related customers, open and overdue counts, median and mean resolution time. Computed in code from two grouped statements per page of dealers.",
  })
  complaintStats(@Root() dealer: Dealer, @Ctx() ctx: Context, @Arg("period", () => ReportPeriod, { nullable: true }) period?: ReportPeriod | null) {
    return ctx.loaders.analytics.complaintStats.load(complaintStatsKey(dealer.dbId, reportPeriod(period, "period")));
  }
}
