import { caseKind, caseStatus, interactionChannel, interactionType, orderChannel } from "../db/schema/index.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";

/*
 * The interactions and orders domains' enums that the customer filter (customers(filter:),
 * segment rules) names, declared here because customers sit below those domains
 * (src/README.md); interactions.types.ts and orders.types.ts re-export them.
 */

export const InteractionChannel = enumOf(interactionChannel, {
  name: "InteractionChannel",
  description: "How a touch point happened.",
  valuesConfig: {
    PHONE: { description: "A phone call." },
    EMAIL: { description: "An email." },
    CHAT: { description: "A chat session." },
    VISIT: { description: "A visit at a dealership or station." },
    SMS: { description: "A text message." },
    POST: { description: "A letter." },
    WEB: { description: "On the website." },
    APP: { description: "In the mobile app." },
  },
});
export type InteractionChannel = EnumValue<typeof InteractionChannel>;

export const InteractionType = enumOf(interactionType, {
  name: "InteractionType",
  description: "What a touch point was about.",
  valuesConfig: {
    INQUIRY: { description: "A question from the customer." },
    COMPLAINT: { description: "A complaint (usually with a case)." },
    FEEDBACK: { description: "Praise or a suggestion." },
    GREETING: { description: "A greeting (birthday, holiday)." },
    CAMPAIGN: { description: "A marketing message; needs the customer's MARKETING consent for the channel." },
    SERVICE_CALLBACK: { description: "A follow-up call after a service visit." },
    NOTIFICATION: { description: "An automatic notice about an order (confirmed, shipped, delivered, cancelled, return accepted or refunded)." },
  },
});
export type InteractionType = EnumValue<typeof InteractionType>;

export const CaseKind = enumOf(caseKind, {
  name: "CaseKind",
  description: "What a case is about.",
  valuesConfig: {
    COMPLAINT: { description: "A complaint, possibly against a dealership or station." },
    REPAIR: { description: "A repair that needs following up." },
    INQUIRY: { description: "A question that needs more than one answer." },
  },
});
export type CaseKind = EnumValue<typeof CaseKind>;

export const CaseStatus = enumOf(caseStatus, {
  name: "CaseStatus",
  description: "OPEN -> IN_PROGRESS -> RESOLVED -> CLOSED; a resolved or closed case may be reopened.",
  valuesConfig: {
    OPEN: { description: "Raised, nobody assigned yet." },
    IN_PROGRESS: { description: "Assigned to someone who works on it." },
    RESOLVED: { description: "Answered with a resolution; may still get comments, be closed or reopened." },
    CLOSED: { description: "Finished; only reopening changes it." },
  },
});
export type CaseStatus = EnumValue<typeof CaseStatus>;

export const OrderChannel = enumOf(orderChannel, {
  name: "OrderChannel",
  description: "Where the order was placed.",
  valuesConfig: {
    WEB: { description: "The customer in the web shop." },
    MOBILE: { description: "The customer in the mobile app." },
    DEALER: { description: "A dealership on behalf of its customer." },
    CALL_CENTER: { description: "Staff (call center) on behalf of a customer." },
  },
});
export type OrderChannel = EnumValue<typeof OrderChannel>;
