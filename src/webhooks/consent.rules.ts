/**
 * Whether a message may go to a customer on a channel, by the latest consent recorded for that
 * channel and purpose (null: none recorded). Service messages (an order's notices) are part of
 * the contract and go unless the customer refused them; marketing goes only with a consent given.
 * APP notices have no consent channel of their own: they follow the SERVICE rule with no record.
 */
export function mayMessage(purpose: "SERVICE" | "MARKETING", latest: "GRANTED" | "DENIED" | "REVOKED" | null): boolean {
  return purpose === "MARKETING" ? latest === "GRANTED" : latest !== "DENIED" && latest !== "REVOKED";
}
