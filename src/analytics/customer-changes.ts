import { Repeater } from "@repeaterjs/repeater";
import { and, asc, eq, gt, Param, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customerScope } from "../customers/customers.policy.js";
import { rows, type Database } from "../db/client.js";
import { customerChangeHeads, customerChanges, customers, segments } from "../db/schema/index.js";
import { forbidden, notFound } from "../errors.js";
import { toGlobalId } from "../graphql/global-id.js";
import { serialDrainer } from "../pubsub/drain.js";
import type { Notices } from "../pubsub/notices.js";
import { maySeeSegments, segmentScope } from "./segments.policy.js";
import type { CustomerChange, CustomerChangeKind } from "./customer-changes.types.js";

/** The channel record_customer_changes rings (drizzle/0023): `{ changes: [[customerId, seq], ...] }`, at most 100 pairs a ring. */
export const CUSTOMER_CHANGES_CHANNEL = "customer_changes";

/** Days a customer's changes stay readable for a resume (customerChanged(after:)); `npm run activity:purge` deletes older ones. */
export const CUSTOMER_CHANGES_KEPT_DAYS = 30;

/** Deletes changes older than `days`, 10,000 per statement; answers how many went. The heads stay, so seqs keep counting up. */
export async function purgeCustomerChanges(db: Database, days = CUSTOMER_CHANGES_KEPT_DAYS): Promise<number> {
  let total = 0;
  for (;;) {
    const [gone] = await rows<{ n: number }>(
      db,
      sql`with gone as (delete from ${customerChanges} where (customer_id, seq) in (
        select customer_id, seq from ${customerChanges} where at < now() - make_interval(days => ${days}::int) limit 10000) returning 1)
        select count(*)::int as n from gone`,
    );
    const n = Number(gone?.n ?? 0);
    total += n;
    if (n < 10_000) return total;
  }
}

/** Rows read per step; a long gap is read in several. */
const READ_PAGE = 500;

/** Who hears of profile changes at all: staff, dealers (of their customers), a customer (their own). */
const mayHearChanges = (principal: Principal) => ["ADMIN", "AGENT", "DEALER", "CUSTOMER"].includes(principal.role);

/**
 * Which changes of a visible customer the caller hears: PROFILE always; TRAITS as the traits are
 * read (staff and the customer themself); SEGMENT as the segment is (staff, or the owning dealer).
 */
function visibleChanges(principal: Principal): SQL {
  const traits = principal.role === "ADMIN" || principal.role === "AGENT" || principal.role === "CUSTOMER";
  const segment = maySeeSegments(principal)
    ? sql`exists (select 1 from ${segments} where ${and(eq(segments.id, customerChanges.segmentId), segmentScope(principal))})`
    : sql`false`;
  return sql`(${customerChanges.kind} = 'PROFILE' or (${customerChanges.kind} = 'TRAITS' and ${traits ? sql`true` : sql`false`}) or (${customerChanges.kind} = 'SEGMENT' and ${segment}))`;
}

const select = {
  customerId: customerChanges.customerId,
  seq: customerChanges.seq,
  kind: customerChanges.kind,
  segmentId: customerChanges.segmentId,
  at: customerChanges.at,
};

function toChange(row: { customerId: string; seq: number; kind: string; segmentId: string | null; at: Date }): CustomerChange {
  return {
    customerDbId: row.customerId,
    customerId: toGlobalId("Customer", row.customerId),
    seq: Number(row.seq),
    kind: row.kind as CustomerChangeKind,
    segmentId: row.segmentId ? toGlobalId("Segment", row.segmentId) : null,
    at: row.at,
  };
}

function pairsOf(payload: string): [string, number][] {
  try {
    const ring = JSON.parse(payload) as { changes?: unknown };
    return Array.isArray(ring.changes) ? (ring.changes.filter((p) => Array.isArray(p) && typeof p[0] === "string" && typeof p[1] === "number") as [string, number][]) : [];
  } catch {
    return [];
  }
}

/**
 * One customer's changes as a stream, as tracking's shipment stream: first those after `after`
 * (the last seq the subscriber has; absent: only new ones), then live ones. The doorbell is
 * subscribed before the first read and every ring re-reads the table from the last seq read, so
 * nothing committed in between is missed and nothing is sent twice; seqs are handed out under
 * the customer's head row lock, so they become visible in order.
 */
export async function customerChangeStream(db: Database, principal: Principal, notices: Notices, customerId: string, after: number | null | undefined) {
  if (!mayHearChanges(principal)) throw forbidden("Profile changes are for staff, dealers and the customer themself");
  const [customer] = await db
    .select({ id: customers.id, lastSeq: customerChangeHeads.lastSeq })
    .from(customers)
    .leftJoin(customerChangeHeads, eq(customerChangeHeads.customerId, customers.id))
    .where(and(eq(customers.id, customerId), customerScope(principal)));
  if (!customer) throw notFound("Customer", "customerId");
  let cursor = after ?? Number(customer.lastSeq ?? 0);
  return new Repeater<CustomerChange>(async (push, stop) => {
    const ring = serialDrainer(async () => {
      for (;;) {
        const found = await db
          .select(select)
          .from(customerChanges)
          .where(and(eq(customerChanges.customerId, customer.id), gt(customerChanges.seq, cursor), visibleChanges(principal)))
          .orderBy(asc(customerChanges.seq))
          .limit(READ_PAGE);
        for (const row of found) {
          cursor = Number(row.seq);
          await push(toChange(row));
        }
        if (found.length < READ_PAGE) return;
      }
    }, stop);
    const unsubscribe = notices.on((payload) => {
      if (pairsOf(payload).some(([id]) => id === customer.id)) ring();
    });
    ring();
    await stop;
    unsubscribe();
  });
}

/**
 * Every change of the customers the caller may see (staff all, a dealer its own customers), live:
 * the ring names (customer, seq) pairs, read back in the caller's scope one batch at a time.
 * Like the delivery feed there is no resume cursor: a dashboard reloads, then subscribes, or
 * resumes a single profile with customerChanged(after:).
 */
export async function customersChangedStream(db: Database, principal: Principal, notices: Notices) {
  if (principal.role !== "ADMIN" && principal.role !== "AGENT" && principal.role !== "DEALER") throw forbidden("The changes feed is for staff and dealers");
  return new Repeater<CustomerChange>(async (push, stop) => {
    const pending: [string, number][] = [];
    const drain = serialDrainer(async () => {
      while (pending.length > 0) {
        const pairs = pending.splice(0, READ_PAGE);
        const found = await db
          .select(select)
          .from(customerChanges)
          .innerJoin(customers, eq(customers.id, customerChanges.customerId))
          .where(
            and(
              sql`(${customerChanges.customerId}, ${customerChanges.seq}) in (select * from unnest(${new Param(pairs.map(([id]) => id))}::uuid[], ${new Param(pairs.map(([, seq]) => seq))}::bigint[]))`,
              customerScope(principal),
              visibleChanges(principal),
            ),
          )
          .orderBy(asc(customerChanges.at), asc(customerChanges.customerId), asc(customerChanges.seq));
        for (const row of found) await push(toChange(row));
      }
    }, stop);
    const unsubscribe = notices.on((payload) => {
      const pairs = pairsOf(payload);
      if (pairs.length === 0) return;
      pending.push(...pairs);
      drain();
    });
    await stop;
    unsubscribe();
  });
}
