import { and, count, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { audit } from "../audit/audit.service.js";
import type { Principal } from "../auth/principal.js";
import type { IdentitySettings } from "../config.js";
import { relateToDealer } from "../customers/customers.service.js";
import { rows, type Database, type Transaction } from "../db/client.js";
import { newId } from "../db/ids.js";
import { oneOf } from "../db/patterns.js";
import { consentEvents, customers, leads, leadStatusChanges, vehicleModels } from "../db/schema/index.js";
import { badInput, DomainError, forbidden, notFound } from "../errors.js";
import { paginate, type ConnectionArgs } from "../graphql/connection.js";
import type { CostBucketStore } from "../graphql/cost-buckets.js";
import { given, valuesOf, type FilterValues } from "../graphql/compiled/filters.js";
import { expectGlobalId, toGlobalId } from "../graphql/global-id.js";
import { ingestSourceRecords } from "../identity/ingest.service.js";
import type { OnIdentityRelinked } from "../identity/relinked.js";
import { optionalText, requiredText, validate } from "../validation/input.js";
import { reportPeriod } from "../validation/period.js";
import { sellingDealership } from "../organisations/organisations.service.js";
import { recordVehicleSale } from "../vehicles/vehicle-writes.service.js";
import { LEAD_KEYS, LEAD_ORDERING, toLead } from "./leads.declaration.js";
import { leadScope, mayWorkLeads } from "./leads.policy.js";
import { identitySourceOf, maySubmit, mayMove } from "./leads.rules.js";
import type { AssignLeadInput, CaptureLeadInput, ChangeLeadInterestInput, LeadConversionInput, LeadConversionRow, LeadFilter, LeadSource, UpdateLeadStatusInput } from "./leads.types.js";

/** Who matches a lead's person against the identity graph: the platform itself, whoever sent the lead. */
const LEAD_MATCHER: Principal = { role: "ADMIN", subject: "system:lead-capture" };

const captured = z.object({
  givenName: requiredText(100, "givenName"),
  familyName: requiredText(100, "familyName"),
  email: optionalText(320, "email"),
  phone: optionalText(40, "phone"),
  message: optionalText(2_000, "message"),
});

const whoMoved = (principal: Principal) => `${principal.role} ${"subject" in principal ? (principal.subject ?? "") : ""}`.trim();

export interface CaptureDeps {
  identity: IdentitySettings;
  onRelinked: OnIdentityRelinked;
  /** The public form's flood guard, charged per network address. */
  captures: CostBucketStore;
  clientAddress?: string;
}

async function dealerFor(tx: Transaction, principal: Principal, requested: string | null | undefined): Promise<string | null> {
  if (principal.role === "DEALER") return principal.dealerId;
  return requested ? sellingDealership(tx, requested, "input.dealerId") : null;
}

/**
 * A lead from the web form, a showroom, an event or the hotline, in one transaction: the person is
 * matched through the identity graph like any source record (source `lead-<source>`, the lead's id
 * as its id), so a known customer's interest lands on their profile and a stranger gets a new
 * one; the lead, its first funnel step and the marketing consent given with it are written; a
 * profile without purchases becomes a LEAD; the chosen dealership is related to the customer so
 * that it can work the lead. A contact the identity graph would drop (a malformed email or phone)
 * is BAD_USER_INPUT here: the person must be reachable.
 */
export async function captureLead(db: Database, principal: Principal, input: CaptureLeadInput, deps: CaptureDeps) {
  if (principal.role === "SUPPLIER" || principal.role === "COURIER") throw forbidden("Suppliers and couriers do not capture leads");
  if (!maySubmit(principal.role, input.source)) throw badInput("input.source", `${principal.role === "ANONYMOUS" ? "The public form" : principal.role} cannot enter ${input.source} leads`);
  const person = validate(captured, input, "input");
  if (!person.email && !person.phone) throw badInput("input.email", "Give an email or a phone number: the dealer must be able to answer");
  const modelId = expectGlobalId(input.modelId, "VehicleModel", "input.modelId");
  if (principal.role === "ANONYMOUS" || principal.role === "CUSTOMER") {
    const charge = await deps.captures.charge(`lead-capture:${deps.clientAddress ?? "unknown"}`, 1);
    if (!charge.allowed) throw new DomainError("THROTTLED", "Too many leads from this address; try again later", "input", { retryAfter: charge.retryAfter });
  }
  const id = newId();
  const lead = await db.transaction(async (tx) => {
    const [model] = await tx.select({ id: vehicleModels.id }).from(vehicleModels).where(eq(vehicleModels.id, modelId));
    if (!model) throw notFound("VehicleModel", "input.modelId");
    const dealerId = await dealerFor(tx, principal, input.dealerId);
    // A savepoint inside this transaction: a failure below leaves no matched record behind.
    const matched = await ingestSourceRecords(
      tx as unknown as Database,
      LEAD_MATCHER,
      { source: identitySourceOf(input.source), records: [{ sourceId: id, givenName: person.givenName, familyName: person.familyName, emails: person.email ? [person.email] : [], phones: person.phone ? [person.phone] : [] }] },
      deps.identity,
      deps.onRelinked,
    );
    const refused = matched.rejected[0];
    if (refused) throw new DomainError(refused.code as "BAD_USER_INPUT", refused.message, leadField(refused.field));
    const record = matched.records[0]!;
    const dropped = record.warnings[0];
    if (dropped) throw badInput(leadField(dropped.field), dropped.message);
    const customerId = record.customerId;
    const [row] = await tx.insert(leads).values({ id, customerId, modelId, dealerId, source: input.source, message: person.message }).returning();
    await tx.insert(leadStatusChanges).values({ leadId: id, status: "NEW", changedBy: whoMoved(principal) });
    const channels = [...(person.email ? (["EMAIL"] as const) : []), ...(person.phone ? (["SMS", "PHONE"] as const) : [])];
    await tx.insert(consentEvents).values(
      channels.map((channel) => ({ customerId, channel, purpose: "MARKETING" as const, status: input.marketingConsent ? ("GRANTED" as const) : ("DENIED" as const), source: `lead:${input.source}` })),
    );
    await tx.update(customers).set({ stage: "LEAD" }).where(and(eq(customers.id, customerId), eq(customers.stage, "PROSPECT")));
    if (dealerId) await relateToDealer(tx, dealerId, customerId, "LEAD");
    return row!;
  });
  return { reference: referenceOf(lead.id), lead: mayWorkLeads(principal) ? toLead(lead) : null };
}

/** The identity record's field (`input.records.0.emails.0`) as the lead input's (`input.email`). */
function leadField(field: string | undefined): string {
  if (!field) return "input";
  if (field.includes(".emails")) return "input.email";
  if (field.includes(".phones")) return "input.phone";
  if (field.includes(".givenName")) return "input.givenName";
  if (field.includes(".familyName")) return "input.familyName";
  return "input";
}

/** A short reference a prospect can quote: the tail of the lead's id, which is random (UUIDv7's tail). */
export const referenceOf = (id: string) => `LD-${id.replace(/-/g, "").slice(-10).toUpperCase()}`;

function workersOnly(principal: Principal) {
  if (!mayWorkLeads(principal)) throw forbidden("Leads are for staff and dealers");
}

/**
 * The leads list's conditions, shared by the resolver and the compiled read path (values bound per
 * request there): the caller's scope, then the filter's statuses, sources and dealership.
 */
export function leadConditions(principal: Principal, filter: LeadFilter | null | undefined, value: FilterValues<LeadFilter> = valuesOf(filter!)): SQL | undefined {
  if (!filter) return leadScope(principal);
  return and(
    leadScope(principal),
    given(filter.statuses) ? oneOf(leads.status, value((f) => f.statuses!)) : undefined,
    given(filter.sources) ? oneOf(leads.source, value((f) => f.sources!)) : undefined,
    given(filter.dealerId) ? eq(leads.dealerId, value((f) => expectGlobalId(f.dealerId!, "Dealer", "filter.dealerId"))) : undefined,
  );
}

export function listLeads(db: Database, principal: Principal, filter: LeadFilter | null | undefined, args: ConnectionArgs) {
  workersOnly(principal);
  const where = leadConditions(principal, filter);
  return paginate(
    args,
    {
      ordering: LEAD_ORDERING,
      keys: LEAD_KEYS,
      fetch: (after, orderBy, limit) => db.select().from(leads).where(and(where, after)).orderBy(...orderBy).limit(limit),
      count: async () => (await db.select({ n: count() }).from(leads).where(where))[0]!.n,
    },
    toLead,
  );
}

/** The lead, locked, if the principal may work it; NOT_FOUND otherwise (another dealer's lead does not exist for it). */
async function workableLead(tx: Transaction, principal: Principal, globalId: string) {
  workersOnly(principal);
  const id = expectGlobalId(globalId, "Lead", "input.leadId");
  const [lead] = await tx.select().from(leads).where(and(eq(leads.id, id), leadScope(principal))).for("update");
  if (!lead) throw notFound("Lead", "input.leadId");
  return lead;
}

const TEST_DRIVE_AHEAD_MS = 180 * 86_400_000;

/**
 * Moves a lead through the funnel (leads.rules.ts), recording who did it. WON records the sale of
 * the vehicle named by its VIN to the lead's customer in the same transaction (the vehicles'
 * recordVehicleSale, by the lead's dealership), which makes them an OWNER.
 */
export async function updateLeadStatus(db: Database, principal: Principal, input: UpdateLeadStatusInput) {
  const note = validate(optionalText(2_000, "note"), input.note, "input.note");
  return db.transaction(async (tx) => {
    const lead = await workableLead(tx, principal, input.leadId);
    if (!mayMove(lead.status, input.status)) {
      throw new DomainError("CONFLICT", `A ${lead.status} lead cannot become ${input.status}`, "input.status", { currentStatus: lead.status });
    }
    const changes: Partial<typeof leads.$inferInsert> = { status: input.status, statusChangedAt: new Date(), updatedAt: new Date() };
    if (input.status === "TEST_DRIVE_BOOKED") {
      if (!input.testDriveAt) throw badInput("input.testDriveAt", "Give the test drive's time");
      if (input.testDriveAt.getTime() > Date.now() + TEST_DRIVE_AHEAD_MS) throw badInput("input.testDriveAt", "A test drive is booked at most 180 days ahead");
      changes.testDriveAt = input.testDriveAt;
    }
    if (input.status === "LOST") changes.lostReason = validate(requiredText(500, "lostReason"), input.lostReason ?? "", "input.lostReason");
    if (input.status === "CONTACTED") changes.lostReason = null;
    if (input.status === "WON") {
      if (!input.vin?.trim()) throw badInput("input.vin", "A won lead names the vehicle sold (its VIN)");
      const soldOn = input.soldOn ?? new Date().toISOString().slice(0, 10);
      const sellingDealerId = principal.role === "DEALER" ? null : lead.dealerId ? toGlobalId("Dealer", lead.dealerId) : null;
      const { vehicle } = await recordVehicleSale(tx as unknown as Database, principal, { vin: input.vin, customerId: toGlobalId("Customer", lead.customerId), soldOn, sellingDealerId });
      changes.wonVehicleId = vehicle.dbId;
    }
    const [row] = await tx.update(leads).set(changes).where(eq(leads.id, lead.id)).returning();
    await tx.insert(leadStatusChanges).values({ leadId: lead.id, status: input.status, changedBy: whoMoved(principal), note });
    return { lead: toLead(row!) };
  });
}

/**
 * Changes the model a lead is about (staff, or the dealer working it): the prospect asked about
 * another one. Audited as LEAD_INTEREST_CHANGE with the old and the new model.
 */
export async function changeLeadInterest(db: Database, principal: Principal, input: ChangeLeadInterestInput) {
  const modelId = expectGlobalId(input.modelId, "VehicleModel", "input.modelId");
  return db.transaction(async (tx) => {
    const lead = await workableLead(tx, principal, input.leadId);
    const [model] = await tx.select({ id: vehicleModels.id }).from(vehicleModels).where(eq(vehicleModels.id, modelId));
    if (!model) throw notFound("VehicleModel", "input.modelId");
    const [row] = await tx.update(leads).set({ modelId, updatedAt: new Date() }).where(eq(leads.id, lead.id)).returning();
    await audit(tx, principal, { action: "LEAD_INTEREST_CHANGE", targetType: "Lead", targetId: lead.id, operation: "changeLeadInterest", details: { from: lead.modelId, to: modelId } });
    return { lead: toLead(row!) };
  });
}

/** Hands a lead to a dealership (staff): it may then see the customer and work the lead. */
export async function assignLead(db: Database, principal: Principal, input: AssignLeadInput) {
  if (principal.role !== "ADMIN" && principal.role !== "AGENT") throw forbidden("Staff assign leads");
  return db.transaction(async (tx) => {
    const lead = await workableLead(tx, principal, input.leadId);
    const dealerId = await sellingDealership(tx, input.dealerId, "input.dealerId");
    const [row] = await tx.update(leads).set({ dealerId, updatedAt: new Date() }).where(eq(leads.id, lead.id)).returning();
    await relateToDealer(tx, dealerId, lead.customerId, "LEAD");
    return { lead: toLead(row!) };
  });
}

/**
 * Conversion per dealership and source over the leads captured in a period: how many were
 * contacted, had a test drive, were won or lost, and the median hours to the first contact.
 * Staff see every dealership (and leads without one), a dealer its own.
 */
export async function leadConversion(db: Database, principal: Principal, input: LeadConversionInput | null | undefined): Promise<LeadConversionRow[]> {
  workersOnly(principal);
  const { from, to } = reportPeriod(input, "input");
  const c = leadStatusChanges;
  const list = await rows<{
    dealer_id: string | null;
    source: LeadSource;
    leads: number;
    contacted: number;
    test_drives: number;
    won: number;
    lost: number;
    median_hours: number | null;
  }>(
    db,
    sql`
    select ${leads.dealerId} as dealer_id, ${leads.source} as source, count(*)::int as leads,
      count(*) filter (where fc.first_contact is not null)::int as contacted,
      count(*) filter (where exists (select 1 from ${c} where ${c.leadId} = ${leads.id} and ${c.status} = 'TEST_DRIVE_BOOKED'))::int as test_drives,
      count(*) filter (where ${leads.status} = 'WON')::int as won,
      count(*) filter (where ${leads.status} = 'LOST')::int as lost,
      percentile_cont(0.5) within group (order by date_part('epoch', fc.first_contact - ${leads.createdAt}) / 3600.0) as median_hours
    from ${leads}
    left join lateral (select min(${c.changedAt}) as first_contact from ${c} where ${c.leadId} = ${leads.id} and ${c.status} <> 'NEW') fc on true
    where ${leads.createdAt} >= ${from.toISOString()}::timestamptz and ${leads.createdAt} < ${to.toISOString()}::timestamptz and ${leadScope(principal) ?? sql`true`}
    group by ${leads.dealerId}, ${leads.source}
    order by ${leads.dealerId} nulls last, ${leads.source}`,
  );
  return list.map((r) => ({
    dealerDbId: r.dealer_id,
    source: r.source,
    leads: r.leads,
    contacted: r.contacted,
    testDrives: r.test_drives,
    won: r.won,
    lost: r.lost,
    conversionRate: r.leads ? r.won / r.leads : 0,
    medianHoursToContact: r.median_hours === null ? null : Number(r.median_hours),
  }));
}
