/**
 * Every outbox event type, with what it reports. The database writes most of them (triggers,
 * drizzle/0022); the notices come from `interactions/notices.service.ts` through `emitOutbox`.
 */
export const OUTBOX_EVENT_TYPES = {
  "customer.created": "A profile was created (sign-up, import, matching found nobody).",
  "customer.updated": "A profile changed: changedFields names what (never the values).",
  "customer.merged": "A profile was merged into survivorId; reads follow it there.",
  "customer.unmerged": "A merge was undone: the profile stands on its own again.",
  "customer.erased": "The profile was erased: delete what you hold about customerId.",
  "order.status_changed": "An order was placed or moved to another status.",
  "shipment.status_changed": "A parcel was booked or moved to another status.",
  "case.opened": "A service case was opened.",
  "case.resolved": "A service case was resolved.",
  "segment.entered": "A customer entered a segment.",
  "segment.left": "A customer left a segment.",
  "consent.changed": "A customer gave, denied or revoked consent for a channel and purpose.",
  "notice.order_confirmed": "Service notice: the order is confirmed (one parcel).",
  "notice.order_split": "Service notice: the order is confirmed and comes in several parcels.",
  "notice.order_partially_shipped": "Service notice: part of the order has left the warehouse.",
  "notice.order_shipped": "Service notice: the whole order has left the warehouse.",
  "notice.parcel_out_for_delivery": "Service notice: a parcel is out for delivery today.",
  "notice.order_delivered": "Service notice: the order is delivered.",
  "notice.order_cancelled": "Service notice: the order was cancelled.",
  "notice.return_accepted": "Service notice: a return was accepted and its pick-up booked.",
  "notice.return_received": "Service notice: returned goods arrived and the refund was issued.",
  "notice.return_declined": "Service notice: a return was declined.",
  "notice.order_returned": "Service notice: every line of the order has come back.",
  "notice.case_answered": "Service notice: a case has a new answer.",
  "notice.case_resolved": "Service notice: a case was resolved.",
  "notice.case_closed": "Service notice: a case was closed (with the satisfaction question).",
  "message.requested":
    "A campaign's message to one customer, for a gateway to send: channel, purpose, kind, the rendered subject and body, and messageId (the same as webhook-id; one per campaign × customer).",
} as const;

export type OutboxEventType = keyof typeof OUTBOX_EVENT_TYPES;

/** Notices are messages to the customer: a gateway sends them, under the customer's consent. */
export const isNotice = (type: string): boolean => type.startsWith("notice.");
