import { compilePredicate, storedRule } from "../analytics/segments.service.js";
import { CASE_NUMBERS, formatNumber } from "../db/numbers.js";
import type { SeedContext } from "./context.js";
import type { OrderStats } from "./orders.js";
import type { Person } from "./people.js";
import type { Reference } from "./reference.js";

const AGENTS = ["agent.liu", "agent.chen", "agent.zhao", "agent.sun"];
const COMPLAINTS = [
  { subject: "Parcel arrived damaged", kind: "COMPLAINT" as const, againstDealer: false },
  { subject: "Service took longer than promised", kind: "COMPLAINT" as const, againstDealer: true },
  { subject: "Charged for work under warranty", kind: "COMPLAINT" as const, againstDealer: true },
  { subject: "Rattle from the dashboard after repair", kind: "REPAIR" as const, againstDealer: true },
  { subject: "Question about the charging cable", kind: "INQUIRY" as const, againstDealer: false },
];

/** Calls, campaigns, greetings, cases, wishlists and browsing; then stage, tier and segments. */
export function generateEngagement(ctx: SeedContext, ref: Reference, people: Person[], orders: Map<string, OrderStats>): void {
  const owners = new Set(ctx.rows.vehicleOwnerships.filter((o) => !o.endedOn).map((o) => o.customerId));
  for (const person of people) {
    for (let n = ctx.int(0, 4); n > 0; n--) {
      const at = ctx.between(person.createdAt, ctx.now);
      const type = ctx.pick(["INQUIRY", "FEEDBACK", "GREETING", "CAMPAIGN", "SERVICE_CALLBACK"] as const);
      ctx.rows.interactions.push({
        id: ctx.id(at),
        customerId: person.id,
        channel: type === "CAMPAIGN" ? ctx.pick(["EMAIL", "SMS"] as const) : type === "GREETING" ? "SMS" : ctx.pick(["PHONE", "CHAT", "EMAIL", "VISIT"] as const),
        direction: type === "INQUIRY" || type === "FEEDBACK" ? "INBOUND" : "OUTBOUND",
        type,
        subject: { INQUIRY: "Question about delivery times", FEEDBACK: "Praise for the showroom team", GREETING: "Happy birthday from Meridian", CAMPAIGN: "Winter check-up: 20% off", SERVICE_CALLBACK: "How was your last service visit?" }[type],
        agent: type === "INQUIRY" || type === "SERVICE_CALLBACK" ? ctx.pick(AGENTS) : null,
        outcome: type === "SERVICE_CALLBACK" ? ctx.pick(["Satisfied", "Asked for a follow-up"]) : null,
        dealerId: type === "SERVICE_CALLBACK" || type === "FEEDBACK" ? person.homeDealerId : null,
        occurredAt: at,
        createdAt: at,
      });
    }
    if (ctx.chance(0.12)) {
      const complaint = ctx.pick(COMPLAINTS);
      const openedAt = ctx.between(person.createdAt, ctx.now);
      const caseId = ctx.id(openedAt);
      const resolved = ctx.chance(0.6);
      const resolvedAt = resolved ? ctx.between(openedAt, ctx.now) : null;
      const againstDealerId = complaint.againstDealer ? person.homeDealerId : null;
      ctx.rows.cases.push({
        id: caseId,
        number: formatNumber(CASE_NUMBERS, ctx.next("case"), openedAt),
        customerId: person.id,
        kind: complaint.kind,
        status: resolved ? ctx.pick(["RESOLVED", "CLOSED"] as const) : ctx.pick(["OPEN", "IN_PROGRESS"] as const),
        priority: ctx.pick(["NORMAL", "NORMAL", "HIGH", "LOW", "URGENT"] as const),
        subject: complaint.subject,
        description: `${complaint.subject}. Customer asks for a call back.`,
        againstDealerId,
        assignee: ctx.pick(AGENTS),
        resolution: resolved ? "Apologised and offered a goodwill voucher." : null,
        openedAt,
        dueAt: ctx.plusHours(openedAt, 72),
        resolvedAt,
        closedAt: null,
        createdAt: openedAt,
      });
      // The id is drawn before the agent, as before: the demo world stays the same.
      const commentId = ctx.id(openedAt);
      const commenter = ctx.pick(AGENTS);
      ctx.rows.caseComments.push({ id: commentId, caseId, author: commenter, authorRole: "AGENT", authorName: commenter, body: "Called the customer, collecting details.", createdAt: ctx.plusHours(openedAt, 2) });
      ctx.rows.interactions.push({ id: ctx.id(openedAt), customerId: person.id, channel: "PHONE", direction: "INBOUND", type: "COMPLAINT", subject: complaint.subject, agent: ctx.pick(AGENTS), caseId, dealerId: againstDealerId, occurredAt: openedAt, createdAt: openedAt });
      if (againstDealerId) ctx.relate(againstDealerId, person.id, "SERVICE", openedAt);
    }
    for (const product of ctx.pickSome(ref.products, ctx.int(0, 3))) {
      ctx.rows.wishlistItems.push({ customerId: person.id, productId: product.id, addedAt: ctx.between(person.createdAt, ctx.now) });
    }
    for (const product of ctx.pickSome(ref.products, ctx.int(0, 8))) {
      const at = ctx.between(ctx.daysAgo(60), ctx.now);
      ctx.rows.productViews.push({ id: ctx.id(at), customerId: person.id, productId: product.id, viewedAt: at });
    }
  }
  classify(ctx, people, orders, owners);
}

/**
 * Stage and tier are the database's to set by rule from the history written here (the traits
 * triggers); the seed marks only what no rule can know: some people without a purchase are leads.
 * The demo segments group customers as the rules will.
 */
function classify(ctx: SeedContext, people: Person[], orders: Map<string, OrderStats>, owners: Set<string>): void {
  const segmentIds = {
    veryLoyal: ctx.id(ctx.daysAgo(400)),
    lapsed: ctx.id(ctx.daysAgo(400)),
    fleet: ctx.id(ctx.daysAgo(400)),
  };
  // Stored compiled, as createSegment stores them; their members are computed once the world is written (seed/index.ts).
  const segment = (id: string, code: string, name: string, description: string, rule: Record<string, unknown>) => ({
    id,
    code,
    name,
    description,
    rule,
    predicateSql: compilePredicate(storedRule(rule), null, "rule"),
  });
  ctx.rows.segments.push(
    segment(segmentIds.veryLoyal, "very-loyal", "Very loyal customers", "Six or more orders: early access and priority service.", { where: { tier: "VERY_LOYAL" } }),
    segment(segmentIds.lapsed, "win-back", "Win-back", "No order for a year: a reactivation campaign.", { where: { stage: "LAPSED" } }),
    segment(segmentIds.fleet, "fleet-accounts", "Fleet accounts", "Fleet and government buyers with account managers.", {
      any: [{ where: { kind: "FLEET" } }, { where: { kind: "GOVERNMENT" } }],
    }),
  );
  const customersById = new Map(ctx.rows.customers.map((c) => [c.id!, c]));
  for (const person of people) {
    const stats = orders.get(person.id)!;
    const row = customersById.get(person.id)!;
    const bought = owners.has(person.id) || stats.orders > 0;
    if (!bought && ctx.chance(0.5)) row.stage = "LEAD";
  }
}
