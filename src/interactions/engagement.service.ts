import { and, eq, sql } from "drizzle-orm";
import { isStaff, type Principal } from "../auth/principal.js";
import { customerScope } from "../customers/customers.policy.js";
import type { Database, Executor } from "../db/client.js";
import { newId } from "../db/ids.js";
import { CASE_NUMBERS, insertNumbered } from "../db/numbers.js";
import { cases, consentEvents, customers, dealers, interactions, surveyResponses } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { checkText } from "../validation/input.js";
import { addEntry, authorOf, caseSubjects, noticeOf, signalOf } from "./case-desk.js";
import { announceCase } from "./case-signal.js";
import type { CaseActionInput, LogInteractionInput, OpenCaseInput, RateCaseInput } from "./engagement.inputs.js";
import { toCase, toInteraction, toSurvey } from "./interactions.declaration.js";
import { caseVisibility } from "./interactions.service.js";

const MARKETING_CHANNELS: Record<string, string | undefined> = { EMAIL: "EMAIL", SMS: "SMS", PHONE: "PHONE", POST: "POST" };

/** A customer the principal may see, or NOT_FOUND naming the field. */
async function visibleCustomer(db: Executor, principal: Principal, globalId: string, field: string) {
  const id = expectGlobalId(globalId, "Customer", field);
  const [row] = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, id), customerScope(principal)));
  if (!row) throw notFound("Customer", field);
  return row.id;
}

/** Whether the latest consent for marketing on the channel is GRANTED (and not expired). */
async function hasMarketingConsent(db: Executor, customerId: string, channel: string): Promise<boolean> {
  const [latest] = await db
    .select({ status: consentEvents.status, expiresAt: consentEvents.expiresAt })
    .from(consentEvents)
    .where(and(eq(consentEvents.customerId, customerId), eq(consentEvents.channel, channel as never), eq(consentEvents.purpose, "MARKETING")))
    .orderBy(sql`${consentEvents.recordedAt} desc`)
    .limit(1);
  return latest?.status === "GRANTED" && (!latest.expiresAt || latest.expiresAt > new Date());
}

/** Agents log any touch point; a dealer logs its own, attributed to its dealership. Campaigns need marketing consent. */
export async function logInteraction(db: Database, principal: Principal, input: LogInteractionInput) {
  const customerId = await visibleCustomer(db, principal, input.customerId, "input.customerId");
  const subject = checkText(input.subject, "input.subject", 200, true)!;
  const notes = checkText(input.notes, "input.notes", 5000);
  const outcome = checkText(input.outcome, "input.outcome", 500);
  if (input.occurredAt && input.occurredAt.getTime() > Date.now() + 60_000) throw badInput("input.occurredAt", "occurredAt lies in the future");
  if (input.type === "CAMPAIGN" && input.direction === "OUTBOUND") {
    const channel = MARKETING_CHANNELS[input.channel];
    if (!channel || !(await hasMarketingConsent(db, customerId, channel))) {
      throw forbidden(`The customer has not consented to marketing by ${input.channel}`);
    }
  }
  const [row] = await db
    .insert(interactions)
    .values({
      customerId,
      channel: input.channel,
      direction: input.direction,
      type: input.type,
      subject,
      notes,
      outcome,
      agent: principal.subject,
      dealerId: principal.role === "DEALER" ? principal.dealerId : null,
      occurredAt: input.occurredAt ?? new Date(),
    })
    .returning();
  return { interaction: toInteraction(row!) };
}

/**
 * Staff open a case for any customer; a customer opens one for themself (a complaint, repair
 * request or question against the maker, or against a dealer with againstDealerId), about one
 * of their own orders, parcels, vehicles, visits or a product. A customer's case starts at
 * NORMAL priority: the hotline triages it.
 */
export async function openCase(db: Database, principal: Principal, input: OpenCaseInput, slaHours: Record<string, number>) {
  const self = principal.role === "CUSTOMER";
  if (!input.customerId && !self) throw badInput("input.customerId", "Name the customer the case is for");
  const customerId = input.customerId ? await visibleCustomer(db, principal, input.customerId, "input.customerId") : (principal as { customerId: string }).customerId;
  if (self && input.priority) throw badInput("input.priority", "The hotline sets a case's priority");
  const subject = checkText(input.subject, "input.subject", 200, true)!;
  const description = checkText(input.description, "input.description", 5000);
  const againstDealerId = input.againstDealerId ? expectGlobalId(input.againstDealerId, "Dealer", "input.againstDealerId") : null;
  if (againstDealerId && !(await db.select({ id: dealers.id }).from(dealers).where(eq(dealers.id, againstDealerId))).length) {
    throw notFound("Dealer", "input.againstDealerId");
  }
  const about = await caseSubjects(db, customerId, input);
  const priority = input.priority ?? "NORMAL";
  const openedAt = new Date();
  return db.transaction(async (tx) => {
    const id = newId();
    const [row] = await insertNumbered(tx, CASE_NUMBERS, openedAt, (savepoint, number) =>
      savepoint
        .insert(cases)
        .values({
          id,
          number,
          customerId,
          kind: input.kind,
          priority,
          subject,
          description,
          againstDealerId,
          ...about,
          openedAt,
          dueAt: new Date(openedAt.getTime() + (slaHours[priority] ?? 72) * 3_600_000),
        })
        .returning(),
    );
    await tx.insert(interactions).values({
      customerId,
      channel: self ? "WEB" : "PHONE",
      direction: "INBOUND",
      type: input.kind === "COMPLAINT" ? "COMPLAINT" : "INQUIRY",
      subject,
      caseId: row!.id,
      dealerId: againstDealerId,
      orderId: about.orderId,
      vehicleId: about.vehicleId,
      agent: self ? null : principal.subject,
      occurredAt: openedAt,
    });
    await addEntry(tx, row!.id, await authorOf(tx, principal), { kind: "STATUS_CHANGE", status: "OPEN" }, openedAt);
    await announceCase(tx, signalOf(row!));
    return { case: toCase(row!) };
  });
}

type CaseAction = "assign" | "comment" | "resolve" | "reopen" | "close";

/** Which statuses each step may start from. */
const ALLOWED_FROM: Record<CaseAction, string[]> = {
  assign: ["OPEN", "IN_PROGRESS"],
  comment: ["OPEN", "IN_PROGRESS", "RESOLVED"],
  resolve: ["OPEN", "IN_PROGRESS"],
  reopen: ["RESOLVED", "CLOSED"],
  close: ["RESOLVED"],
};

const PAST: Record<CaseAction, string> = { assign: "assigned", comment: "commented on", resolve: "resolved", reopen: "reopened", close: "closed" };

/** The steps each role may take on a case it sees; staff take every step. */
const STEPS: Partial<Record<Principal["role"], CaseAction[]>> = {
  DEALER: ["assign", "comment", "resolve"],
  CUSTOMER: ["comment"],
};

/**
 * One step of a case, under its row lock, written to the thread. Staff may do every step; the
 * dealer a complaint is against works it (takes it on, comments, resolves); the customer
 * comments on their own case. Internal notes are staff's. An answer or a resolution by anyone
 * but the customer, and the close, notify the customer; every step rings caseUpdated.
 */
export async function changeCase(db: Database, principal: Principal, action: CaseAction, input: CaseActionInput) {
  const caseId = expectGlobalId(input.caseId, "Case", "input.caseId");
  const steps = STEPS[principal.role];
  if (steps && !steps.includes(action)) throw forbidden(`A ${principal.role.toLowerCase()} may not ${action} a case`);
  const internal = action === "comment" && input.internal === true;
  if (internal && !isStaff(principal)) throw forbidden("Internal notes are for staff");
  const note = action === "assign" || action === "comment" || action === "resolve" ? checkText(input.text, "input.text", 5000, true) : null;
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(cases).where(and(eq(cases.id, caseId), caseVisibility(principal))).for("update");
    if (!current) throw notFound("Case", "input.caseId");
    if (!ALLOWED_FROM[action].includes(current.status)) {
      throw new DomainError("CONFLICT", `A ${current.status} case cannot be ${PAST[action]}`, "input.caseId", { currentStatus: current.status });
    }
    const now = new Date();
    const changes: Partial<typeof cases.$inferInsert> =
      action === "assign"
        ? { assignee: note, status: "IN_PROGRESS" }
        : action === "resolve"
          ? { resolution: note, status: "RESOLVED", resolvedAt: now }
          : action === "reopen"
            ? { status: "OPEN", resolvedAt: null, closedAt: null }
            : action === "close"
              ? { status: "CLOSED", closedAt: now }
              : {};
    const [row] = Object.keys(changes).length ? await tx.update(cases).set(changes).where(eq(cases.id, caseId)).returning() : [current];
    const by = await authorOf(tx, principal);
    await addEntry(tx, caseId, by, action === "comment" ? { kind: internal ? "INTERNAL_NOTE" : "COMMENT", body: note } : { kind: "STATUS_CHANGE", status: row!.status, body: note }, now);
    if (action === "comment" && !internal && principal.role !== "CUSTOMER") await noticeOf(tx, row!, "answered");
    if (action === "resolve") await noticeOf(tx, row!, "resolved");
    if (action === "close") await noticeOf(tx, row!, "closed");
    await announceCase(tx, signalOf(row!));
    return { case: toCase(row!) };
  });
}

/**
 * The customer's satisfaction with their closed case, once: stored as a survey response about
 * the case, so that the customer's latest CSAT trait follows it (the traits' triggers).
 */
export async function rateCase(db: Database, principal: Principal, input: RateCaseInput) {
  if (principal.role !== "CUSTOMER") throw forbidden("Only the customer rates their case");
  const caseId = expectGlobalId(input.caseId, "Case", "input.caseId");
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) throw badInput("input.score", "score is 1 to 5");
  const comment = checkText(input.comment, "input.comment", 2000);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(cases).where(and(eq(cases.id, caseId), caseVisibility(principal))).for("update");
    if (!current) throw notFound("Case", "input.caseId");
    if (current.status !== "CLOSED") throw new DomainError("CONFLICT", "Satisfaction is asked once the case is closed", "input.caseId", { currentStatus: current.status });
    const [answered] = await tx.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.caseId, caseId));
    if (answered) throw new DomainError("CONFLICT", "This case was rated already", "input.caseId");
    const [survey] = await tx
      .insert(surveyResponses)
      .values({ customerId: current.customerId, caseId, overallSatisfaction: input.score, comment, respondedAt: new Date() })
      .returning();
    return { case: toCase(current), surveyResponse: toSurvey(survey!) };
  });
}
