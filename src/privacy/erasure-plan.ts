import { sql } from "drizzle-orm";
import { customerTables } from "./customer-tables.js";

/**
 * What erasure does to each table holding rows about a customer. Direct identifiers and personal
 * free text go; orders, lines, payments, ratings and links stay, pseudonymised by the now nameless
 * profile id, so that revenue and analytics remain true. Every table must appear here: a new
 * table about customers without a rule makes erasure refuse to run and the suite fail.
 */
export type ErasureRule =
  | { delete: true }
  | { set: (now: Date) => Record<string, unknown> }
  | { keep: string };

const ERASED = "[erased]";
const ERASED_INTERACTION_TEXT = sql`payload || ${JSON.stringify({ subject: ERASED, notes: null })}::jsonb`;

export const ERASURE_PLAN: Record<string, ErasureRule> = {
  customers: {
    set: (now) => ({ givenName: null, familyName: null, organisationName: null, displayName: "Erased customer", birthday: null, passwordHash: null, erasedAt: now }),
  },
  customer_emails: { delete: true },
  customer_phones: { delete: true },
  customer_addresses: { delete: true },
  customer_preferences: { delete: true },
  customer_tags: { delete: true },
  password_resets: { delete: true },
  product_views: { delete: true },
  // What they looked at and searched for, with the apps' free-form properties: behaviour, not records anyone must keep.
  activity_events: { delete: true },
  wishlist_items: { delete: true },
  consent_events: { keep: "the consent history proves lawful processing; channel, purpose and status name no one" },
  dealer_relationships: { keep: "a pseudonymous link between a dealer and the nameless profile" },
  segment_memberships: { keep: "a pseudonymous link for analytics" },
  customer_changes: { keep: "what kind of change happened to the nameless profile and when (customerChanged): no personal data" },
  customer_change_heads: { keep: "the nameless profile's last change number" },
  // A notice's subject is platform-made but may carry a staff-written reason; ids and statuses name no one.
  // Pending notices of an erased customer are skipped when their turn comes (src/webhooks).
  // A campaign message's rendered subject and body may carry the name (message.requested).
  outbox_events: { set: () => ({ payload: sql`payload - 'subject' - 'body'` }) },
  campaign_sends: { keep: "which campaign reached the nameless profile, or why it did not: no personal data" },
  webhook_deliveries: { keep: "which endpoint an event went to and how each attempt went: no personal data" },
  segment_membership_events: { keep: "when the nameless profile entered or left a segment: no personal data" },
  identity_links: { keep: "the identity graph stays, pointing at emptied source records" },
  customer_merges: { set: () => ({ snapshot: { erased: true } }) },
  source_records: { set: () => ({ payload: { erased: true }, payloadHash: "erased" }) },
  identity_keys: { delete: true },
  vehicle_ownerships: { keep: "ownership dates of the vehicle, pseudonymous" },
  source_vehicle_sales: { keep: "an imported sale as its source sent it: VIN, dates, dealer and model codes and the source's own person id, no name or contact" },
  source_vehicle_sale_revisions: { keep: "earlier versions of an imported sale, the same content" },
  vehicles: { keep: "the vehicle's own data (VIN, model); a later owner still needs it" },
  mileage_readings: { keep: "the vehicle's odometer history" },
  service_appointments: { keep: "kind and time of a service visit, pseudonymous" },
  service_records: { set: () => ({ technicianNotes: null }) },
  service_items: { keep: "parts and labour of a service, no personal data" },
  source_service_visits: { keep: "an imported visit as its source sent it: VIN, station, date, mileage, items and the source's own person id, no name or contact" },
  source_service_visit_revisions: { keep: "earlier versions of an imported visit, the same content" },
  orders: { set: () => ({ deliveryAddress: null }) },
  order_lines: { keep: "products and prices: revenue stays true" },
  payments: { keep: "amounts and methods; a saved card's brand and last four digits, which name no one" },
  saved_payment_methods: { delete: true },
  leads: { set: () => ({ message: null }) },
  lead_status_changes: { set: () => ({ note: null }) },
  refunds: { keep: "amounts" },
  returns: { set: () => ({ reason: null }) },
  return_lines: { keep: "quantities" },
  source_orders: { keep: "an imported transaction as its source sent it: products, prices, dates and the source's own person id, no name or contact" },
  source_order_revisions: { keep: "earlier versions of an imported transaction, the same content" },
  shipments: { set: () => ({ lastLat: null, lastLng: null }) },
  shipment_lines: { keep: "quantities" },
  tracking_events: { set: () => ({ lat: null, lng: null, place: null, note: null }) },
  cases: { set: () => ({ subject: ERASED, description: null, resolution: null }) },
  // The thread's name of the customer (and the login they wrote under) goes with the text; staff and dealers keep theirs.
  case_comments: {
    set: () => ({
      body: ERASED,
      author: sql`case when "author_role" = 'CUSTOMER' then ${ERASED} else "author" end`,
      authorName: sql`case when "author_role" = 'CUSTOMER' then 'Former customer' else "author_name" end`,
    }),
  },
  interactions: { set: () => ({ subject: ERASED, notes: null }) },
  // An imported interaction's record says what its row said: the same free text goes (the hash stays, so nothing is rebuilt).
  source_interactions: { set: () => ({ payload: ERASED_INTERACTION_TEXT }) },
  source_interaction_revisions: { set: () => ({ payload: ERASED_INTERACTION_TEXT }) },
  reviews: { set: () => ({ title: null, body: null }) },
  review_helpful_votes: { keep: "which shown reviews the nameless profile marked helpful: the counts stay true" },
  survey_responses: { set: () => ({ comment: null }) },
  customer_traits: { keep: "counts, sums, dates and scores derived from the rows above, no personal data (the write triggers keep them)" },
  repurchase_predictions: { keep: "purchase days and expected dates derived from the orders above, no personal data (the write triggers keep them)" },
  customer_recommendation_seeds: { keep: "product ids and purchase times derived from the orders and returns above, no personal data (the write triggers keep them)" },
};

/** Tables about customers that the plan does not cover (must be none). */
export const erasurePlanGaps = () => customerTables().filter((spec) => !(spec.name in ERASURE_PLAN)).map((spec) => spec.name);
