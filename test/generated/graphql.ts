/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** At least `atLeast` behavioural events (trackEvents; default 1) of the given types, about the given product or model, within the period: "viewed model X at least twice in the last 7 days". Events are staff's and the customer's own: for a dealer this selects no one. */
export type ActivityCondition = {
  /** At least this many (1 or more; default 1). */
  atLeast?: number | null | undefined;
  /** That occurred at or after this instant. */
  from?: string | null | undefined;
  /** That occurred in the last this many days (1–3650); instead of from/to. */
  lastDays?: number | null | undefined;
  /** About this vehicle model (VehicleModel id). At most 100 characters. */
  modelId?: string | number | null | undefined;
  /** About this product (Product id). At most 100 characters. */
  productId?: string | number | null | undefined;
  /** That occurred before this instant. */
  to?: string | null | undefined;
  /** Of any of these types; any type when left out. */
  types?: Array<ActivityEventType> | null | undefined;
};

/** What a visitor did in a web or mobile app. */
export type ActivityEventType =
  /** Put a product in the cart (`productId` required). */
  | 'ADD_TO_CART'
  /** Opened the mobile app. */
  | 'APP_OPEN'
  /** An event of the app's own (`name` required, e.g. configurator_saved). */
  | 'CUSTOM'
  /** Looked at a vehicle model's page or configurator (`modelId` required). */
  | 'MODEL_VIEW'
  /** Opened a page or screen (`url` names it). */
  | 'PAGE_VIEW'
  /** Looked at a product's page (`productId` required). */
  | 'PRODUCT_VIEW'
  /** Searched (`searchTerm` required). */
  | 'SEARCH';

/** Which app reported an event. */
export type ActivityPlatform =
  /** The Android app. */
  | 'ANDROID'
  /** The iOS app. */
  | 'IOS'
  /** The web shop or website. */
  | 'WEB';

/** A postal address to add. */
export type AddAddressInput = {
  /** At most 1,000 characters. */
  city: string;
  /** ISO-3166 alpha-2. At most 256 characters. */
  country?: string | null | undefined;
  /** The profile to change; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
  kind?: AddressKind | null | undefined;
  lat?: number | null | undefined;
  /** At most 1,000 characters. */
  line1: string;
  /** At most 1,000 characters. */
  line2?: string | null | undefined;
  lng?: number | null | undefined;
  /** Make it the default delivery address (the first address always is). */
  makeDefaultDelivery?: boolean | null | undefined;
  /** Six digits in China. At most 256 characters. */
  postcode?: string | null | undefined;
  /** At most 1,000 characters. */
  province: string;
};

/** An email address to add to a profile. */
export type AddEmailInput = {
  /** At most 1,000 characters. */
  address: string;
  /** The profile to change; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** Make it the primary address. */
  makePrimary?: boolean | null | undefined;
};

/** A card the customer's app has tokenised with the payment provider. Never send a card number. */
export type AddPaymentMethodInput = {
  brand: CardBrand;
  /** 1–12. */
  expiryMonth: number;
  /** Four digits; the card must not have expired. */
  expiryYear: number;
  /** The last four digits, exactly four. At most 256 characters. */
  last4: string;
  /** Make it the default card. The first saved card is always the default. */
  makeDefault?: boolean | null | undefined;
  /** The provider's name: lower-case letters, digits, dashes, up to 40 characters. At most 256 characters. */
  provider: string;
  /** The provider's token for the card, up to 200 characters; anything that looks like a card number is refused. At most 1,024 characters. */
  providerToken: string;
};

/** A phone number to add to a profile. */
export type AddPhoneInput = {
  /** The profile to change; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
  kind?: PhoneKind | null | undefined;
  makePrimary?: boolean | null | undefined;
  /** Any usual format; stored in E.164 (China assumed without a country code). At most 1,000 characters. */
  number: string;
};

/** What a postal address is for. */
export type AddressKind =
  /** Where invoices go. */
  | 'BILLING'
  /** An address used for deliveries only. */
  | 'DELIVERY'
  /** Where the customer lives. */
  | 'HOME'
  /** Where the customer works. */
  | 'WORK';

/** An address of a profile. */
export type AddressRefInput = {
  /** At most 100 characters. */
  addressId: string | number;
};

/** How one field of two profiles compares (src/identity/README.md has the weight of each level). */
export type AgreementLevel =
  /** Email, phone, VIN or birthday: a value in common. */
  | 'AGREE'
  /** Names: different. */
  | 'DIFFERENT'
  /** Email, phone, birthday or address: both have one, none in common. */
  | 'DISAGREE'
  /** Names: the same, in any order. */
  | 'EXACT'
  /** Names: a typo or a nickname apart. */
  | 'FUZZY'
  /** Names: one gives a name only by its initial (J. Smith / John Smith): weaker than a typo, as any name with that letter fits. */
  | 'INITIAL'
  /** Names: a given name a letter off another real name (Ping/Ming, Robert/Roberta), or two misspellings two letters apart: a typo or a relative; the other fields decide. */
  | 'NEAR'
  /** Address: the same building, another flat. */
  | 'OTHER_FLAT'
  /** Names: a part agrees (e.g. the family name), another is a different name. */
  | 'PARTIAL'
  /** Address: the same building, the flat unknown on one side. */
  | 'SAME_BUILDING'
  /** Address: the same home. */
  | 'SAME_HOME';

/** The satisfaction survey after a delivery. */
export type AnswerSurveyInput = {
  /** Up to 2,000 characters. At most 10,000 characters. */
  comment?: string | null | undefined;
  /** The delivery, 1 to 5. */
  deliveryRating: number;
  /** Do you intend to buy again within three months? */
  intendsToBuyWithin3Months: boolean;
  /** A delivered order of yours. At most 100 characters. */
  orderId: string | number;
  /** Overall satisfaction, 1 to 5. */
  overallSatisfaction: number;
  /** How likely you would recommend us, 0 to 10. */
  wouldRecommend: number;
};

/** BOOKED -> CANCELLED, COMPLETED or NO_SHOW; any other step is a CONFLICT. */
export type AppointmentStatus =
  /** Booked; takes one of the station's service bays for 60 minutes. */
  | 'BOOKED'
  /** Cancelled by the customer, the station or staff; the bay is free again. */
  | 'CANCELLED'
  /** The visit took place; it produced a service record. */
  | 'COMPLETED'
  /** The customer did not come. */
  | 'NO_SHOW';

/** What an arrival prediction rests on. */
export type ArrivalBasis =
  /** Past parcels of this carrier from the same status, any route (too few on this one). */
  | 'CARRIER_HISTORY'
  /** The courier's own ETA: no history to predict from. */
  | 'COURIER'
  /** The parcel was scanned delivered: the time of that scan. */
  | 'DELIVERED'
  /** Past parcels of every carrier from the same status (too few of this carrier). */
  | 'NETWORK_HISTORY'
  /** Past parcels of this carrier on this route (origin to destination city) from the same status. */
  | 'ROUTE_HISTORY';

/** Hand a lead to a dealership. */
export type AssignLeadInput = {
  /** At most 100 characters. */
  dealerId: string | number;
  /** At most 100 characters. */
  leadId: string | number;
};

/** Filters for the audit log; all given conditions must hold. */
export type AuditLogFilter = {
  /** At most 256 characters. */
  action?: string | null | undefined;
  /** The actor's token subject. At most 256 characters. */
  actorId?: string | null | undefined;
  /** The actor's role. At most 256 characters. */
  actorRole?: string | null | undefined;
  /** Actions at or after this instant. */
  from?: string | null | undefined;
  /** Global id of one record acted on. At most 100 characters. */
  targetId?: string | number | null | undefined;
  /** Type of the records acted on, e.g. Customer. At most 256 characters. */
  targetType?: string | null | undefined;
  /** Actions before this instant. */
  to?: string | null | undefined;
};

/** How an audited action ended. */
export type AuditOutcome =
  /** Refused: the principal may not do it (or not to that target). */
  | 'DENIED'
  /** Allowed, but it failed (bad input, conflict, an error). */
  | 'FAILED'
  /** The action was carried out. */
  | 'SUCCESS';

/** A visit to book at a repair station. */
export type BookServiceAppointmentInput = {
  /** What the visit is for, 1 to 500 characters. At most 10,000 characters. */
  purpose: string;
  /** In the future, at most a year ahead; the visit takes one of the station's service bays for 60 minutes, and a time at which all are taken is CONFLICT. */
  scheduledAt: string;
  /** The repair station; a dealer books at its own (its id is then taken). At most 100 characters. */
  stationId?: string | number | null | undefined;
  /** The vehicle; or give its VIN. At most 100 characters. */
  vehicleId?: string | number | null | undefined;
  /** At most 256 characters. */
  vin?: string | null | undefined;
};

/** A map rectangle: parcels whose event lies inside. */
export type BoundingBox = {
  maxLat: number;
  maxLng: number;
  minLat: number;
  minLng: number;
};

/** Whose brand a product carries. */
export type BrandKind =
  /** The maker's own brand. */
  | 'NATIONAL'
  /** Sold under the platform owner's label (Meridian Select). */
  | 'STORE';

/** A buyer's brand preference in a category, from the store-brand share of their spend there. */
export type BrandPreference =
  /** Between one and two thirds on store brands. */
  | 'MIXED'
  /** A third or less on store brands. */
  | 'NATIONAL_BRAND'
  /** Two thirds or more of the spend on store brands. */
  | 'STORE_BRAND';

/** The file format of a bulk export. */
export type BulkExportFormat =
  /** Comma-separated values with a header line (RFC 4180, CRLF line ends, UTF-8); absent values are empty fields. */
  | 'CSV'
  /** One JSON object per line (application/x-ndjson); absent values are null. */
  | 'NDJSON';

/** What a bulk export contains. */
export type BulkExportKind =
  /** Customer profiles with their primary email, phone and city (personal data), as the customers list filters them. */
  | 'CUSTOMERS'
  /** Orders (number, buyer's id, dealership, channel, status, total, placed at, source), as the orders list filters them; no personal data beyond the buyer's id. */
  | 'ORDERS'
  /** The stored members of one segment, with the same columns as CUSTOMERS. */
  | 'SEGMENT_MEMBERS';

/** Where a bulk export stands. */
export type BulkExportStatus =
  /** Cancelled by cancelBulkExport; the partial file was deleted. */
  | 'CANCELLED'
  /** The file is complete: download it through url. */
  | 'COMPLETED'
  /** The run failed; error says why. Nothing can be downloaded. */
  | 'FAILED'
  /** Accepted and waiting for its background run (also after an interrupted run, which resumes where it stopped). */
  | 'QUEUED'
  /** Rows are being written; rowCount and progress grow. */
  | 'RUNNING';

/** Who a campaign goes to: exactly one of the fields (currentOwnersOnly goes with vehicleModelId). */
export type CampaignAudienceInput = {
  /** True: customers whose birthday is today in their time zone (preference timeZone, else TIME_ZONE); the campaign is then sent every day. */
  birthdayToday?: boolean | null | undefined;
  /** With vehicleModelId: only those who own one now (a recall, a service campaign). Default false: every past owner. */
  currentOwnersOnly?: boolean | null | undefined;
  /** Every customer who bought the product (distinct customers; cancelled orders and lines returned in full do not count; a dealer: in its own orders). At most 100 characters. */
  productId?: string | number | null | undefined;
  /** The members of a segment you may see. At most 100 characters. */
  segmentId?: string | number | null | undefined;
  /** Every customer of the tier. */
  tier?: LoyaltyTier | null | undefined;
  /** Every customer who owned a vehicle of the model (a dealer: vehicles it sold or serviced). At most 100 characters. */
  vehicleModelId?: string | number | null | undefined;
};

/** A campaign: audience, kind, channel and template. */
export type CampaignInput = {
  /** Who it goes to. */
  audience: CampaignAudienceInput;
  /** The message, with profile fields as {{ givenName }} or {{ givenName | fallback }} (givenName, familyName, displayName, organisationName, tier); \{{ is a literal {{. An unknown field is BAD_USER_INPUT naming input.body. 1–5,000 characters. At most 10,000 characters. */
  body: string;
  /** The channel. */
  channel: MessageChannel;
  /** The communication plan's kind: it decides the consent purpose (MARKETING; SERVICE for SERVICE_REMINDER; none for RECALL) and which tiers may get it. */
  kind: CommunicationKind;
  /** What the campaign is called on timelines and lists, 1–120 characters. At most 1,000 characters. */
  name: string;
  /** The subject (email, app push title, letter heading); a template like body, up to 200 characters. At most 1,000 characters. */
  subject?: string | null | undefined;
};

/** Where a campaign stands. */
export type CampaignStatus =
  /** A birthday campaign: sent every day to that day's birthdays, on the queue's daily schedule. */
  | 'ACTIVE'
  /** Created, not sent: previewCampaign shows what sending would do. */
  | 'DRAFT'
  /** Sent: its messages are being decided and handed to the gateway (some may wait for quiet hours to end). */
  | 'SENDING'
  /** Every message was sent or skipped. */
  | 'SENT';

/** The export to cancel. */
export type CancelBulkExportInput = {
  /** The export, QUEUED or RUNNING. At most 100 characters. */
  id: string | number;
};

/** Cancel an order before anything has shipped. */
export type CancelOrderInput = {
  /** At most 100 characters. */
  orderId: string | number;
  /** Optional, up to 500 characters. At most 10,000 characters. */
  reason?: string | null | undefined;
};

/** A prospect's interest, from the web form, a showroom, an event or the hotline. */
export type CaptureLeadInput = {
  /** The dealership the prospect chose; a dealer's own leads are always its own. At most 100 characters. */
  dealerId?: string | number | null | undefined;
  /** Give an email or a phone (or both): the dealer must be able to answer. At most 1,000 characters. */
  email?: string | null | undefined;
  /** 1–100 characters. At most 1,000 characters. */
  familyName: string;
  /** 1–100 characters. At most 1,000 characters. */
  givenName: string;
  /** Whether the prospect agrees to be sent marketing on the channels given (recorded in the consent history either way). */
  marketingConsent: boolean;
  /** Up to 2,000 characters. At most 10,000 characters. */
  message?: string | null | undefined;
  /** The vehicle model of interest. At most 100 characters. */
  modelId: string | number;
  /** Any common format; stored as E.164. At most 1,000 characters. */
  phone?: string | null | undefined;
  /** WEB_FORM for anyone; staff enter HOTLINE or EVENT leads, dealers SHOWROOM or EVENT leads. */
  source: LeadSource;
};

/** The card scheme of a saved card. */
export type CardBrand =
  /** American Express. */
  | 'AMEX'
  /** Discover. */
  | 'DISCOVER'
  /** JCB. */
  | 'JCB'
  /** Mastercard. */
  | 'MASTERCARD'
  /** Any other scheme. */
  | 'OTHER'
  /** China UnionPay. */
  | 'UNIONPAY'
  /** Visa. */
  | 'VISA';

/** A step in a case's life. */
export type CaseActionInput = {
  /** At most 100 characters. */
  caseId: string | number;
  /** comment only: a note staff alone read (never the customer or the dealer). Staff only. */
  internal?: boolean | null | undefined;
  /** assign: the assignee; comment: the text; resolve: the resolution. At most 10,000 characters. */
  text?: string | null | undefined;
};

/** At least `atLeast` cases (default 1) of the given kinds and statuses, opened within the period. Only cases the caller may see count (a dealer: those against its dealership). */
export type CaseCondition = {
  /** At least this many (1 or more; default 1). */
  atLeast?: number | null | undefined;
  /** Opened at or after this instant. */
  from?: string | null | undefined;
  /** Of any of these kinds; any kind when left out. */
  kinds?: Array<CaseKind> | null | undefined;
  /** Opened in the last this many days (1–3650); instead of from/to. */
  lastDays?: number | null | undefined;
  /** In any of these statuses now; any status when left out. */
  statuses?: Array<CaseStatus> | null | undefined;
  /** Opened before this instant. */
  to?: string | null | undefined;
};

/** What an entry of a case's thread is. */
export type CaseEntryKind =
  /** A comment by the customer, the hotline or the dealer; everyone on the case reads it. */
  | 'COMMENT'
  /** A note staff alone read; never shown to the customer or the dealer. */
  | 'INTERNAL_NOTE'
  /** The case moved to `status` (opened, assigned, resolved, closed, reopened); `body` holds the assignee or the resolution. */
  | 'STATUS_CHANGE';

/** Filters for cases. */
export type CaseFilter = {
  /** Cases raised against this dealer. At most 100 characters. */
  againstDealerId?: string | number | null | undefined;
  /** At most 100 characters. */
  customerId?: string | number | null | undefined;
  kind?: CaseKind | null | undefined;
  statuses?: Array<CaseStatus> | null | undefined;
};

/** What a case is about. */
export type CaseKind =
  /** A complaint, possibly against a dealership or station. */
  | 'COMPLAINT'
  /** A question that needs more than one answer. */
  | 'INQUIRY'
  /** A repair that needs following up. */
  | 'REPAIR';

/** How urgent a case is; sets its due time (CASE_SLA_HOURS). */
export type CasePriority =
  /** Due after 24 hours by default. */
  | 'HIGH'
  /** Due after 168 hours by default. */
  | 'LOW'
  /** Due after 72 hours by default. */
  | 'NORMAL'
  /** Due after 4 hours by default. */
  | 'URGENT';

/** OPEN -> IN_PROGRESS -> RESOLVED -> CLOSED; a resolved or closed case may be reopened. */
export type CaseStatus =
  /** Finished; only reopening changes it. */
  | 'CLOSED'
  /** Assigned to someone who works on it. */
  | 'IN_PROGRESS'
  /** Raised, nobody assigned yet. */
  | 'OPEN'
  /** Answered with a resolution; may still get comments, be closed or reopened. */
  | 'RESOLVED';

/** Which category and period the 9-cell matrix covers. */
export type CategoryMatrixInput = {
  /** The category; its subcategories count with it. At most 100 characters. */
  categoryId: string | number;
  /** Orders placed in this span; the last 12 months when absent. */
  period?: ReportPeriod | null | undefined;
};

/** A buyer's usage of a category: the tercile of their spend there among the category's buyers in the period. */
export type CategoryUsage =
  /** The top third by spend. */
  | 'HEAVY'
  /** The bottom third. */
  | 'LIGHT'
  /** The middle third. */
  | 'MEDIUM';

/** The model a prospect is interested in, changed by what no rule can know (they asked about another one). */
export type ChangeLeadInterestInput = {
  /** At most 100 characters. */
  leadId: string | number;
  /** The vehicle model the prospect wants now. At most 100 characters. */
  modelId: string | number;
};

/** Who a row of the communication matrix is for. */
export type CommunicationAudience =
  /** Customers whose stage is LAPSED, whatever their tier. */
  | 'LAPSED'
  /** Profiles without a purchase yet (no tier). */
  | 'NO_PURCHASE'
  /** Customers of the OCCASIONAL tier. */
  | 'OCCASIONAL'
  /** Customers of the REGULAR tier. */
  | 'REGULAR'
  /** Customers of the VERY_LOYAL tier. */
  | 'VERY_LOYAL';

/** A kind of message the platform may send a customer (activation sends only what Customer.communicationPlan allows). */
export type CommunicationKind =
  /** A birthday card. */
  | 'BIRTHDAY'
  /** Seasonal greetings and thanks. */
  | 'GREETING'
  /** A promotion or discount. */
  | 'OFFER'
  /** A win-back message to a customer who stopped buying. */
  | 'REACTIVATION'
  /** A safety recall of the customer's vehicle: sent to every owner, consent or not. */
  | 'RECALL'
  /** What goes with what the customer bought. */
  | 'RECOMMENDATION'
  /** Maintenance due on the customer's vehicle (needs SERVICE consent). */
  | 'SERVICE_REMINDER';

/** The kinds of message one audience may get. */
export type CommunicationRuleInput = {
  audience: CommunicationAudience;
  /** GREETING, BIRTHDAY, RECOMMENDATION, OFFER, REACTIVATION; none means nothing by the tier. */
  kinds: Array<CommunicationKind>;
};

/** A booked visit that took place, and the work done. */
export type CompleteServiceAppointmentInput = {
  /** At most 100 characters. */
  appointmentId: string | number;
  /** At most 100 items. */
  items?: Array<ServiceItemInput>;
  kind: ServiceKind;
  /** The odometer at the visit; it is also recorded as a mileage reading and never goes down. */
  mileageKm: number;
  /** Default: now; not in the future. */
  performedAt?: string | null | undefined;
  /** Up to 5,000 characters. At most 10,000 characters. */
  technicianNotes?: string | null | undefined;
};

/** How sure a reviewer may be that two profiles are one person. */
export type ConfidenceBand =
  /** Merge: the rules link the pair with odds of 2^16 to 1 or more (e.g. an email, the exact name and the birthday), or a VIN and the birthday agree. */
  | 'CERTAIN'
  /** Probably one person: the rules would link the pair (match probability at least 0.99 with an email, phone, VIN or address agreeing). */
  | 'LIKELY'
  /** Review with care: below the link threshold (a family email shared by two given names, a namesake with the same birthday), and always when the birthdays differ. */
  | 'POSSIBLE';

/** Confirm a pending order; its parcels are booked by stock and the customer's split preference. */
export type ConfirmOrderInput = {
  /** The carrier of the parcels; default: the first carrier by code. At most 100 characters. */
  carrierId?: string | number | null | undefined;
  /** At most 100 characters. */
  orderId: string | number;
};

/** The channel a consent decision is about. */
export type ConsentChannel =
  /** Push notifications of the mobile app. */
  | 'APP_PUSH'
  /** Email. */
  | 'EMAIL'
  /** Phone calls. */
  | 'PHONE'
  /** Letters. */
  | 'POST'
  /** Text messages. */
  | 'SMS';

/** Has a consent in force (the latest decision, not expired) that is GRANTED, for this channel and/or purpose; give at least one. */
export type ConsentCondition = {
  /** The channel; any channel when left out. */
  channel?: ConsentChannel | null | undefined;
  /** The purpose; any purpose when left out. */
  purpose?: ConsentPurpose | null | undefined;
};

/** A consent decision for one channel and purpose. */
export type ConsentInput = {
  channel: ConsentChannel;
  /** Only for GRANTED: when the consent lapses (in the future). */
  expiresAt?: string | null | undefined;
  purpose: ConsentPurpose;
  status: ConsentStatus;
};

/** What the customer may be contacted for, or what their data may be used for. */
export type ConsentPurpose =
  /** Sharing the profile with dealerships. */
  | 'DEALER_SHARING'
  /** Campaigns and offers; outbound campaign interactions need it for their channel. */
  | 'MARKETING'
  /** Using the purchase history for personal suggestions (Customer.recommendations); without it on some channel, only what is popular with everyone. */
  | 'PROFILING'
  /** Service reminders and callbacks. */
  | 'SERVICE';

/** A consent decision. */
export type ConsentStatus =
  /** The customer refused when asked. */
  | 'DENIED'
  /** The customer agreed. */
  | 'GRANTED'
  /** The customer withdrew an earlier agreement. */
  | 'REVOKED';

/** A new segment. */
export type CreateSegmentInput = {
  /** A short unique code: lower case letters, digits and dashes, 2–40 characters. At most 256 characters. */
  code: string;
  /** What the segment is for. At most 10,000 characters. */
  description?: string | null | undefined;
  /** The name shown to staff, 1–120 characters. At most 1,000 characters. */
  name: string;
  /** Which customers belong to it. */
  rule: CustomerRule;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** What it is for (a note for its owner). At most 10,000 characters. */
  description?: string | null | undefined;
  /** The event types to receive (at least one). */
  eventTypes: Array<WebhookEventType>;
  /** An http(s) URL without credentials; https in production. At most 1,000 characters. */
  url: string;
};

/** What about a profile changed. */
export type CustomerChangeKind =
  /** The profile itself (name, stage, tier, kind, a merge), its emails, phones, addresses, consents, preferences or tags. */
  | 'PROFILE'
  /** The customer entered or left a segment (segmentId); heard by whoever may see that segment. */
  | 'SEGMENT'
  /** A fact of Customer.traits (orders, value, complaints, surveys...): staff and the customer themself hear of it. */
  | 'TRAITS';

/** Filters for customers; all given conditions must hold. */
export type CustomerFilter = {
  /** With at least N behavioural events (trackEvents) of given types about a product or model within a period. */
  activity?: ActivityCondition | null | undefined;
  /** With at least N cases of given kinds and statuses opened within a period. */
  cases?: CaseCondition | null | undefined;
  /** Churn risk (Customer.traits.churnRisk) at least this, 0–1. */
  churnRiskAtLeast?: number | null | undefined;
  /** City of any of the customer's addresses. At most 1,000 characters. */
  city?: string | null | undefined;
  /** With a consent in force, granted, for a channel and/or purpose. */
  consent?: ConsentCondition | null | undefined;
  /** Profiles created at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Profiles created before this instant. */
  createdBefore?: string | null | undefined;
  /** With dealerId: related to that dealership on any of these grounds (bought a vehicle there, serviced there...). */
  dealerBases?: Array<DealerRelationshipBasis> | null | undefined;
  /** Customers of this dealership (staff: any; a dealer: only its own, another's finds no one). At most 100 characters. */
  dealerId?: string | number | null | undefined;
  /** true: with an open or in-progress case; false: without (cases the caller may see: a dealer, those against it). */
  hasOpenCase?: boolean | null | undefined;
  /** With at least N interactions of given types and channels within a period. */
  interactions?: InteractionCondition | null | undefined;
  kind?: CustomerKind | null | undefined;
  /** Whose latest order was placed at or after this instant (among the orders the caller may see: a dealer, its own). */
  lastOrderAfter?: string | null | undefined;
  /** Whose latest order was placed before this instant (lapsing customers; among the orders the caller may see). */
  lastOrderBefore?: string | null | undefined;
  /** With a lead for a model, with or without a test drive booked. */
  leads?: LeadCondition | null | undefined;
  /** Lifetime value at least this, in minor units (Customer.traits.lifetimeValue). */
  lifetimeValueAtLeast?: number | null | undefined;
  /** At least this many orders, cancelled ones left out (Customer.traits.orderCount). */
  ordersAtLeast?: number | null | undefined;
  /** Whose preferred order channel (Customer.traits.preferredChannel) is any of these (traits: staff and the customer themself). */
  preferredChannels?: Array<OrderChannel> | null | undefined;
  /** Having bought a product, brand or category (subcategories included) within a period. */
  purchased?: PurchaseCondition | null | undefined;
  /** In any of these RFM groups (Customer.traits). Traits are staff's and the customer's own: a dealer's list filtered by a trait is empty. */
  rfmGroups?: Array<RfmGroup> | null | undefined;
  /** Free text: part of the name or email, a phone number, a VIN or a source system's id. At most 200 characters. */
  search?: string | null | undefined;
  /** Members of any of these segments (their stored memberships). Staff may name any segment, a dealer its own; a segment the caller may not see, or that does not exist, selects no one. Not allowed inside a segment's rule. At most 100 characters. */
  segmentIds?: Array<string | number> | null | undefined;
  stage?: LifecycleStage | null | undefined;
  tier?: LoyaltyTier | null | undefined;
  /** Every one of these traits within its bounds (Customer.traits; staff and the customer themself: a dealer's list filtered by a trait is empty). */
  traits?: Array<TraitRange> | null | undefined;
  /** Owning now a vehicle of a model, make or age. */
  vehicle?: VehicleCondition | null | undefined;
};

/** A person, or an organisation of one of three kinds. */
export type CustomerKind =
  /** A company. */
  | 'BUSINESS'
  /** A company running a fleet of vehicles. */
  | 'FLEET'
  /** A public authority. */
  | 'GOVERNMENT'
  /** A private person. */
  | 'PRIVATE';

/** How to sort customers. */
export type CustomerOrder = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** What to sort by; ties are broken by the profile id, in the same direction. */
  field: CustomerOrderField;
};

/** What customers are sorted by. */
export type CustomerOrderField =
  /** Customer.traits.averageOrderValue; customers without orders last. */
  | 'AVERAGE_ORDER_VALUE'
  /** Customer.traits.churnRisk; customers without orders last. */
  | 'CHURN_RISK'
  /** When the profile was created. */
  | 'CREATED_AT'
  /** Customer.traits.daysSinceLastOrder (within a day, by the instant of the last order); customers without orders last. */
  | 'DAYS_SINCE_LAST_ORDER'
  /** The name shown for the customer, alphabetically. */
  | 'DISPLAY_NAME'
  /** Customer.traits.lastOrderAt; customers without orders last. */
  | 'LAST_ORDER_AT'
  /** Customer.traits.lifetimeValue. Trait orderings: staff and the customer themself (a dealer: FORBIDDEN); customers without a value come last in either direction. */
  | 'LIFETIME_VALUE'
  /** Customer.traits.orderCount. */
  | 'ORDER_COUNT'
  /** The RFM cell as one number, recency × 100 + frequency × 10 + monetary (555 is best); customers without orders last. */
  | 'RFM_SCORE';

/** A product on a customer's wishlist or in their browsing history. */
export type CustomerProductInput = {
  /** The customer; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** At most 100 characters. */
  productId: string | number;
};

/** A rule selecting customers (a segment): exactly one of all, any, not or where, nested at most 6 deep with at most 30 filters. */
export type CustomerRule = {
  /** Every one of these rules holds. */
  all?: Array<CustomerRule> | null | undefined;
  /** At least one of these rules holds. */
  any?: Array<CustomerRule> | null | undefined;
  /** This rule does not hold. */
  not?: CustomerRule | null | undefined;
  /** A customer filter, read as customers(filter:) reads it: all its fields hold. */
  where?: CustomerFilter | null | undefined;
};

/** A numeric trait of Customer.traits, as that field reads it. */
export type CustomerTrait =
  /** averageOrderValue, in minor units; none without orders. */
  | 'AVERAGE_ORDER_VALUE'
  /** churnRisk, 0–1; none without orders. */
  | 'CHURN_RISK'
  /** complaintCount. */
  | 'COMPLAINT_COUNT'
  /** daysSinceLastOrder; none without orders. */
  | 'DAYS_SINCE_LAST_ORDER'
  /** daysSinceLastService; none without a service visit. */
  | 'DAYS_SINCE_LAST_SERVICE'
  /** frequencyScore, 1–5; none without orders. */
  | 'FREQUENCY_SCORE'
  /** latestCsat, 1–5; none without a survey. */
  | 'LATEST_CSAT'
  /** latestNps, 0–10; none without a survey. */
  | 'LATEST_NPS'
  /** lifetimeValue, in minor units. */
  | 'LIFETIME_VALUE'
  /** meanDaysBetweenOrders; none with fewer than two orders. */
  | 'MEAN_DAYS_BETWEEN_ORDERS'
  /** monetaryScore, 1–5; none without orders. */
  | 'MONETARY_SCORE'
  /** openComplaintCount. */
  | 'OPEN_COMPLAINT_COUNT'
  /** orderCount: orders, cancelled ones left out. */
  | 'ORDER_COUNT'
  /** recencyScore, 1–5; none without orders. */
  | 'RECENCY_SCORE'
  /** returnCount. */
  | 'RETURN_COUNT'
  /** vehiclesOwned. */
  | 'VEHICLES_OWNED';

/** What a dealership does. */
export type DealerCapability =
  /** Runs a repair station (service bays, service records, appointments). */
  | 'REPAIR'
  /** Sells vehicles and goods. */
  | 'SALES';

/** Filters for dealers; all given conditions must hold. */
export type DealerFilter = {
  capability?: DealerCapability | null | undefined;
  /** At most 1,000 characters. */
  city?: string | null | undefined;
  /** Part of the name or code, case-insensitive. At most 200 characters. */
  search?: string | null | undefined;
};

/** Why a customer is a customer of a dealership. */
export type DealerRelationshipBasis =
  /** A lead of theirs is assigned to it (src/leads). */
  | 'LEAD'
  /** They ordered through it or picked an order up there. */
  | 'ORDER'
  /** They chose it as their preferred dealership. */
  | 'PREFERRED'
  /** The dealership sold them a vehicle. */
  | 'SALE'
  /** One of its stations serviced their vehicle. */
  | 'SERVICE'
  /** They are in the dealership's own system (an imported source record). */
  | 'SOURCE';

/** Interactions a source deleted. */
export type DeleteIngestedInteractionsInput = {
  /** 1 to 1,000 interaction ids of that source. At most 256 characters. */
  interactionIds: Array<string>;
  /** The source system the interactions came from. At most 256 characters. */
  source: string;
};

/** Transactions a source deleted. */
export type DeleteIngestedOrdersInput = {
  /** The source system the transactions came from. At most 256 characters. */
  source: string;
  /** 1 to 1,000 transaction ids of that source. At most 256 characters. */
  transactionIds: Array<string>;
};

/** Visits a source deleted. */
export type DeleteIngestedServiceVisitsInput = {
  /** The source system the visits came from. At most 256 characters. */
  source: string;
  /** 1 to 1,000 visit ids of that source. At most 256 characters. */
  visitIds: Array<string>;
};

/** Vehicle sales a source deleted. */
export type DeleteIngestedVehicleSalesInput = {
  /** 1 to 1,000 sale ids of that source. At most 256 characters. */
  saleIds: Array<string>;
  /** The source system the sales came from. At most 256 characters. */
  source: string;
};

/** The segment to delete. */
export type DeleteSegmentInput = {
  /** The segment. At most 100 characters. */
  segmentId: string | number;
};

/** The endpoint to delete. */
export type DeleteWebhookEndpointInput = {
  /** The endpoint; its delivery log goes with it. At most 100 characters. */
  endpointId: string | number;
};

/** A delivery address given with the order (not saved to the profile). */
export type DeliveryAddressInput = {
  /** At most 1,000 characters. */
  city: string;
  /** ISO 3166 alpha-2; default CN. At most 256 characters. */
  country?: string | null | undefined;
  /** At most 1,000 characters. */
  line1: string;
  /** At most 1,000 characters. */
  line2?: string | null | undefined;
  /** At most 256 characters. */
  postcode?: string | null | undefined;
  /** At most 1,000 characters. */
  province: string;
};

/** Which parcels a dashboard's live feed shows; all given conditions must hold. */
export type DeliveryFeedFilter = {
  /** At most 100 characters. */
  carrierId?: string | number | null | undefined;
  /** Parcels of orders sold by or picked up at this dealer. At most 100 characters. */
  dealerId?: string | number | null | undefined;
  /** A region, by the event's position. */
  region?: BoundingBox | null | undefined;
  statuses?: Array<ShipmentStatus> | null | undefined;
};

/** How an order reaches the customer. */
export type DeliveryOption =
  /** Collected at the ordering dealer; no delivery address. */
  | 'DEALER_PICKUP'
  /** About a day. */
  | 'EXPRESS'
  /** Delivered on the day of ordering in the platform's time zone (TIME_ZONE, default Asia/Shanghai); taken until SAME_DAY_CUTOFF (default 14:00), and a delivery window must lie within that day. */
  | 'SAME_DAY'
  /** About three days; free from 99.00. */
  | 'STANDARD';

/** When the customer wants the delivery: in the future, start before end, at most 12 hours long. */
export type DeliveryWindowInput = {
  end: string;
  start: string;
};

/** A source record to split off its profile, and where it goes. */
export type DetachSourceRecordInput = {
  /** An existing profile to attach the record to. Without it the record gets a new profile of its own. Naming the profile it came from undoes an earlier detach. At most 100 characters. */
  onto?: string | number | null | undefined;
  /** The record's source, e.g. hotline, dealer-sh-01 (as in Customer.sourceIdentities). At most 256 characters. */
  source: string;
  /** The record's id in that source. At most 256 characters. */
  sourceId: string;
};

/** Changes to one's own review; a field left out stays as it is. */
export type EditReviewInput = {
  /** At most 10,000 characters. */
  body?: string | null | undefined;
  /** At most 100 characters. */
  reviewId: string | number;
  /** How shoppers see you named. */
  shownAs?: ReviewerShownAs | null | undefined;
  stars?: number | null | undefined;
  /** At most 1,000 characters. */
  title?: string | null | undefined;
};

/** An email address of a profile. */
export type EmailRefInput = {
  /** Any case; compared lower-cased and trimmed. At most 1,000 characters. */
  address: string;
  /** The profile to change; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
};

/** Whom to erase. */
export type EraseCustomerInput = {
  /** The customer; a merged-away id erases the surviving profile (the same person). At most 100 characters. */
  customerId: string | number;
};

/** What importing did with a source's historical record (an order, a service visit, an interaction, a vehicle sale). */
export type ImportOutcome =
  /** A record not seen before (or one the source had deleted and sends again). */
  | 'CREATED'
  /** Sent before with the same content and the same products found: nothing was written. */
  | 'UNCHANGED'
  /** A known record with changed content: what it became (an order, a service record) was rebuilt in place, same id; the previous version is kept. */
  | 'UPDATED';

/** Where an imported record stands. */
export type ImportedRecordState =
  /** Built (an order, a service record) and on the profile its person's source record belongs to; it follows that record through merges, unmerges and detaches. */
  | 'ATTACHED'
  /** Waiting for the person's source record (same source, personSourceId); attached when it arrives. An order, an interaction or a vehicle sale is not built until then; a service visit is, on its vehicle. */
  | 'PENDING'
  /** Stored as sent but not built: an order with no line left (unknown products, bad quantities or prices), a visit to an unknown vehicle or station, a vehicle sale with a bad VIN or of an unknown vehicle whose model is not named. Sending a corrected record (or the same one once the product, vehicle or station is known) builds it. */
  | 'QUARANTINED';

/** A batch of one source's historical interactions (at most 1,000). */
export type IngestInteractionsInput = {
  /** 1 to 1,000 interactions. */
  interactions: Array<SourceInteractionInput>;
  /** The source system, e.g. hotline or dealer-sh-01 (a dealer imports only into dealer-<its code>). At most 256 characters. */
  source: string;
};

/** A batch of one source's historical orders (at most 1,000). */
export type IngestOrdersInput = {
  /** 1 to 1,000 orders. */
  orders: Array<SourceOrderInput>;
  /** The source system, e.g. webshop or dealer-sh-01 (a dealer imports only into dealer-<its code>). At most 256 characters. */
  source: string;
};

/** What ingestion did with a record. */
export type IngestOutcome =
  /** New person: a new profile was made from it. */
  | 'CREATED'
  /** New record of a known person: linked to an existing profile (or to one made from another record of the batch). */
  | 'MATCHED'
  /** Known record, same payload: nothing changed. */
  | 'UNCHANGED'
  /** Known record with a changed payload: stored, still linked to its profile, golden record re-derived. */
  | 'UPDATED';

/** A batch of one source's historical service visits (at most 1,000). */
export type IngestServiceVisitsInput = {
  /** The source system, e.g. dealer-bj-02 (a dealer imports only into dealer-<its code>). At most 256 characters. */
  source: string;
  /** 1 to 1,000 visits. */
  visits: Array<SourceServiceVisitInput>;
};

/** A batch of one source's records (at most 1,000). */
export type IngestSourceRecordsInput = {
  /** 1 to 1,000 records. */
  records: Array<SourceRecordInput>;
  /** e.g. webshop, app, hotline, dealer-sh-01 (a dealer's system: dealer-<its code>). At most 256 characters. */
  source: string;
};

/** A batch of one source's historical vehicle sales (at most 1,000). */
export type IngestVehicleSalesInput = {
  /** 1 to 1,000 sales. */
  sales: Array<SourceVehicleSaleInput>;
  /** The source system, e.g. dealer-sh-01 (a dealer imports only into dealer-<its code>). At most 256 characters. */
  source: string;
};

/** How a touch point happened. */
export type InteractionChannel =
  /** In the mobile app. */
  | 'APP'
  /** A chat session. */
  | 'CHAT'
  /** An email. */
  | 'EMAIL'
  /** A phone call. */
  | 'PHONE'
  /** A letter. */
  | 'POST'
  /** A text message. */
  | 'SMS'
  /** A visit at a dealership or station. */
  | 'VISIT'
  /** On the website. */
  | 'WEB';

/** At least `atLeast` interactions (default 1) of the given types and channels within the period. Only interactions the caller may see count (a dealer: those with its dealership). */
export type InteractionCondition = {
  /** At least this many (1 or more; default 1). */
  atLeast?: number | null | undefined;
  /** On any of these channels; any channel when left out. */
  channels?: Array<InteractionChannel> | null | undefined;
  /** That occurred at or after this instant. */
  from?: string | null | undefined;
  /** That occurred in the last this many days (1–3650); instead of from/to. */
  lastDays?: number | null | undefined;
  /** That occurred before this instant. */
  to?: string | null | undefined;
  /** Of any of these types; any type when left out. */
  types?: Array<InteractionType> | null | undefined;
};

/** Who started the touch point. */
export type InteractionDirection =
  /** The customer contacted the company. */
  | 'INBOUND'
  /** The company contacted the customer. */
  | 'OUTBOUND';

/** Filters for a customer's interactions. */
export type InteractionFilter = {
  channels?: Array<InteractionChannel> | null | undefined;
  direction?: InteractionDirection | null | undefined;
  /** At or after. */
  from?: string | null | undefined;
  /** Before. */
  to?: string | null | undefined;
  types?: Array<InteractionType> | null | undefined;
};

/** What a touch point was about. */
export type InteractionType =
  /** A marketing message; needs the customer's MARKETING consent for the channel. */
  | 'CAMPAIGN'
  /** A complaint (usually with a case). */
  | 'COMPLAINT'
  /** Praise or a suggestion. */
  | 'FEEDBACK'
  /** A greeting (birthday, holiday). */
  | 'GREETING'
  /** A question from the customer. */
  | 'INQUIRY'
  /** An automatic notice about an order (confirmed, shipped, delivered, cancelled, return accepted or refunded). */
  | 'NOTIFICATION'
  /** A follow-up call after a service visit. */
  | 'SERVICE_CALLBACK';

/** A customer whose password staff reset. */
export type IssuePasswordResetInput = {
  /** At most 100 characters. */
  customerId: string | number;
};

/** Has a lead (src/leads) matching every given field. `not` of { testDriveBooked: true } is "no test drive booked". Only leads the caller may see count (a dealer: those assigned to it). */
export type LeadCondition = {
  /** Captured in the last this many days (1–3650). */
  lastDays?: number | null | undefined;
  /** For this vehicle model (VehicleModel id); any model when left out. At most 100 characters. */
  modelId?: string | number | null | undefined;
  /** true: a test drive was booked on it (it reached TEST_DRIVE_BOOKED); false: none was. */
  testDriveBooked?: boolean | null | undefined;
};

/** Filters for leads; all given conditions must hold. */
export type LeadFilter = {
  /** Staff: one dealership's leads (a dealer always sees only its own). At most 100 characters. */
  dealerId?: string | number | null | undefined;
  sources?: Array<LeadSource> | null | undefined;
  statuses?: Array<LeadStatus> | null | undefined;
};

/** Where a lead came from. */
export type LeadSource =
  /** A trade fair, launch or test-drive event. */
  | 'EVENT'
  /** A call to the maker's hotline, entered by an agent. */
  | 'HOTLINE'
  /** A visitor at a dealership, entered by the dealer. */
  | 'SHOWROOM'
  /** The public web form (anyone, no sign-in). */
  | 'WEB_FORM';

/** Where a lead stands in the sales funnel. */
export type LeadStatus =
  /** The dealer or the hotline has spoken to the prospect. */
  | 'CONTACTED'
  /** Closed without a sale (lostReason says why). */
  | 'LOST'
  /** Captured, nobody has contacted the prospect yet. */
  | 'NEW'
  /** A test drive is booked (testDriveAt). */
  | 'TEST_DRIVE_BOOKED'
  /** Sold: the prospect bought a vehicle (and owns it now). */
  | 'WON';

/** Where the customer stands in the relationship. */
export type LifecycleStage =
  /** Has bought goods or service. */
  | 'CUSTOMER'
  /** An owner or customer with no order, vehicle bought or service visit for the trait rules' lapseDays (a year by default); the next one ends it. */
  | 'LAPSED'
  /** Has shown interest (an enquiry, a test drive). */
  | 'LEAD'
  /** Owns a vehicle bought through the platform's dealers; a vehicle sale makes a PROSPECT, LEAD or CUSTOMER an OWNER. */
  | 'OWNER'
  /** Known, no purchase or enquiry yet. */
  | 'PROSPECT';

/** A touch point to log on the customer's timeline. */
export type LogInteractionInput = {
  channel: InteractionChannel;
  /** At most 100 characters. */
  customerId: string | number;
  direction: InteractionDirection;
  /** At most 10,000 characters. */
  notes?: string | null | undefined;
  /** Default: now. */
  occurredAt?: string | null | undefined;
  /** At most 1,000 characters. */
  outcome?: string | null | undefined;
  /** At most 1,000 characters. */
  subject: string;
  type: InteractionType;
};

/** Email and password. */
export type LoginInput = {
  /** The app's anonymous visitor id (trackEvents): the visitor's events join this profile, and later events sent with it land there too. 8–64 letters, digits, - and _. At most 256 characters. */
  anonymousId?: string | null | undefined;
  /** At most 1,000 characters. */
  email: string;
  /** At most 1,024 characters. */
  password: string;
};

/** Loyalty tier from the number of orders (cancelled ones left out), by the thresholds of traitRules. */
export type LoyaltyTier =
  /** At least occasionalOrders orders (one by default), fewer than regularOrders. */
  | 'OCCASIONAL'
  /** At least regularOrders orders (three by default), fewer than veryLoyalOrders. */
  | 'REGULAR'
  /** At least the trait rules' veryLoyalOrders orders (six by default). */
  | 'VERY_LOYAL';

/** Product codes of one source system. */
export type MapSourceProductCodesInput = {
  /** The codes and their SKUs; a code mapped before moves to the new SKU. */
  codes: Array<SourceProductCodeInput>;
  /** The source system, e.g. dealer-sh-01 (a dealer maps only its own system's codes). At most 256 characters. */
  source: string;
};

/** A customer marks a shown review helpful; once per review, not their own. */
export type MarkReviewHelpfulInput = {
  /** PublicReview.id (Product.reviews). At most 100 characters. */
  reviewId: string | number;
};

/** A field matching compares. */
export type MatchField =
  /** A home: city, street, house number, and building, unit and room where known. */
  | 'ADDRESS'
  /** The date of birth. */
  | 'BIRTHDAY'
  /** An email address, normalised (lower case; Gmail without dots and +tags). */
  | 'EMAIL'
  /** The person's or organisation's name, in any order. */
  | 'NAME'
  /** A phone number in E.164. */
  | 'PHONE'
  /** A vehicle identification number. */
  | 'VIN';

/** How a source record was linked to the profile. */
export type MatchRule =
  /** Same source id, or a VIN the profile owns or another record carries. */
  | 'EXACT'
  /** Same normalised email or E.164 phone, with compatible names. */
  | 'EXACT_NORMALIZED'
  /** Similar names (pg_trgm), always together with an exact criterion (birthday, or postcode and similar address). */
  | 'FUZZY'
  /** Linked by hand. */
  | 'MANUAL'
  /** The record started a new profile. */
  | 'NEW';

/** Two profiles to become one. */
export type MergeCustomersInput = {
  /** The profile merged into it; its id keeps resolving to the survivor. At most 100 characters. */
  mergedId: string | number;
  /** The profile that stays. At most 100 characters. */
  survivorId: string | number;
};

/** How a campaign's message reaches the customer; a gateway behind a webhook endpoint (message.requested) sends it. */
export type MessageChannel =
  /** Push notification of the mobile app. Consent channel APP_PUSH. */
  | 'APP_PUSH'
  /** Email (the body is HTML: profile values are HTML-escaped). Consent channel EMAIL. */
  | 'EMAIL'
  /** A printed letter. Consent channel POST; quiet hours do not apply. */
  | 'MAIL'
  /** Text message. Consent channel SMS. */
  | 'SMS';

/** Staff moderation: hide a review from public display, or show it again. */
export type ModerateReviewInput = {
  /** true hides it, false shows it again. */
  hidden: boolean;
  /** Why; up to 500 characters. At most 10,000 characters. */
  note?: string | null | undefined;
  /** At most 100 characters. */
  reviewId: string | number;
};

/** A complaint, repair or inquiry case to open: staff for any customer, a customer for themself (against the maker, or a dealer with againstDealerId). */
export type OpenCaseInput = {
  /** The dealer or repair station the complaint is against; it will see and may answer the case. At most 100 characters. */
  againstDealerId?: string | number | null | undefined;
  /** Whose case it is; a customer may leave it out (themself). Required for staff. At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** At most 10,000 characters. */
  description?: string | null | undefined;
  kind: CaseKind;
  /** The customer's order the case is about. At most 100 characters. */
  orderId?: string | number | null | undefined;
  /** Default NORMAL; only staff set it (a customer's case is triaged by the hotline). */
  priority?: CasePriority | null | undefined;
  /** The product the case is about. At most 100 characters. */
  productId?: string | number | null | undefined;
  /** The customer's service visit the case is about. At most 100 characters. */
  serviceRecordId?: string | number | null | undefined;
  /** The customer's parcel the case is about. At most 100 characters. */
  shipmentId?: string | number | null | undefined;
  /** At most 1,000 characters. */
  subject: string;
  /** The customer's vehicle (owned now or before) the case is about. At most 100 characters. */
  vehicleId?: string | number | null | undefined;
};

/** Where the order was placed. */
export type OrderChannel =
  /** Staff (call center) on behalf of a customer. */
  | 'CALL_CENTER'
  /** A dealership on behalf of its customer. */
  | 'DEALER'
  /** The customer in the mobile app. */
  | 'MOBILE'
  /** The customer in the web shop. */
  | 'WEB';

/** Filters for orders; all given conditions must hold. */
export type OrderFilter = {
  channel?: OrderChannel | null | undefined;
  /** At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** At most 100 characters. */
  dealerId?: string | number | null | undefined;
  /** Placed at or after. */
  placedAfter?: string | null | undefined;
  /** Placed before. */
  placedBefore?: string | null | undefined;
  statuses?: Array<OrderStatus> | null | undefined;
};

/** How many of an order line. */
export type OrderLineQuantityInput = {
  /** At most 100 characters. */
  orderLineId: string | number;
  quantity: number;
};

/** Where an order stands. */
export type OrderStatus =
  /** Cancelled before any parcel left; payments released or refunded. */
  | 'CANCELLED'
  /** Confirmed and its parcels booked; none has left the warehouse yet. */
  | 'CONFIRMED'
  /** Every parcel was delivered. */
  | 'DELIVERED'
  /** Some parcels have left the warehouse, others not yet. */
  | 'PARTIALLY_SHIPPED'
  /** Placed, not yet confirmed; can still be cancelled. */
  | 'PENDING'
  /** Everything delivered has come back (closed returns). */
  | 'RETURNED'
  /** Every parcel has left the warehouse. */
  | 'SHIPPED';

/** How a customer holds a vehicle for a period. */
export type OwnershipRole =
  /** Drives it (a company car); not an owner. */
  | 'DRIVER'
  /** Leases it. */
  | 'LESSEE'
  /** Owns it. */
  | 'OWNER';

/** How an order is paid. */
export type PaymentMethod =
  /** Card: authorised at placement, captured when the first parcel leaves. */
  | 'CARD'
  /** Paid to the courier: captured when the last parcel is delivered. */
  | 'CASH_ON_DELIVERY'
  /** Invoice; only business, fleet and government customers. */
  | 'INVOICE';

/** Where a payment stands. */
export type PaymentStatus =
  /** Card amount reserved, not yet taken. */
  | 'AUTHORIZED'
  /** Money taken (see paidAt). */
  | 'CAPTURED'
  /** Will not be paid (an unpaid payment of a cancelled order). */
  | 'FAILED'
  /** Not yet paid (cash on delivery, invoice). */
  | 'PENDING'
  /** Released or paid back (cancellation). */
  | 'REFUNDED';

/** What a phone number is for. */
export type PhoneKind =
  /** Landline at home. */
  | 'HOME'
  /** Mobile phone. */
  | 'MOBILE'
  /** Work number. */
  | 'WORK';

/** A phone number of a profile. */
export type PhoneRefInput = {
  /** The profile to change; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** Any usual format. At most 1,000 characters. */
  number: string;
};

/** An order to place. Prices are taken from the catalog at this moment. */
export type PlaceOrderInput = {
  address?: DeliveryAddressInput | null | undefined;
  /** A saved address of the customer; or give `address`. Neither for DEALER_PICKUP. At most 100 characters. */
  addressId?: string | number | null | undefined;
  /** A customer's WEB (default) or MOBILE; staff always order through CALL_CENTER, dealers through DEALER. */
  channel?: OrderChannel | null | undefined;
  /** Whose order; a customer orders for themself and may leave it out. At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** The dealership to pick up at (required for DEALER_PICKUP); a dealer ordering is the dealer. At most 100 characters. */
  dealerId?: string | number | null | undefined;
  deliveryOption: DeliveryOption;
  deliveryWindow?: DeliveryWindowInput | null | undefined;
  /** Up to 100 characters; a retried submit with the same key returns the first order. At most 256 characters. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 100 lines; lines of the same product are merged into one. */
  lines: Array<PlaceOrderLineInput>;
  /** INVOICE only for business, fleet and government customers. Omitted: the customer's default saved card (CARD), BAD_USER_INPUT when there is none. */
  paymentMethod?: PaymentMethod | null | undefined;
  /** A saved card of the customer to charge (Customer.paymentMethods); implies CARD. It must not have expired. At most 100 characters. */
  savedPaymentMethodId?: string | number | null | undefined;
  /** Default FASTEST. */
  splitPreference?: SplitPreference | null | undefined;
};

/** A product and how many; the product by id or by SKU (one of them). */
export type PlaceOrderLineInput = {
  /** At most 100 characters. */
  productId?: string | number | null | undefined;
  /** 1 to 999. */
  quantity: number;
  /** At most 256 characters. */
  sku?: string | null | undefined;
};

/** One setting; an empty value removes it. */
export type PreferenceInput = {
  /** contactChannel (EMAIL, SMS, PHONE, WECHAT, POST), newsletter (WEEKLY, MONTHLY, NEVER), language (BCP-47) or timeZone (IANA, e.g. Europe/Berlin: birthday greetings and quiet hours follow it). At most 256 characters. */
  key: string;
  /** At most 10,000 characters. */
  value: string;
};

/** Filters for products; all given conditions must hold. */
export type ProductFilter = {
  brandKind?: BrandKind | null | undefined;
  /** Category id; includes its sub-categories. At most 100 characters. */
  categoryId?: string | number | null | undefined;
  /** Highest price in minor units. */
  maxPriceMinor?: number | null | undefined;
  /** Lowest price in minor units. */
  minPriceMinor?: number | null | undefined;
  /** Part of the name, SKU or brand, case-insensitive. At most 200 characters. */
  search?: string | null | undefined;
  /** Supplier id. At most 100 characters. */
  supplierId?: string | number | null | undefined;
};

/** How to sort products. */
export type ProductOrder = {
  direction?: SortDirection;
  field: ProductOrderField;
};

/** What products are sorted by. */
export type ProductOrderField =
  /** When the product was added to the catalog. */
  | 'CREATED_AT'
  /** The product's name, alphabetically. */
  | 'NAME'
  /** Units sold in the last 30 days, cancelled orders left out (0 when none). */
  | 'POPULARITY'
  /** The current catalog price. */
  | 'PRICE'
  /** Average stars of its shown reviews; a product without one counts as 0 (last when DESC). */
  | 'RATING';

/** Bought, in orders placed within the period, what matches every given product field (none: anything). Cancelled orders and fully returned lines do not count; a partly returned line counts with the units kept (returns not rejected). Only orders the caller may see count (a dealer: its own). */
export type PurchaseCondition = {
  /** A product of this brand, exactly. At most 1,000 characters. */
  brand?: string | null | undefined;
  /** A product of this category or any of its subcategories (ProductCategory id). At most 100 characters. */
  categoryId?: string | number | null | undefined;
  /** Orders placed at or after this instant. */
  from?: string | null | undefined;
  /** Orders placed in the last this many days (1–3650); instead of from/to. */
  lastDays?: number | null | undefined;
  /** In at least this many distinct orders (default 1). */
  minOrders?: number | null | undefined;
  /** At least this many units kept, summed over the matching lines (default 1). */
  minUnits?: number | null | undefined;
  /** This product (Product id). At most 100 characters. */
  productId?: string | number | null | undefined;
  /** The product with this SKU. At most 256 characters. */
  sku?: string | null | undefined;
  /** Orders placed before this instant. */
  to?: string | null | undefined;
};

/** The customer's satisfaction with a closed case (CSAT), given once. */
export type RateCaseInput = {
  /** At most 100 characters. */
  caseId: string | number;
  /** At most 10,000 characters. */
  comment?: string | null | undefined;
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  score: number;
};

/** Mark a return as received at the warehouse; refunds its lines. */
export type ReceiveReturnInput = {
  /** At most 100 characters. */
  returnId: string | number;
};

/** Where the recommendations will be shown: decides whether the customer's communication plan applies. */
export type RecommendationContext =
  /** Sent to the customer (an email, a letter): only when their communication plan allows RECOMMENDATION messages, else no items. */
  | 'MESSAGE'
  /** Shown while the customer is in the shop, portal or with an agent: the communication plan does not apply (nothing is sent). */
  | 'ON_SITE';

/** What a recommended product's score mostly comes from. */
export type RecommendationSource =
  /** Often bought by customers who bought one of this customer's recent purchases (the chain effect). */
  | 'BOUGHT_TOGETHER'
  /** A consumable the customer buys regularly whose next purchase is due (from two weeks ahead to a month overdue): the repurchase prediction. */
  | 'DUE'
  /** Bought recently by many customers: the same for everyone, not personal. */
  | 'POPULAR'
  /** Bought recently by many customers of the same loyalty tier. */
  | 'SEGMENT';

/** An odometer reading. */
export type RecordMileageInput = {
  km: number;
  readAt: string;
  /** At most 256 characters. */
  vin: string;
};

/** A product page the customer viewed. */
export type RecordProductViewInput = {
  /** The customer; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** At most 100 characters. */
  productId: string | number;
  /** Default: now; not in the future. */
  viewedAt?: string | null | undefined;
};

/** Work a repair station did on a vehicle, given by id or VIN. */
export type RecordServiceRecordInput = {
  /** At most 100 items. */
  items?: Array<ServiceItemInput>;
  kind: ServiceKind;
  /** The odometer at the visit; it is also recorded as a mileage reading and never goes down. */
  mileageKm: number;
  /** Default: now; not in the future. */
  performedAt?: string | null | undefined;
  /** The repair station; a dealer records its own work (its id is then taken). Staff must give it. At most 100 characters. */
  stationId?: string | number | null | undefined;
  /** Up to 5,000 characters. At most 10,000 characters. */
  technicianNotes?: string | null | undefined;
  /** The vehicle; or give its VIN. At most 100 characters. */
  vehicleId?: string | number | null | undefined;
  /** At most 256 characters. */
  vin?: string | null | undefined;
};

/** A batch of tracking events (at most 250). */
export type RecordTrackingEventsInput = {
  events: Array<TrackingEventInput>;
};

/** A sale or transfer: the vehicle's current ownership ends, the new one starts, history is kept. */
export type RecordVehicleSaleInput = {
  /** The new owner. At most 100 characters. */
  customerId: string | number;
  role?: OwnershipRole | null | undefined;
  /** The selling dealer; a dealer records its own sales (this is then its id). At most 100 characters. */
  sellingDealerId?: string | number | null | undefined;
  /** The day ownership changes. */
  soldOn: string;
  /** At most 256 characters. */
  vin: string;
};

/** A new customer account for the web shop and the app. */
export type RegisterCustomerInput = {
  /** The app's anonymous visitor id (trackEvents): the visitor's events join this profile, and later events sent with it land there too. 8–64 letters, digits, - and _. At most 256 characters. */
  anonymousId?: string | null | undefined;
  /** At most 1,000 characters. */
  email: string;
  /** At most 1,000 characters. */
  familyName: string;
  /** At most 1,000 characters. */
  givenName: string;
  /** At least 10 characters. At most 1,024 characters. */
  password: string;
  /** Any usual format; stored in E.164 (China assumed without a country code). At most 1,000 characters. */
  phone?: string | null | undefined;
};

/** A vehicle to register by its VIN. */
export type RegisterVehicleInput = {
  /** At most 256 characters. */
  color?: string | null | undefined;
  /** At most 100 characters. */
  modelId: string | number;
  modelYear: number;
  /** At most 256 characters. */
  plate?: string | null | undefined;
  /** 17 characters, ISO 3779 check digit at position 9. At most 256 characters. */
  vin: string;
};

/** Decline an open return; nothing is refunded, and its quantities may be returned again. */
export type RejectReturnInput = {
  /** Optional, up to 500 characters; told to the customer. At most 10,000 characters. */
  reason?: string | null | undefined;
  /** At most 100 characters. */
  returnId: string | number;
};

/** The delivery to send again. */
export type ReplayWebhookDeliveryInput = {
  /** The delivery to replay (any status); the new one carries the same event id. At most 100 characters. */
  deliveryId: string | number;
};

/** A time span: from (inclusive) to (exclusive). */
export type ReportPeriod = {
  from: string;
  to: string;
};

/** Return delivered lines within their return window; no reason is required. */
export type RequestReturnInput = {
  /** 1 to 100 lines, each at most the delivered quantity not yet returned. */
  lines: Array<OrderLineQuantityInput>;
  /** At most 100 characters. */
  orderId: string | number;
  /** Optional, up to 1000 characters. At most 10,000 characters. */
  reason?: string | null | undefined;
};

/** A new time for a booked visit. */
export type RescheduleServiceAppointmentInput = {
  /** At most 100 characters. */
  appointmentId: string | number;
  /** In the future, at most a year ahead, with a service bay free for 60 minutes (else CONFLICT). */
  scheduledAt: string;
};

/** A one-time reset token and the new password. */
export type ResetPasswordInput = {
  /** At least 10 characters. At most 1,024 characters. */
  newPassword: string;
  /** At most 1,024 characters. */
  token: string;
};

/** OPEN -> CLOSED, or OPEN -> REJECTED. Arrival and refund are one step, so there is no separate received state. */
export type ReturnStatus =
  /** Arrived at the warehouse (pick-up scanned delivered, or received by staff) and refunded: see receivedAt and refunds. */
  | 'CLOSED'
  /** Accepted (within the return window no approval is needed) and its pick-up booked; the goods are on their way back. */
  | 'OPEN'
  /** Declined by staff while open; nothing refunded, its quantities count as not returned. */
  | 'REJECTED';

/** How a product's reviews are sorted. */
export type ReviewOrder =
  /** Most marked helpful first; among equals, newest first. */
  | 'MOST_HELPFUL'
  /** Newest first (the default). */
  | 'NEWEST';

/** How a public review names its author, as the author chose. */
export type ReviewerShownAs =
  /** The author's display name. */
  | 'DISPLAY_NAME'
  /** Only the initials of the display name (Mei Lin: M. L.). The default. */
  | 'INITIALS';

/** A customer's place on the recency × frequency grid (scores 1–5 each). */
export type RfmGroup =
  /** Recency 2, frequency 3–5: a good customer fading. */
  | 'AT_RISK'
  /** Recency 1, frequency 3–5: a good customer gone quiet. */
  | 'CANNOT_LOSE'
  /** Recency 4–5 and frequency 4–5: bought recently and often. */
  | 'CHAMPIONS'
  /** Recency 1, frequency 1–2. */
  | 'HIBERNATING'
  /** Recency 3–5 and frequency 3–5, not champions. */
  | 'LOYAL'
  /** Recency 2, frequency 1–2. */
  | 'NEEDS_ATTENTION'
  /** Recency 4–5, one order. */
  | 'NEW'
  /** Recency 3–5, frequency 1–2, not new. */
  | 'PROMISING';

/** What a supplier's sales report is broken down by. */
export type SalesDimension =
  /** Private, business, fleet or government buyer. */
  | 'CUSTOMER_KIND'
  /** Calendar month of the order (UTC). */
  | 'MONTH'
  /** The product (SKU). */
  | 'PRODUCT'
  /** Province of the delivery address. */
  | 'REGION'
  /** The buyer's loyalty tier. */
  | 'TIER';

/** A saved card, by id. */
export type SavedPaymentMethodInput = {
  /** At most 100 characters. */
  paymentMethodId: string | number;
};

/** Whether a customer entered or left a segment. */
export type SegmentMembershipChangeKind =
  /** The segment's rule selects the customer now, and did not before. */
  | 'ENTERED'
  /** The segment's rule no longer selects the customer (or the profile was merged into another). */
  | 'LEFT';

/** A campaign to send. */
export type SendCampaignInput = {
  /** The campaign (a DRAFT). At most 100 characters. */
  campaignId: string | number;
};

/** Filters for a station's appointments. */
export type ServiceAppointmentFilter = {
  /** Scheduled at or after. */
  from?: string | null | undefined;
  statuses?: Array<AppointmentStatus> | null | undefined;
};

/** A booked visit. */
export type ServiceAppointmentRefInput = {
  /** At most 100 characters. */
  appointmentId: string | number;
};

/** Which of the model's maintenance intervals falls due first. */
export type ServiceDueReason =
  /** The kilometres since the last maintenance reach the interval first, at the vehicle's projected rate. */
  | 'MILEAGE'
  /** The months since the last maintenance (or since delivery) run out first. */
  | 'TIME';

/** A part or a labour item, priced in minor units (fen). */
export type ServiceItemInput = {
  /** 1 to 200 characters. At most 10,000 characters. */
  description: string;
  kind: ServiceItemKind;
  /** The catalog product, for a part. At most 100 characters. */
  productId?: string | number | null | undefined;
  /** 1 to 10,000. */
  quantity?: number | null | undefined;
  /** Price of one unit in minor units, 0 or more. */
  unitPriceMinor: number;
};

/** A line of a service record. */
export type ServiceItemKind =
  /** Work time charged. */
  | 'LABOUR'
  /** A part fitted. */
  | 'PART';

/** What a workshop visit was for. */
export type ServiceKind =
  /** Scheduled maintenance (inspection, oil, filters). */
  | 'MAINTENANCE'
  /** Work ordered by a manufacturer's recall. */
  | 'RECALL'
  /** A repair paid by the owner. */
  | 'REPAIR'
  /** A repair under the vehicle's warranty. */
  | 'WARRANTY';

/** Consent decisions; each is appended to the consent history. */
export type SetConsentsInput = {
  consents: Array<ConsentInput>;
  /** The profile to change; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
};

/** What kind of customer a profile is: staff set what no rule can know. */
export type SetCustomerKindInput = {
  /** The profile to change. At most 100 characters. */
  customerId: string | number;
  /** A private person, a business, a fleet operator or a public body. */
  kind: CustomerKind;
};

/** Settings to set; keys not named stay as they are. */
export type SetPreferencesInput = {
  /** The profile to change; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
  preferences: Array<PreferenceInput>;
};

/** Which way a parcel travels. */
export type ShipmentKind =
  /** From the warehouse to the customer. */
  | 'DELIVERY'
  /** Collected from the customer for a return. */
  | 'RETURN_PICKUP';

/** One parcel of a split. */
export type ShipmentPartInput = {
  /** Default: the first carrier by code. At most 100 characters. */
  carrierId?: string | number | null | undefined;
  lines: Array<OrderLineQuantityInput>;
};

/** The carriers' status vocabulary. */
export type ShipmentStatus =
  /** The courier could not hand it over; another attempt follows. */
  | 'ATTEMPTED_DELIVERY'
  /** Held up; the estimated arrival moves. */
  | 'DELAYED'
  /** Handed over; only RETURNED may follow. */
  | 'DELIVERED'
  /** Undeliverable. */
  | 'FAILED'
  /** On its way between depots. */
  | 'IN_TRANSIT'
  /** Booked with the carrier; not yet collected. */
  | 'LABEL_CREATED'
  /** On the delivery vehicle today. */
  | 'OUT_FOR_DELIVERY'
  /** Collected by the carrier. */
  | 'PICKED_UP'
  /** Sent back to the sender. */
  | 'RETURNED';

/** Ascending or descending. */
export type SortDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** A postal address as the source has it. */
export type SourceAddressInput = {
  /** At most 1,000 characters. */
  city: string;
  /** ISO 3166 two-letter code; CN when absent. At most 256 characters. */
  country?: string | null | undefined;
  /** At most 1,000 characters. */
  line1: string;
  /** At most 1,000 characters. */
  line2?: string | null | undefined;
  /** At most 256 characters. */
  postcode?: string | null | undefined;
  /** Defaults to the city (Beijing, Shanghai...). At most 1,000 characters. */
  province?: string | null | undefined;
};

/** One historical interaction (a call, an email, a visit, a complaint...) as a source system recorded it, named by the source's own id. */
export type SourceInteractionInput = {
  /** Who handled it in the source system, at most 200 characters. At most 1,000 characters. */
  agent?: string | null | undefined;
  /** How it happened (a file may also say CALL, MAIL, LETTER, WALK_IN...). */
  channel: InteractionChannel;
  /** The dealership it happened at or with; a dealer's own system (dealer-<code>) defaults to, and may name only, that dealership. An unknown code is set aside with a warning. At most 256 characters. */
  dealerCode?: string | null | undefined;
  /** INBOUND when absent. */
  direction?: InteractionDirection | null | undefined;
  /** The source's id of the interaction: the key. The same content again changes nothing; changed content updates the interaction in place (the previous version is kept). At most 100 characters. At most 256 characters. */
  interactionId: string;
  /** Free text of the agent or dealer, at most 5,000 characters. Personal data: blanked on erasure. At most 10,000 characters. */
  notes?: string | null | undefined;
  /** When it happened: YYYY-MM-DD (midnight in TIME_ZONE) or an ISO-8601 date-time with offset; not in the future. At most 256 characters. */
  occurredAt: string;
  /** How it ended, at most 500 characters. At most 1,000 characters. */
  outcome?: string | null | undefined;
  /** The customer's id in the same source; the interaction lands on the profile that source record belongs to (it waits until the record arrives). At most 100 characters. At most 256 characters. */
  personSourceId: string;
  /** One-line subject, at most 200 characters; the type and channel when absent ("Complaint by phone"). At most 1,000 characters. */
  subject?: string | null | undefined;
  /** What it was about; INQUIRY when absent. */
  type?: InteractionType | null | undefined;
  /** The vehicle it was about. A VIN failing its check digit, or of no known vehicle, is set aside with a warning; the interaction is kept. At most 256 characters. */
  vin?: string | null | undefined;
};

/** One historical order as a source system recorded it, named by the source's own transaction id. */
export type SourceOrderInput = {
  /** true: the order was cancelled in the source (it is kept as CANCELLED, without a payment). */
  cancelled?: boolean | null | undefined;
  /** Where it was sold; DEALER when a dealer is named, else WEB, when absent. */
  channel?: OrderChannel | null | undefined;
  /** ISO 4217 code of the amounts; CNY when absent. At most 256 characters. */
  currency?: string | null | undefined;
  /** The selling dealership's code; a dealer's own system (dealer-<code>) defaults to, and may name only, that dealership. An unknown code is dropped with a warning. At most 256 characters. */
  dealerCode?: string | null | undefined;
  /** 1 to 100 lines. */
  lines: Array<SourceOrderLineInput>;
  /** How it was paid. */
  paymentMethod: PaymentMethod;
  /** The buyer's id in the same source (a source record sent with ingestSourceRecords). The order lands on the profile that record belongs to, and waits (PENDING) until it arrives. At most 256 characters. */
  personSourceId: string;
  /** When it was sold: YYYY-MM-DD (midnight in TIME_ZONE) or an ISO-8601 date-time with offset; not in the future. At most 256 characters. */
  placedAt: string;
  /** Returns of this order, at most 20. */
  returns?: Array<SourceReturnInput> | null | undefined;
  /** The source's id of the transaction: the key. Sending it again with the same content changes nothing; changed content updates the order (the previous version is kept). At most 256 characters. */
  transactionId: string;
};

/** One product line as the source charged it. Name the product by exactly one of sku, ean or code; a line whose product is unknown, or with a bad quantity or a negative price, is quarantined: kept with the record, left off the order, and reported as a warning. */
export type SourceOrderLineInput = {
  /** The source's own product code, mapped to a product by mapSourceProductCodes. At most 256 characters. */
  code?: string | null | undefined;
  /** The EAN/GTIN printed on the package (Product.ean). At most 256 characters. */
  ean?: string | null | undefined;
  /** The line's text on the receipt; the catalog name when absent. At most 1,000 characters. */
  name?: string | null | undefined;
  /** Units sold, 1 to 9,999. */
  quantity: number;
  /** The catalog's SKU. At most 256 characters. */
  sku?: string | null | undefined;
  /** Price per unit as charged, in minor units (fen), 0 or more. */
  unitPrice: number;
};

/** One of a source system's product codes and the catalog product it stands for. */
export type SourceProductCodeInput = {
  /** The source's own code (a dealer's part number). At most 256 characters. */
  code: string;
  /** The catalog SKU it stands for. At most 256 characters. */
  sku: string;
};

/** One person as a source system knows them. Refused only when nothing in it identifies anyone (a name, or a valid email, phone or VIN); invalid values are dropped with a warning. */
export type SourceRecordInput = {
  addresses?: Array<SourceAddressInput> | null | undefined;
  /** Anything else the source knows; stored with the record. */
  attributes?: unknown;
  /** YYYY-MM-DD; a bad date is left out of matching with a warning (the record is kept). At most 256 characters. */
  birthday?: string | null | undefined;
  /** An invalid address is left out of matching with a warning. At most 1,000 characters. */
  emails?: Array<string> | null | undefined;
  /** At most 1,000 characters. */
  familyName?: string | null | undefined;
  /** At most 1,000 characters. */
  givenName?: string | null | undefined;
  /** For business, fleet and government customers. At most 1,000 characters. */
  organisationName?: string | null | undefined;
  /** Any format; numbers without country code are read as Chinese. An invalid number is left out of matching with a warning. At most 1,000 characters. */
  phones?: Array<string> | null | undefined;
  /** The person's id in the source: sending it again with the same content changes nothing. At most 256 characters. */
  sourceId: string;
  /** VINs of vehicles the person owns; a VIN with a wrong length, characters or check digit is left out of matching with a warning. At most 256 characters. */
  vins?: Array<string> | null | undefined;
};

/** A return of the historical order, received and refunded. */
export type SourceReturnInput = {
  /** The lines returned. */
  lines: Array<SourceReturnLineInput>;
  /** Why, as the source recorded it. At most 10,000 characters. */
  reason?: string | null | undefined;
  /** Amount refunded in minor units; the returned units at their charged price when absent. A negative refund quarantines the return. */
  refund?: number | null | undefined;
  /** When the goods came back: YYYY-MM-DD (midnight in TIME_ZONE) or an ISO-8601 date-time with offset; not before the order. At most 256 characters. */
  returnedAt: string;
};

/** One line of a return: which line of the order (by position) and how many units came back. */
export type SourceReturnLineInput = {
  /** Position of the line in the order's lines, from 0. */
  line: number;
  /** Units returned, at most what is left of the line. */
  quantity: number;
};

/** One historical service visit as a repair station's system recorded it, named by the source's own visit id. */
export type SourceServiceVisitInput = {
  /** The visit's cost as charged, in minor units: checked against the items (a difference is a warning; the record's total is the items'). */
  cost?: number | null | undefined;
  /** Parts and labour, at most 100. */
  items?: Array<SourceVisitItemInput> | null | undefined;
  /** MAINTENANCE when absent. */
  kind?: ServiceKind | null | undefined;
  /** Odometer reading in kilometres; raises the vehicle's mileage where it is higher. */
  mileageKm: number;
  /** When the work was done: YYYY-MM-DD (midnight in TIME_ZONE) or an ISO-8601 date-time with offset; not in the future. At most 256 characters. */
  performedAt: string;
  /** The customer's id in the same source; the record lands on the profile that source record belongs to (on none until it arrives). At most 256 characters. */
  personSourceId: string;
  /** The repair station's dealer code; a dealer's own system (dealer-<code>) defaults to, and may name only, that dealership. At most 256 characters. */
  stationCode?: string | null | undefined;
  /** The vehicle's VIN. A VIN failing its check digit, or one of no known vehicle, keeps the visit as sent without a service record (a warning says which). At most 256 characters. */
  vin: string;
  /** The source's id of the visit: the key. The same content again changes nothing; changed content updates the service record (the previous version is kept). At most 256 characters. */
  visitId: string;
};

/** One historical vehicle sale (an ownership period) as a dealer's or maker's system recorded it, named by the source's own sale id. */
export type SourceVehicleSaleInput = {
  /** The selling dealership's code; a dealer's own system (dealer-<code>) defaults to, and may name only, that dealership. An unknown code is set aside with a warning. At most 256 characters. */
  dealerCode?: string | null | undefined;
  /** The period's last day, when the source knows it (on or after soldOn); a period left open ends on the day the vehicle's next period begins. At most 256 characters. */
  endedOn?: string | null | undefined;
  /** The vehicle model's code (VehicleModel.code): a vehicle the platform does not know yet is registered with it. Without it, a sale of an unknown vehicle is kept as sent, not built. At most 256 characters. */
  modelCode?: string | null | undefined;
  /** The model year of a vehicle registered from the sale; the sale's year when absent. */
  modelYear?: number | null | undefined;
  /** The buyer's id in the same source; the period lands on the profile that source record belongs to (it waits until the record arrives). At most 100 characters. At most 256 characters. */
  personSourceId: string;
  /** OWNER when absent. */
  role?: OwnershipRole | null | undefined;
  /** The source's id of the sale: the key. The same content again changes nothing; changed content updates the ownership period in place (the previous version is kept). At most 100 characters. At most 256 characters. */
  saleId: string;
  /** The day of the sale, the period's first day: YYYY-MM-DD, or an ISO-8601 date-time with offset (its day in TIME_ZONE); not in the future. At most 256 characters. */
  soldOn: string;
  /** The vehicle's VIN. One failing its check digit is set aside with a warning: the sale is kept as sent, not built. At most 256 characters. */
  vin: string;
};

/** A part or the labour of a historical visit, as charged. A part names its product by one of sku, ean or code (an unknown one stays on the visit without its product link); an item with a bad quantity or a negative price is left off with a warning. */
export type SourceVisitItemInput = {
  /** The source's own part number (mapSourceProductCodes). At most 256 characters. */
  code?: string | null | undefined;
  /** What the part or the work was; the product's name when absent. At most 10,000 characters. */
  description?: string | null | undefined;
  /** The part's EAN/GTIN (Product.ean). At most 256 characters. */
  ean?: string | null | undefined;
  /** PART when a product is named, else LABOUR, when absent. */
  kind?: ServiceItemKind | null | undefined;
  /** Parts, or hours of labour, 1 to 10,000; 1 when absent. */
  quantity?: number | null | undefined;
  /** The catalog's SKU of the part. At most 256 characters. */
  sku?: string | null | undefined;
  /** Price of one as charged, in minor units (fen). */
  unitPrice: number;
};

/** Split an order into parcels by hand. Every line's quantity must be covered exactly once. A pending order is confirmed with this split; a confirmed order's parcels are rebooked while none has left. */
export type SplitOrderInput = {
  /** At most 100 characters. */
  orderId: string | number;
  /** 1 to 20 parcels. */
  parts: Array<ShipmentPartInput>;
};

/** How confirming an order splits it into parcels when not everything is in stock. */
export type SplitPreference =
  /** What is in stock ships now in one parcel; the rest follows, one parcel per day of arrival. */
  | 'FASTEST'
  /** One parcel, once everything is in stock. */
  | 'TOGETHER';

/** What to export, and in which format. Give the filter that belongs to the kind: customerFilter for CUSTOMERS, segmentId for SEGMENT_MEMBERS, orderFilter for ORDERS. */
export type StartBulkExportInput = {
  /** CUSTOMERS only: which customers, as the customers list filters them (none: every customer the caller may see). */
  customerFilter?: CustomerFilter | null | undefined;
  /** The file's format. */
  format: BulkExportFormat;
  /** What to export. */
  kind: BulkExportKind;
  /** ORDERS only: which orders, as the orders list filters them, e.g. a period with placedAfter and placedBefore (none: every order the caller may see). */
  orderFilter?: OrderFilter | null | undefined;
  /** SEGMENT_MEMBERS only, required: the segment (staff: any; a dealer: its own). At most 100 characters. */
  segmentId?: string | number | null | undefined;
};

/** Which sales a supplier report covers and how it is broken down. */
export type SupplierSalesFilter = {
  /** Breakdown; none gives one row with the totals. */
  groupBy?: Array<SalesDimension> | null | undefined;
  /** Orders placed in this span; the last 12 months when absent. */
  period?: ReportPeriod | null | undefined;
  /** The supplier; a supplier's own by default, required for ADMIN. At most 100 characters. */
  supplierId?: string | number | null | undefined;
};

/** Which timeline entries to show. */
export type TimelineFilter = {
  /** At or after. */
  from?: string | null | undefined;
  kinds?: Array<TimelineKind> | null | undefined;
  /** Before. */
  to?: string | null | undefined;
};

/** What a timeline entry is about. */
export type TimelineKind =
  /** A case was opened. */
  | 'CASE_OPENED'
  /** A touch point: call, email, chat, visit, notice. */
  | 'INTERACTION'
  /** An order was placed. */
  | 'ORDER_PLACED'
  /** Another profile was merged into this one (or this one into another). */
  | 'PROFILE_MERGED'
  /** A merge was undone. */
  | 'PROFILE_UNMERGED'
  /** The customer reviewed a product. */
  | 'REVIEW'
  /** The customer entered a segment (refId: the Segment). Shown to who may see the segment: staff, or the dealer that owns it. */
  | 'SEGMENT_ENTERED'
  /** The customer left a segment (refId: the Segment). Shown to who may see the segment: staff, or the dealer that owns it. */
  | 'SEGMENT_LEFT'
  /** A workshop visit (service record). */
  | 'SERVICE_VISIT'
  /** A parcel of an order got a tracking event. */
  | 'SHIPMENT_EVENT'
  /** An administrator detached a source record from this profile, or attached one to it (refId: the other profile). */
  | 'SOURCE_RECORD_MOVED'
  /** The customer answered a satisfaction survey. */
  | 'SURVEY';

/** One behavioural event. Signed-in customers' events land on their profile; a visitor who is not signed in gives the app's anonymousId, and their events join the profile when they register or sign in with it. */
export type TrackEventInput = {
  /** The app's anonymous visitor id (8–64 letters, digits, - and _). Required without a token; a signed-in customer may send it too. At most 256 characters. */
  anonymousId?: string | null | undefined;
  /** Staff only: the customer the event is about. A customer may give their own id or leave it out. At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** The app's own id for the event, a UUID: the same id sent again stores nothing (idempotent retries). At most 100 characters. */
  id: string | number;
  /** The vehicle model viewed (VehicleModel id). At most 100 characters. */
  modelId?: string | number | null | undefined;
  /** A CUSTOM event's name: 1–64 letters, digits, _, . and -. At most 256 characters. */
  name?: string | null | undefined;
  /** When it happened on the device; not more than a minute in the future, nor older than the retention period. */
  occurredAt: string;
  /** Which app sent it. */
  platform: ActivityPlatform;
  /** The product viewed or put in the cart (Product id). At most 100 characters. */
  productId?: string | number | null | undefined;
  /** Anything else the app wants to keep with the event: a JSON object of at most 4,096 bytes when serialised. */
  properties?: unknown;
  /** A SEARCH's terms (at most 200 characters). At most 200 characters. */
  searchTerm?: string | null | undefined;
  /** What happened; some types require a field (see ActivityEventType). */
  type: ActivityEventType;
  /** The page or screen (at most 2,000 characters). At most 10,000 characters. */
  url?: string | null | undefined;
};

/** One scan or status change as the courier's handheld reports it. */
export type TrackingEventInput = {
  /** The courier's own id of this event: posting it again changes nothing. At most 256 characters. */
  courierEventId: string;
  /** A new estimated arrival. */
  estimatedArrival?: string | null | undefined;
  /** Latitude, -90..90 (with lng). */
  lat?: number | null | undefined;
  /** Longitude, -180..180 (with lat). */
  lng?: number | null | undefined;
  /** At most 10,000 characters. */
  note?: string | null | undefined;
  /** When it happened; events may arrive out of order. */
  occurredAt: string;
  /** At most 1,000 characters. */
  place?: string | null | undefined;
  status: ShipmentStatus;
  /** At most 256 characters. */
  trackingNumber: string;
};

/** A trait within bounds (inclusive); give min, max or both. A customer without a value for the trait (no orders for DAYS_SINCE_LAST_ORDER) does not match. */
export type TraitRange = {
  /** At most this. */
  max?: number | null | undefined;
  /** At least this. */
  min?: number | null | undefined;
  /** Which trait. */
  trait: CustomerTrait;
};

/** A merged-away profile to restore. */
export type UnmergeCustomerInput = {
  /** The id the profile had before it was merged away. At most 100 characters. */
  customerId: string | number;
};

/** Address fields to change; a field left out stays as it is. */
export type UpdateAddressInput = {
  /** At most 100 characters. */
  addressId: string | number;
  /** At most 1,000 characters. */
  city?: string | null | undefined;
  /** At most 256 characters. */
  country?: string | null | undefined;
  kind?: AddressKind | null | undefined;
  lat?: number | null | undefined;
  /** At most 1,000 characters. */
  line1?: string | null | undefined;
  /** At most 1,000 characters. */
  line2?: string | null | undefined;
  lng?: number | null | undefined;
  /** At most 256 characters. */
  postcode?: string | null | undefined;
  /** At most 1,000 characters. */
  province?: string | null | undefined;
};

/** New rows for some audiences of the communication matrix; the others stay. */
export type UpdateCommunicationMatrixInput = {
  rules: Array<CommunicationRuleInput>;
};

/** Move a lead through the funnel. */
export type UpdateLeadStatusInput = {
  /** At most 100 characters. */
  leadId: string | number;
  /** Required with LOST, up to 500 characters. At most 10,000 characters. */
  lostReason?: string | null | undefined;
  /** Up to 2,000 characters, kept with the change. At most 10,000 characters. */
  note?: string | null | undefined;
  /** With WON: the day of the sale (default today). */
  soldOn?: string | null | undefined;
  status: LeadStatus;
  /** Required with TEST_DRIVE_BOOKED. */
  testDriveAt?: string | null | undefined;
  /** With WON: the VIN of the vehicle sold, which the prospect then owns. At most 256 characters. */
  vin?: string | null | undefined;
};

/** Profile fields to change; a field left out stays as it is, null clears it. */
export type UpdateProfileInput = {
  /** A real date, not in the future. */
  birthday?: string | null | undefined;
  /** The profile to change; a customer may leave it out (their own). Staff must give it. At most 100 characters. */
  customerId?: string | number | null | undefined;
  /** Default for a person: given and family name. At most 1,000 characters. */
  displayName?: string | null | undefined;
  /** At most 1,000 characters. */
  familyName?: string | null | undefined;
  /** At most 1,000 characters. */
  givenName?: string | null | undefined;
  /** A dealership; it then counts the customer as its own (PREFERRED). At most 100 characters. */
  preferredDealerId?: string | number | null | undefined;
  /** BCP-47 language tag, e.g. zh-CN, en, zh-Hant-TW. At most 256 characters. */
  preferredLanguage?: string | null | undefined;
};

/** Changes to a segment; what is not given stays. */
export type UpdateSegmentInput = {
  /** A new description. At most 10,000 characters. */
  description?: string | null | undefined;
  /** A new name, 1–120 characters. At most 1,000 characters. */
  name?: string | null | undefined;
  /** A new rule. */
  rule?: CustomerRule | null | undefined;
  /** The segment. At most 100 characters. */
  segmentId: string | number;
};

/** New trait rules: only the fields given change; bands must ascend. Every profile's stage and tier are recomputed. */
export type UpdateTraitRulesInput = {
  /** Assumed purchase interval for churn risk with fewer than two orders (1–3650). */
  defaultPurchaseIntervalDays?: number | null | undefined;
  /** Four ascending order counts, the first at least 2 (frequency 2, 3, 4, 5). */
  frequencyOrders?: Array<number> | null | undefined;
  /** Days of silence after which an owner or customer is LAPSED (1–3650). */
  lapseDays?: number | null | undefined;
  /** Four ascending positive amounts in minor units (monetary 2, 3, 4, 5). */
  monetaryMinor?: Array<number> | null | undefined;
  /** Orders from which the tier is OCCASIONAL (at least 1, below regularOrders). */
  occasionalOrders?: number | null | undefined;
  /** Four ascending positive day counts (recency 5, 4, 3, 2). */
  recencyDays?: Array<number> | null | undefined;
  /** Days a closed complaint counts towards churn risk (1–3650). */
  recentComplaintDays?: number | null | undefined;
  /** Orders from which the tier is REGULAR (below veryLoyalOrders). */
  regularOrders?: number | null | undefined;
  /** Orders from which the tier is VERY_LOYAL. */
  veryLoyalOrders?: number | null | undefined;
};

/** Changes to an endpoint; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** A new note. At most 10,000 characters. */
  description?: string | null | undefined;
  /** Disable it, or enable it again (which clears its failure count). */
  enabled?: boolean | null | undefined;
  /** The endpoint. At most 100 characters. */
  endpointId: string | number;
  /** A new list of event types (at least one). */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** A new URL. At most 1,000 characters. */
  url?: string | null | undefined;
};

/** Owns now (an OWNER period without an end) a vehicle matching every given field. Age is whole calendar years since the model year (this year's model is 0). Only vehicles the caller may see count (a dealer: those it sold or serviced). */
export type VehicleCondition = {
  /** Of this make (the model's brand, e.g. "Meridian"), exactly. At most 1,000 characters. */
  make?: string | null | undefined;
  /** At most this many years old (0–100). */
  maxAgeYears?: number | null | undefined;
  /** At least this many years old (0–100). */
  minAgeYears?: number | null | undefined;
  /** Of this vehicle model (VehicleModel id). At most 100 characters. */
  modelId?: string | number | null | undefined;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Given up: WEBHOOK_MAX_ATTEMPTS failed attempts, or the endpoint was disabled. replayWebhookDelivery sends it again. */
  | 'FAILED'
  /** Not delivered yet: the next attempt is due at nextAttemptAt. */
  | 'PENDING'
  /** Not sent on purpose: a notice the customer has not consented to on that channel, or an erased customer. */
  | 'SKIPPED';

/** What an endpoint may subscribe to; the payload's `type` is the dotted lower-case form (CUSTOMER_CREATED is customer.created). */
export type WebhookEventType =
  /** A service case was opened. */
  | 'CASE_OPENED'
  /** A service case was resolved. */
  | 'CASE_RESOLVED'
  /** A customer gave, denied or revoked consent for a channel and purpose. */
  | 'CONSENT_CHANGED'
  /** A profile was created (sign-up, import, matching found nobody). */
  | 'CUSTOMER_CREATED'
  /** The profile was erased: delete what you hold about customerId. */
  | 'CUSTOMER_ERASED'
  /** A profile was merged into survivorId; reads follow it there. */
  | 'CUSTOMER_MERGED'
  /** A merge was undone: the profile stands on its own again. */
  | 'CUSTOMER_UNMERGED'
  /** A profile changed: changedFields names what (never the values). */
  | 'CUSTOMER_UPDATED'
  /** A campaign's message to one customer, for a gateway to send: channel, purpose, kind, the rendered subject and body, and messageId (the same as webhook-id; one per campaign × customer). */
  | 'MESSAGE_REQUESTED'
  /** Service notice: a case has a new answer. */
  | 'NOTICE_CASE_ANSWERED'
  /** Service notice: a case was closed (with the satisfaction question). */
  | 'NOTICE_CASE_CLOSED'
  /** Service notice: a case was resolved. */
  | 'NOTICE_CASE_RESOLVED'
  /** Service notice: the order was cancelled. */
  | 'NOTICE_ORDER_CANCELLED'
  /** Service notice: the order is confirmed (one parcel). */
  | 'NOTICE_ORDER_CONFIRMED'
  /** Service notice: the order is delivered. */
  | 'NOTICE_ORDER_DELIVERED'
  /** Service notice: part of the order has left the warehouse. */
  | 'NOTICE_ORDER_PARTIALLY_SHIPPED'
  /** Service notice: every line of the order has come back. */
  | 'NOTICE_ORDER_RETURNED'
  /** Service notice: the whole order has left the warehouse. */
  | 'NOTICE_ORDER_SHIPPED'
  /** Service notice: the order is confirmed and comes in several parcels. */
  | 'NOTICE_ORDER_SPLIT'
  /** Service notice: a parcel is out for delivery today. */
  | 'NOTICE_PARCEL_OUT_FOR_DELIVERY'
  /** Service notice: a return was accepted and its pick-up booked. */
  | 'NOTICE_RETURN_ACCEPTED'
  /** Service notice: a return was declined. */
  | 'NOTICE_RETURN_DECLINED'
  /** Service notice: returned goods arrived and the refund was issued. */
  | 'NOTICE_RETURN_RECEIVED'
  /** An order was placed or moved to another status. */
  | 'ORDER_STATUS_CHANGED'
  /** A customer entered a segment. */
  | 'SEGMENT_ENTERED'
  /** A customer left a segment. */
  | 'SEGMENT_LEFT'
  /** A parcel was booked or moved to another status. */
  | 'SHIPMENT_STATUS_CHANGED';

/** A review of a product the customer received, tied to the order line it came with. */
export type WriteReviewInput = {
  /** 1 to 5,000 characters. At most 10,000 characters. */
  body: string;
  /** The order line (of a delivered order or a delivered parcel) the product came with. At most 100 characters. */
  orderLineId: string | number;
  /** How shoppers see you named: display name or initials (the default). */
  shownAs?: ReviewerShownAs | null | undefined;
  /** 1 to 5. */
  stars: number;
  /** Up to 200 characters. At most 1,000 characters. */
  title?: string | null | undefined;
};

export type RegisterCustomerMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type RegisterCustomerMutation = { registerCustomer: { token: string, customer: { id: string, displayName: string, stage: LifecycleStage } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, customer: { id: string, displayName: string } } };

export type IssuePasswordResetMutationVariables = Exact<{
  input: IssuePasswordResetInput;
}>;


export type IssuePasswordResetMutation = { issuePasswordReset: { token: string, expiresAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { token: string, customer: { id: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, emails: Array<{ address: string }>, phones: Array<{ e164: string }> } }> } };

export type TrackEventsMutationVariables = Exact<{
  events: Array<TrackEventInput> | TrackEventInput;
}>;


export type TrackEventsMutation = { trackEvents: { accepted: number, duplicates: number } };

export type RegisterWithVisitMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type RegisterWithVisitMutation = { registerCustomer: { token: string, customer: { id: string } } };

export type LoginWithVisitMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginWithVisitMutation = { login: { token: string, customer: { id: string } } };

export type ActiveCustomersQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
}>;


export type ActiveCustomersQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ShipmentArrivalQueryVariables = Exact<{
  trackingNumber: string;
}>;


export type ShipmentArrivalQuery = { shipment: { status: ShipmentStatus, estimatedArrival: string | null, arrivalPrediction: { expectedAt: string, earliest: string, latest: string, basis: ArrivalBasis, samples: number | null, lateForWindow: boolean | null } | null } | null };

export type RecordArrivalEventsMutationVariables = Exact<{
  input: RecordTrackingEventsInput;
}>;


export type RecordArrivalEventsMutation = { recordTrackingEvents: { recorded: Array<{ seq: number, shipment: { status: ShipmentStatus, arrivalPrediction: { expectedAt: string, basis: ArrivalBasis, lateForWindow: boolean | null } | null } }>, rejected: Array<{ index: number, code: string, field: string, message: string }> } };

export type StartBulkExportMutationVariables = Exact<{
  input: StartBulkExportInput;
}>;


export type StartBulkExportMutation = { startBulkExport: { bulkExport: { id: string, kind: BulkExportKind, format: BulkExportFormat, status: BulkExportStatus, rowCount: number, totalRows: number | null, progress: number, url: string | null, expiresAt: string | null, error: string | null } } };

export type BulkExportStateQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkExportStateQuery = { bulkExport: { id: string, kind: BulkExportKind, format: BulkExportFormat, status: BulkExportStatus, rowCount: number, totalRows: number | null, progress: number, startedAt: string | null, finishedAt: string | null, url: string | null, expiresAt: string | null, error: string | null } };

export type CancelBulkExportMutationVariables = Exact<{
  input: CancelBulkExportInput;
}>;


export type CancelBulkExportMutation = { cancelBulkExport: { bulkExport: { id: string, status: BulkExportStatus, url: string | null } } };

export type BulkExportUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type BulkExportUpdatedSubscription = { bulkExportUpdated: { id: string, status: BulkExportStatus, rowCount: number, progress: number, url: string | null } };

export type CreateCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { campaign: { id: string, name: string, kind: CommunicationKind, channel: MessageChannel, audience: string, status: CampaignStatus, dealerId: string | null, counts: { pending: number, sent: number, skipped: number, deferred: number } } } };

export type PreviewCampaignQueryVariables = Exact<{
  input: CampaignInput;
}>;


export type PreviewCampaignQuery = { previewCampaign: { willSend: number, deferred: number, funnel: Array<{ step: string, remaining: number }>, sample: Array<{ subject: string | null, body: string, customer: { id: string } }> } };

export type SendCampaignMutationVariables = Exact<{
  input: SendCampaignInput;
}>;


export type SendCampaignMutation = { sendCampaign: { campaign: { id: string, status: CampaignStatus, sentAt: string | null, counts: { pending: number } } } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { campaigns: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: CampaignStatus, dealerId: string | null, counts: { pending: number, deferred: number, sent: number, skipped: number } } }> } };

export type ProductsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
  orderBy?: ProductOrder | null | undefined;
}>;


export type ProductsPageQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sku: string, name: string, brand: string, brandKind: BrandKind, active: boolean, price: { amountMinor: number, currency: string }, category: { name: string, parent: { name: string } | null } | null, supplier: { name: string } | null } }> } };

export type ProductBySkuQueryVariables = Exact<{
  sku: string;
}>;


export type ProductBySkuQuery = { product: { id: string, sku: string, name: string, active: boolean } | null };

export type CustomerChangedSubscriptionVariables = Exact<{
  customerId: string | number;
  after?: number | null | undefined;
}>;


export type CustomerChangedSubscription = { customerChanged: { customerId: string, seq: number, kind: CustomerChangeKind, segmentId: string | null, customer: { id: string, displayName: string } | null } };

export type CustomersChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CustomersChangedSubscription = { customersChanged: { customerId: string, seq: number, kind: CustomerChangeKind, segmentId: string | null } };

export type Customer360QueryVariables = Exact<{
  first: number;
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrder | null | undefined;
}>;


export type Customer360Query = { customers: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, kind: CustomerKind, stage: LifecycleStage, tier: LoyaltyTier | null, emails: Array<{ address: string }>, phones: Array<{ e164: string }>, addresses: Array<{ city: string, isDefaultDelivery: boolean }>, preferredDealer: { name: string } | null, sourceIdentities: Array<{ source: string, sourceId: string }>, preferences: Array<{ key: string, value: string }>, consents: Array<{ channel: ConsentChannel, purpose: ConsentPurpose, status: ConsentStatus }>, vehicles: Array<{ vin: string, underWarranty: boolean, model: { name: string } | null, ownerships: Array<{ startedOn: string, endedOn: string | null, sellingDealer: { code: string } | null }>, serviceRecords: { totalCount: number, edges: Array<{ node: { kind: ServiceKind, total: { amountMinor: number }, items: Array<{ description: string }>, station: { name: string } | null } }> }, appointments: Array<{ scheduledAt: string, status: AppointmentStatus }> }>, orders: { totalCount: number, edges: Array<{ node: { number: string, status: OrderStatus, total: { amountMinor: number, currency: string }, lines: Array<{ sku: string, quantity: number, product: { name: string } | null }>, payments: Array<{ status: PaymentStatus }>, returns: Array<{ status: ReturnStatus, refunds: Array<{ amount: { amountMinor: number } }> }>, shipments: Array<{ trackingNumber: string, status: ShipmentStatus, carrier: { name: string } | null, events: { edges: Array<{ node: { seq: number, status: ShipmentStatus, occurredAt: string } }> } }> } }> }, interactions: { totalCount: number, edges: Array<{ node: { channel: InteractionChannel, type: InteractionType, subject: string } }> }, cases: { edges: Array<{ node: { number: string, status: CaseStatus } }> }, reviews: { edges: Array<{ node: { stars: number, product: { sku: string } | null } }> }, surveyResponses: Array<{ overallSatisfaction: number, wouldRecommend: number | null }>, wishlist: Array<{ product: { sku: string } | null }>, recentlyViewed: Array<{ viewedAt: string }>, measures: { orderCount: number, openCases: number, lifetimeValue: { amountMinor: number } }, timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineKind, occurredAt: string, title: string } }> } } }> } };

export type CustomersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrder | null | undefined;
}>;


export type CustomersPageQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, kind: CustomerKind, stage: LifecycleStage, tier: LoyaltyTier | null, createdAt: string } }> } };

export type CustomersCountQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
}>;


export type CustomersCountQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, displayName: string } }> } };

export type CustomerByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerByIdQuery = { customer: { id: string, displayName: string, givenName: string | null, familyName: string | null, birthday: string | null, emails: Array<{ address: string, isPrimary: boolean }>, phones: Array<{ e164: string, kind: PhoneKind }>, addresses: Array<{ city: string, isDefaultDelivery: boolean }>, preferredDealer: { id: string, name: string } | null } | null };

export type LogInteractionMutationVariables = Exact<{
  input: LogInteractionInput;
}>;


export type LogInteractionMutation = { logInteraction: { interaction: { id: string, type: InteractionType, channel: InteractionChannel, subject: string, agent: string | null, dealer: { id: string } | null } } };

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { openCase: { case: { id: string, number: string, status: CaseStatus, priority: CasePriority, openedAt: string, dueAt: string | null, againstDealer: { id: string } | null } } };

export type AssignCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type AssignCaseMutation = { assignCase: { case: { status: CaseStatus, assignee: string | null } } };

export type CommentOnCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CommentOnCaseMutation = { commentOnCase: { case: { status: CaseStatus } } };

export type ResolveCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ResolveCaseMutation = { resolveCase: { case: { status: CaseStatus, resolution: string | null, resolvedAt: string | null } } };

export type ReopenCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ReopenCaseMutation = { reopenCase: { case: { status: CaseStatus, resolvedAt: string | null } } };

export type CloseCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CloseCaseMutation = { closeCase: { case: { status: CaseStatus } } };

export type OrderByNumberQueryVariables = Exact<{
  number: string;
}>;


export type OrderByNumberQuery = { order: { id: string, number: string, status: OrderStatus, customer: { displayName: string } | null, dealer: { code: string } | null, shipments: Array<{ trackingNumber: string }> } | null };

export type ShipmentByTrackingQueryVariables = Exact<{
  trackingNumber: string;
}>;


export type ShipmentByTrackingQuery = { shipment: { trackingNumber: string, status: ShipmentStatus, carrier: { name: string } | null, order: { number: string } | null, events: { totalCount: number, edges: Array<{ node: { seq: number, status: ShipmentStatus } }> } } | null };

export type VehicleByVinQueryVariables = Exact<{
  vin: string;
}>;


export type VehicleByVinQuery = { vehicle: { vin: string, model: { name: string } | null, ownerships: Array<{ startedOn: string, current: boolean, customer: { id: string } | null }> } | null };

export type ListsForPortalsQueryVariables = Exact<{
  orderFilter?: OrderFilter | null | undefined;
  caseFilter?: CaseFilter | null | undefined;
}>;


export type ListsForPortalsQuery = { orders: { totalCount: number, edges: Array<{ node: { number: string, dealer: { id: string } | null, customer: { id: string } | null } }> }, vehicles: { totalCount: number }, cases: { totalCount: number, edges: Array<{ node: { number: string, againstDealer: { id: string } | null } }> } };

export type CustomerTimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TimelineFilter | null | undefined;
  interactionFilter?: InteractionFilter | null | undefined;
}>;


export type CustomerTimelineQuery = { customer: { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: TimelineKind, occurredAt: string, title: string, refId: string } }> }, interactions: { totalCount: number, edges: Array<{ node: { channel: InteractionChannel, type: InteractionType, direction: InteractionDirection, occurredAt: string } }> } } | null };

export type IngestSourceRecordsMutationVariables = Exact<{
  input: IngestSourceRecordsInput;
}>;


export type IngestSourceRecordsMutation = { ingestSourceRecords: { summary: { created: number, matched: number, updated: number, unchanged: number, merged: number, rejected: number }, records: Array<{ index: number, sourceId: string, outcome: IngestOutcome, rule: MatchRule, confidence: number, customer: { id: string } | null, warnings: Array<{ code: string, field: string, message: string }> }>, rejected: Array<{ index: number, sourceId: string | null, code: string, field: string, message: string }> } };

export type DuplicateCandidatesQueryVariables = Exact<{
  customerId: string | number;
}>;


export type DuplicateCandidatesQuery = { duplicateCandidates: Array<{ score: number, confident: boolean, band: ConfidenceBand, reasons: Array<string>, evidence: Array<{ field: MatchField, level: AgreementLevel, weight: number }>, customer: { id: string } | null }> | null };

export type PreviewMergeCustomersMutationVariables = Exact<{
  input: MergeCustomersInput;
}>;


export type PreviewMergeCustomersMutation = { previewMergeCustomers: { displayName: string, givenName: string | null, familyName: string | null, birthday: string | null, emails: Array<string>, phones: Array<string>, addresses: Array<string>, sourceIdentities: number, moved: Array<{ table: string, count: number }>, kept: Array<{ table: string, count: number }> } };

export type MergeCustomersMutationVariables = Exact<{
  input: MergeCustomersInput;
}>;


export type MergeCustomersMutation = { mergeCustomers: { survivor: { id: string, displayName: string }, merge: { id: string, mergedCustomerId: string, performedBy: string, undoneAt: string | null, moved: Array<{ table: string, count: number }>, survivor: { id: string } | null } } };

export type UnmergeCustomerMutationVariables = Exact<{
  input: UnmergeCustomerInput;
}>;


export type UnmergeCustomerMutation = { unmergeCustomer: { survivor: { id: string, displayName: string }, restored: { id: string, displayName: string }, merge: { id: string, undoneAt: string | null } } };

export type IdentityProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type IdentityProfileQuery = { customer: { id: string, displayName: string, givenName: string | null, familyName: string | null, organisationName: string | null, birthday: string | null, kind: CustomerKind, stage: LifecycleStage, tier: LoyaltyTier | null, emails: Array<{ address: string, isPrimary: boolean }>, phones: Array<{ e164: string, isPrimary: boolean }>, addresses: Array<{ line1: string, city: string, postcode: string | null, isDefaultDelivery: boolean }>, sourceIdentities: Array<{ source: string, sourceId: string, rule: MatchRule, confidence: number }>, preferences: Array<{ key: string, value: string }>, consents: Array<{ channel: ConsentChannel, purpose: ConsentPurpose, status: ConsentStatus }>, vehicles: Array<{ vin: string, ownerships: Array<{ startedOn: string, endedOn: string | null }> }>, orders: { totalCount: number, edges: Array<{ node: { number: string, status: OrderStatus } }> }, interactions: { totalCount: number, edges: Array<{ node: { subject: string } }> }, cases: { edges: Array<{ node: { number: string } }> }, wishlist: Array<{ product: { sku: string } | null }>, measures: { orderCount: number, openCases: number }, timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineKind, refId: string } }> } } | null };

export type DetachSourceRecordMutationVariables = Exact<{
  input: DetachSourceRecordInput;
}>;


export type DetachSourceRecordMutation = { detachSourceRecord: { createdProfile: boolean, fromRetired: boolean, sourceIdentity: { source: string, sourceId: string, rule: MatchRule, confidence: number }, from: { id: string, displayName: string }, to: { id: string, displayName: string } } };

export type RecordMovesQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordMovesQuery = { customer: { timeline: { edges: Array<{ node: { kind: TimelineKind, refId: string, title: string } }> } } | null };

export type ProfileTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileTimelineQuery = { customer: { timeline: { edges: Array<{ node: { kind: TimelineKind, refId: string } }> } } | null };

export type NodeCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeCustomerQuery = { node:
    | { id: string }
    | { id: string }
    | { displayName: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IngestInteractionsMutationVariables = Exact<{
  input: IngestInteractionsInput;
}>;


export type IngestInteractionsMutation = { ingestInteractions: { summary: { created: number, updated: number, unchanged: number, pending: number, quarantined: number, rejected: number }, interactions: Array<{ index: number, interactionId: string, outcome: ImportOutcome, state: ImportedRecordState, warnings: Array<{ code: string, field: string, message: string }>, interaction: { id: string, channel: InteractionChannel, direction: InteractionDirection, type: InteractionType, subject: string, notes: string | null, agent: string | null, outcome: string | null, occurredAt: string, source: string | null, sourceInteractionId: string | null, dealer: { code: string } | null } | null, customer: { id: string } | null }>, rejected: Array<{ index: number, interactionId: string | null, code: string, field: string, message: string }> } };

export type DeleteIngestedInteractionsMutationVariables = Exact<{
  input: DeleteIngestedInteractionsInput;
}>;


export type DeleteIngestedInteractionsMutation = { deleteIngestedInteractions: { deleted: Array<string>, unknown: Array<string> } };

export type CustomerInteractionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerInteractionsQuery = { customer: { interactions: { totalCount: number, edges: Array<{ node: { type: InteractionType, channel: InteractionChannel, subject: string, source: string | null, sourceInteractionId: string | null } }> }, timeline: { edges: Array<{ node: { kind: TimelineKind, title: string, occurredAt: string } }> } } | null };

export type CaptureLeadMutationVariables = Exact<{
  input: CaptureLeadInput;
}>;


export type CaptureLeadMutation = { captureLead: { reference: string, lead: { id: string, status: LeadStatus, source: LeadSource, dealer: { id: string } | null, customer: { id: string, stage: LifecycleStage } | null } | null } };

export type LeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
}>;


export type LeadsQuery = { leads: { totalCount: number, edges: Array<{ node: { id: string, source: LeadSource, status: LeadStatus, message: string | null, lostReason: string | null, testDriveAt: string | null, model: { id: string, name: string } | null, dealer: { id: string } | null, customer: { id: string, displayName: string, stage: LifecycleStage } | null, history: Array<{ status: LeadStatus, changedBy: string, note: string | null }> } }> } };

export type UpdateLeadStatusMutationVariables = Exact<{
  input: UpdateLeadStatusInput;
}>;


export type UpdateLeadStatusMutation = { updateLeadStatus: { lead: { id: string, status: LeadStatus, testDriveAt: string | null, lostReason: string | null, customer: { id: string, stage: LifecycleStage, vehicles: Array<{ vin: string }> } | null, history: Array<{ status: LeadStatus, changedBy: string }> } } };

export type AssignLeadMutationVariables = Exact<{
  input: AssignLeadInput;
}>;


export type AssignLeadMutation = { assignLead: { lead: { id: string, dealer: { id: string } | null } } };

export type LeadConversionQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadConversionQuery = { leadConversion: Array<{ source: LeadSource, leads: number, contacted: number, testDrives: number, won: number, lost: number, conversionRate: number, medianHoursToContact: number | null, dealer: { id: string } | null }> };

export type ChangeLeadInterestMutationVariables = Exact<{
  input: ChangeLeadInterestInput;
}>;


export type ChangeLeadInterestMutation = { changeLeadInterest: { lead: { id: string, model: { id: string, name: string } | null } } };

export type CatalogCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogCountQuery = { products: { totalCount: number } };

export type CustomerTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerTotalQuery = { customers: { totalCount: number } };

export type IngestOrdersMutationVariables = Exact<{
  input: IngestOrdersInput;
}>;


export type IngestOrdersMutation = { ingestOrders: { summary: { created: number, updated: number, unchanged: number, pending: number, quarantined: number, rejected: number }, orders: Array<{ index: number, transactionId: string, outcome: ImportOutcome, state: ImportedRecordState, warnings: Array<{ code: string, field: string, message: string }>, order: { id: string, number: string, status: OrderStatus, source: string | null, sourceTransactionId: string | null, total: { amountMinor: number } } | null, customer: { id: string } | null }>, rejected: Array<{ index: number, transactionId: string | null, code: string, field: string, message: string }> } };

export type DeleteIngestedOrdersMutationVariables = Exact<{
  input: DeleteIngestedOrdersInput;
}>;


export type DeleteIngestedOrdersMutation = { deleteIngestedOrders: { deleted: Array<string>, conflicts: Array<string>, unknown: Array<string> } };

export type CustomerHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerHistoryQuery = { customer: { id: string, orders: { totalCount: number, edges: Array<{ node: { id: string, number: string, status: OrderStatus, channel: OrderChannel, placedAt: string, source: string | null, sourceTransactionId: string | null, dealer: { code: string } | null, total: { amountMinor: number, currency: string }, lines: Array<{ id: string, sku: string, quantity: number, unitPrice: { amountMinor: number } }>, payments: Array<{ status: PaymentStatus, amount: { amountMinor: number } }>, returns: Array<{ status: ReturnStatus, lines: Array<{ quantity: number }>, refunds: Array<{ amount: { amountMinor: number } }> }> } }> }, interactions: { totalCount: number, edges: Array<{ node: { type: InteractionType, subject: string } }> }, timeline: { edges: Array<{ node: { kind: TimelineKind, title: string } }> }, measures: { orderCount: number, lifetimeValue: { amountMinor: number } } } | null };

export type MapSourceProductCodesMutationVariables = Exact<{
  input: MapSourceProductCodesInput;
}>;


export type MapSourceProductCodesMutation = { mapSourceProductCodes: { mapped: number, rejected: Array<{ index: number, code: string, field: string, message: string }> } };

export type IngestServiceVisitsMutationVariables = Exact<{
  input: IngestServiceVisitsInput;
}>;


export type IngestServiceVisitsMutation = { ingestServiceVisits: { summary: { created: number, updated: number, unchanged: number, pending: number, quarantined: number, rejected: number }, visits: Array<{ index: number, visitId: string, outcome: ImportOutcome, state: ImportedRecordState, warnings: Array<{ code: string, field: string, message: string }>, serviceRecord: { id: string, kind: ServiceKind, mileageKm: number, performedAt: string, source: string | null, sourceVisitId: string | null, total: { amountMinor: number }, items: Array<{ kind: ServiceItemKind, description: string, quantity: number, total: { amountMinor: number } }>, station: { code: string } | null } | null, customer: { id: string } | null }>, rejected: Array<{ index: number, visitId: string | null, code: string, field: string, message: string }> } };

export type DeleteIngestedServiceVisitsMutationVariables = Exact<{
  input: DeleteIngestedServiceVisitsInput;
}>;


export type DeleteIngestedServiceVisitsMutation = { deleteIngestedServiceVisits: { deleted: Array<string>, unknown: Array<string> } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { replayed: boolean, order: { id: string, number: string, status: OrderStatus, channel: OrderChannel, paymentMethod: PaymentMethod, deliveryOption: DeliveryOption, splitPreference: SplitPreference, deliveryWindowStart: string | null, deliveryWindowEnd: string | null, deliveryAddress: { line1: string, city: string, province: string, country: string } | null, subtotal: { amountMinor: number, currency: string }, shipping: { amountMinor: number }, total: { amountMinor: number }, dealer: { id: string } | null, customer: { id: string } | null, lines: Array<{ id: string, sku: string, name: string, quantity: number, unitPrice: { amountMinor: number }, total: { amountMinor: number } }>, payments: Array<{ method: PaymentMethod, status: PaymentStatus, paidAt: string | null, amount: { amountMinor: number } }> } } };

export type ConfirmOrderMutationVariables = Exact<{
  input: ConfirmOrderInput;
}>;


export type ConfirmOrderMutation = { confirmOrder: { order: { id: string, status: OrderStatus } } };

export type SplitOrderMutationVariables = Exact<{
  input: SplitOrderInput;
}>;


export type SplitOrderMutation = { splitOrder: { order: { id: string, status: OrderStatus } } };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { cancelOrder: { order: { id: string, status: OrderStatus, payments: Array<{ method: PaymentMethod, status: PaymentStatus, paidAt: string | null }> } } };

export type RequestReturnMutationVariables = Exact<{
  input: RequestReturnInput;
}>;


export type RequestReturnMutation = { requestReturn: { return: { id: string, status: ReturnStatus, reason: string | null, lines: Array<{ orderLineId: string, quantity: number }> }, order: { status: OrderStatus } } };

export type ReceiveReturnMutationVariables = Exact<{
  input: ReceiveReturnInput;
}>;


export type ReceiveReturnMutation = { receiveReturn: { return: { id: string, status: ReturnStatus, receivedAt: string | null, refunds: Array<{ amount: { amountMinor: number, currency: string } }> }, order: { status: OrderStatus } } };

export type OrderAfterWritesQueryVariables = Exact<{
  number: string;
}>;


export type OrderAfterWritesQuery = { order: { id: string, status: OrderStatus, deliveredAt: string | null, payments: Array<{ method: PaymentMethod, status: PaymentStatus, paidAt: string | null }>, returns: Array<{ id: string, status: ReturnStatus, lines: Array<{ orderLineId: string, quantity: number }>, refunds: Array<{ amount: { amountMinor: number } }> }>, shipments: Array<{ trackingNumber: string, kind: ShipmentKind, status: ShipmentStatus, estimatedArrival: string | null, carrier: { id: string } | null, lines: Array<{ orderLineId: string, quantity: number }> }> } | null };

export type OrderNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderNoticesQuery = { customer: { timeline: { edges: Array<{ node: { kind: TimelineKind, title: string } }> } } | null };

export type RejectReturnMutationVariables = Exact<{
  input: RejectReturnInput;
}>;


export type RejectReturnMutation = { rejectReturn: { return: { id: string, status: ReturnStatus, refunds: Array<{ amount: { amountMinor: number } }> }, order: { status: OrderStatus } } };

export type DirectoryQueryVariables = Exact<{
  dealerFilter?: DealerFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DirectoryQuery = { dealers: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, city: string, sells: boolean, repairs: boolean } }> }, suppliers: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string } }> }, carriers: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Carrier', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'Customer', displayName: string, id: string }
    | { __typename: 'Dealer', code: string, id: string }
    | { __typename: 'Interaction', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'Product', sku: string, id: string }
    | { __typename: 'ProductCategory', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'ServiceRecord', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'Vehicle', id: string }
    | { __typename: 'VehicleModel', id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Carrier', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'Dealer', id: string }
    | { __typename: 'Interaction', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductCategory', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'ServiceRecord', id: string }
    | { __typename: 'Shipment', id: string }
    | { __typename: 'Supplier', id: string }
    | { __typename: 'Vehicle', id: string }
    | { __typename: 'VehicleModel', id: string }
   | null> };

export type AddPaymentMethodMutationVariables = Exact<{
  input: AddPaymentMethodInput;
}>;


export type AddPaymentMethodMutation = { addPaymentMethod: { paymentMethods: Array<{ id: string, brand: CardBrand, last4: string, expiryMonth: number, expiryYear: number, expired: boolean, provider: string, isDefault: boolean }> } };

export type RemovePaymentMethodMutationVariables = Exact<{
  input: SavedPaymentMethodInput;
}>;


export type RemovePaymentMethodMutation = { removePaymentMethod: { paymentMethods: Array<{ id: string, last4: string, isDefault: boolean }> } };

export type SetDefaultPaymentMethodMutationVariables = Exact<{
  input: SavedPaymentMethodInput;
}>;


export type SetDefaultPaymentMethodMutation = { setDefaultPaymentMethod: { paymentMethods: Array<{ id: string, last4: string, isDefault: boolean }> } };

export type CustomerPaymentMethodsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerPaymentMethodsQuery = { customer: { paymentMethods: Array<{ id: string, brand: CardBrand, last4: string, expired: boolean, isDefault: boolean }> } | null };

export type PlaceOrderWithCardMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderWithCardMutation = { placeOrder: { order: { id: string, paymentMethod: PaymentMethod, payments: Array<{ method: PaymentMethod, status: PaymentStatus, card: { brand: CardBrand, last4: string } | null }> } } };

export type OrderPaymentCardsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderPaymentCardsQuery = { node:
    | { payments: Array<{ method: PaymentMethod, card: { brand: CardBrand, last4: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type SavedPaymentMethodFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedPaymentMethodFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type DealerPortalQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DealerPortalQuery = { node:
    | { code: string, customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string } }> }, vehicles: { totalCount: number, edges: Array<{ node: { vin: string } }> }, orders: { totalCount: number, edges: Array<{ node: { number: string } }> }, cases: { totalCount: number, edges: Array<{ node: { number: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type DealerPortalsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DealerPortalsQuery = { dealers: { edges: Array<{ node: { code: string, customers: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { displayName: string } }> }, vehicles: { totalCount: number, edges: Array<{ node: { vin: string } }> }, orders: { totalCount: number, edges: Array<{ node: { number: string } }> }, cases: { totalCount: number, edges: Array<{ node: { number: string } }> } } }> } };

export type ProductOrdersQueryVariables = Exact<{
  sku: string;
  first?: number | null | undefined;
}>;


export type ProductOrdersQuery = { product: { sku: string, orders: { totalCount: number, edges: Array<{ node: { number: string } }> } } | null };

export type ProductsWithOrdersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ProductsWithOrdersQuery = { products: { edges: Array<{ node: { sku: string, orders: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { number: string } }> } } }> } };

export type DueSoonQueryVariables = Exact<{
  id: string | number;
  within?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DueSoonQuery = { customer: { dueSoon: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { expectedOn: string, lowOn: string, highOn: string, overdue: boolean, product: { sku: string } | null, category: { slug: string } | null, evidence: { purchases: number, lastPurchases: Array<string>, lastQuantity: number, ownIntervalDays: number | null, populationIntervalDays: number, ownWeight: number } } }> } } | null };

export type NextServiceDueQueryVariables = Exact<{
  vin: string;
}>;


export type NextServiceDueQuery = { vehicle: { nextServiceDue: { date: string, mileage: number, projectedMileage: number, overdue: boolean, reason: ServiceDueReason, lastServiceOn: string | null } | null } | null };

export type OwnersDueForServiceQueryVariables = Exact<{
  id: string | number;
  within?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnersDueForServiceQuery = { node:
    | { ownersDueForService: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { date: string, reason: ServiceDueReason, overdue: boolean, mileage: number, owner: { displayName: string } | null, vehicle: { vin: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ExportCustomerDataQueryVariables = Exact<{
  customerId: string | number;
}>;


export type ExportCustomerDataQuery = { exportCustomerData: unknown };

export type EraseCustomerMutationVariables = Exact<{
  input: EraseCustomerInput;
}>;


export type EraseCustomerMutation = { eraseCustomer: { customerId: string, erasedAt: string, profiles: number, suppressedIdentities: number } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorRole: string, actorId: string | null, action: string, targetType: string, targetId: string | null, operation: string | null, outcome: AuditOutcome, details: unknown } }> } };

export type CustomerWithPiiQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerWithPiiQuery = { customer: { id: string, displayName: string, birthday: string | null, emails: Array<{ address: string }>, phones: Array<{ e164: string }>, addresses: Array<{ line1: string, city: string }> } | null };

export type CustomersWithEmailsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomersWithEmailsQuery = { customers: { edges: Array<{ node: { id: string, displayName: string, emails: Array<{ address: string }> } }> } };

export type CustomerNamesOnlyQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomerNamesOnlyQuery = { customers: { edges: Array<{ node: { id: string, displayName: string } }> } };

export type ProfileViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileViewQuery = { customer: { id: string, displayName: string, givenName: string | null, familyName: string | null, birthday: string | null, preferredLanguage: string, stage: LifecycleStage, preferredDealer: { id: string } | null, emails: Array<{ address: string, isPrimary: boolean }>, phones: Array<{ e164: string, kind: PhoneKind, isPrimary: boolean }>, addresses: Array<{ id: string, kind: AddressKind, line1: string, city: string, postcode: string | null, country: string, isDefaultDelivery: boolean }>, preferences: Array<{ key: string, value: string }>, consents: Array<{ channel: ConsentChannel, purpose: ConsentPurpose, status: ConsentStatus, source: string, expiresAt: string | null }>, consentHistory: Array<{ channel: ConsentChannel, purpose: ConsentPurpose, status: ConsentStatus, source: string, recordedAt: string }> } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { customer: { id: string, displayName: string, givenName: string | null, familyName: string | null, birthday: string | null, preferredLanguage: string, preferredDealer: { id: string } | null } } };

export type AddEmailMutationVariables = Exact<{
  input: AddEmailInput;
}>;


export type AddEmailMutation = { addEmail: { customer: { id: string } } };

export type RemoveEmailMutationVariables = Exact<{
  input: EmailRefInput;
}>;


export type RemoveEmailMutation = { removeEmail: { customer: { id: string } } };

export type SetPrimaryEmailMutationVariables = Exact<{
  input: EmailRefInput;
}>;


export type SetPrimaryEmailMutation = { setPrimaryEmail: { customer: { id: string } } };

export type AddPhoneMutationVariables = Exact<{
  input: AddPhoneInput;
}>;


export type AddPhoneMutation = { addPhone: { customer: { id: string } } };

export type RemovePhoneMutationVariables = Exact<{
  input: PhoneRefInput;
}>;


export type RemovePhoneMutation = { removePhone: { customer: { id: string } } };

export type AddAddressMutationVariables = Exact<{
  input: AddAddressInput;
}>;


export type AddAddressMutation = { addAddress: { address: { id: string, city: string, isDefaultDelivery: boolean } | null } };

export type UpdateAddressMutationVariables = Exact<{
  input: UpdateAddressInput;
}>;


export type UpdateAddressMutation = { updateAddress: { address: { id: string, line1: string, city: string, postcode: string | null, isDefaultDelivery: boolean } | null } };

export type RemoveAddressMutationVariables = Exact<{
  input: AddressRefInput;
}>;


export type RemoveAddressMutation = { removeAddress: { address: { id: string } | null } };

export type SetDefaultDeliveryAddressMutationVariables = Exact<{
  input: AddressRefInput;
}>;


export type SetDefaultDeliveryAddressMutation = { setDefaultDeliveryAddress: { address: { id: string, isDefaultDelivery: boolean } | null } };

export type SetPreferencesMutationVariables = Exact<{
  input: SetPreferencesInput;
}>;


export type SetPreferencesMutation = { setPreferences: { customer: { id: string } } };

export type SetConsentsMutationVariables = Exact<{
  input: SetConsentsInput;
}>;


export type SetConsentsMutation = { setConsents: { customer: { id: string } } };

export type ProductReviewsQueryVariables = Exact<{
  sku: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ReviewOrder | null | undefined;
}>;


export type ProductReviewsQuery = { product: { sku: string, rating: { average: number | null, count: number, distribution: Array<number> } | null, reviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, stars: number, title: string | null, body: string | null, reviewer: string, helpfulCount: number, createdAt: string } }> } } | null };

export type ProductReviewsDefaultQueryVariables = Exact<{
  sku: string;
}>;


export type ProductReviewsDefaultQuery = { product: { rating: { average: number | null, count: number, distribution: Array<number> } | null, reviews: { edges: Array<{ cursor: string, node: { id: string, stars: number, reviewer: string, helpfulCount: number } }> } } | null };

export type WriteNamedReviewMutationVariables = Exact<{
  input: WriteReviewInput;
}>;


export type WriteNamedReviewMutation = { writeReview: { review: { id: string, stars: number, shownAs: ReviewerShownAs } } };

export type HideReviewMutationVariables = Exact<{
  input: ModerateReviewInput;
}>;


export type HideReviewMutation = { moderateReview: { review: { id: string, hiddenAt: string | null } } };

export type MarkHelpfulMutationVariables = Exact<{
  input: MarkReviewHelpfulInput;
}>;


export type MarkHelpfulMutation = { markReviewHelpful: { review: { id: string, helpfulCount: number } } };

export type ProductsRankedQueryVariables = Exact<{
  filter?: ProductFilter | null | undefined;
  orderBy?: ProductOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ProductsRankedQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { sku: string, rating: { average: number | null, count: number } | null } }> } };

export type SupplierPortalQueryVariables = Exact<{
  supplierId: string | number;
}>;


export type SupplierPortalQuery = { products: { totalCount: number, edges: Array<{ node: { sku: string, supplier: { id: string } | null } }> }, supplierSalesReport: { totalUnits: number, rows: Array<{ region: string | null, units: number, customerCount: number }> } };

export type BoughtTogetherQueryVariables = Exact<{
  sku: string;
  first?: number | null | undefined;
}>;


export type BoughtTogetherQuery = { product: { sku: string, boughtTogether: Array<{ customers: number, support: number, confidence: number, lift: number, product: { sku: string, name: string } }> } | null };

export type CustomerRecommendationsQueryVariables = Exact<{
  id: string | number;
  first: number;
  context?: RecommendationContext | null | undefined;
}>;


export type CustomerRecommendationsQuery = { customer: { recommendations: { personalised: boolean, allowed: boolean, basis: string, items: Array<{ score: number, source: RecommendationSource, reason: string, product: { sku: string, name: string, active: boolean } }> } } | null };

export type WriteReviewMutationVariables = Exact<{
  input: WriteReviewInput;
}>;


export type WriteReviewMutation = { writeReview: { review: { id: string, stars: number, title: string | null, body: string | null, product: { id: string } | null } } };

export type EditReviewMutationVariables = Exact<{
  input: EditReviewInput;
}>;


export type EditReviewMutation = { editReview: { review: { id: string, stars: number, title: string | null, body: string | null } } };

export type AnswerSurveyMutationVariables = Exact<{
  input: AnswerSurveyInput;
}>;


export type AnswerSurveyMutation = { answerSurvey: { surveyResponse: { id: string, overallSatisfaction: number, deliveryRating: number | null, intendsToBuyWithin3Months: boolean | null, wouldRecommend: number | null, comment: string | null } } };

export type CustomerFeedbackQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerFeedbackQuery = { customer: { reviews: { totalCount: number, edges: Array<{ node: { id: string, stars: number, body: string | null, product: { id: string } | null } }> }, surveyResponses: Array<{ overallSatisfaction: number, wouldRecommend: number | null }>, wishlist: Array<{ product: { id: string } | null }>, recentlyViewed: Array<{ viewedAt: string, product: { id: string } | null }> } | null };

export type AddToWishlistMutationVariables = Exact<{
  input: CustomerProductInput;
}>;


export type AddToWishlistMutation = { addToWishlist: { customer: { id: string } } };

export type RemoveFromWishlistMutationVariables = Exact<{
  input: CustomerProductInput;
}>;


export type RemoveFromWishlistMutation = { removeFromWishlist: { customer: { id: string } } };

export type RecordProductViewMutationVariables = Exact<{
  input: RecordProductViewInput;
}>;


export type RecordProductViewMutation = { recordProductView: { customer: { recentlyViewed: Array<{ product: { id: string } | null }> } } };

export type ModerateReviewMutationVariables = Exact<{
  input: ModerateReviewInput;
}>;


export type ModerateReviewMutation = { moderateReview: { review: { id: string, hiddenAt: string | null, moderationNote: string | null, body: string | null } } };

export type DemoCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoCheckQuery = { customers: { totalCount: number, edges: Array<{ node: { displayName: string, emails: Array<{ address: string }> } }> }, products: { totalCount: number }, dealers: { totalCount: number } };

export type DemoIntelligenceQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoIntelligenceQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, stage: LifecycleStage, tier: LoyaltyTier | null, traits: { rfmGroup: RfmGroup | null, categoryCells: Array<{ categoryId: string, categoryName: string, brandPreference: BrandPreference, usage: CategoryUsage }> } | null } }> } };

export type DemoRfmGroupQueryVariables = Exact<{
  groups?: Array<RfmGroup> | RfmGroup | null | undefined;
}>;


export type DemoRfmGroupQuery = { customers: { totalCount: number } };

export type PreviewSegmentQueryVariables = Exact<{
  rule: CustomerRule;
}>;


export type PreviewSegmentQuery = { previewSegment: { size: number, sample: Array<{ id: string }> } };

export type SegmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentsQuery = { segments: Array<{ id: string, code: string, name: string, size: number | null, rule: unknown, members: { totalCount: number, edges: Array<{ node: { id: string } }> } }> };

export type SegmentSizesQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentSizesQuery = { segments: Array<{ id: string, code: string, rule: unknown, size: number | null, sizeSuppressed: boolean }> };

export type CreateSegmentMutationVariables = Exact<{
  input: CreateSegmentInput;
}>;


export type CreateSegmentMutation = { createSegment: { id: string, code: string, name: string, description: string | null, size: number | null, members: { totalCount: number, edges: Array<{ node: { id: string } }> } } };

export type UpdateSegmentMutationVariables = Exact<{
  input: UpdateSegmentInput;
}>;


export type UpdateSegmentMutation = { updateSegment: { id: string, name: string, size: number | null, members: { totalCount: number, edges: Array<{ node: { id: string } }> } } };

export type DeleteSegmentMutationVariables = Exact<{
  input: DeleteSegmentInput;
}>;


export type DeleteSegmentMutation = { deleteSegment: { segmentId: string } };

export type CustomerSegmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerSegmentsQuery = { customer: { segments: Array<{ code: string }> | null } | null };

export type CustomersInSegmentsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CustomersInSegmentsQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type SegmentTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentTimelineQuery = { customer: { timeline: { edges: Array<{ node: { kind: TimelineKind, title: string, refId: string, occurredAt: string } }> } } | null };

export type SegmentMembershipChangedSubscriptionVariables = Exact<{
  segmentId?: string | number | null | undefined;
}>;


export type SegmentMembershipChangedSubscription = { segmentMembershipChanged: { segmentId: string, customerId: string, change: SegmentMembershipChangeKind, at: string } };

export type OpenOwnCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenOwnCaseMutation = { openCase: { case: { id: string, number: string, kind: CaseKind, status: CaseStatus, priority: CasePriority, subject: string, againstDealer: { id: string } | null, customer: { id: string } | null } } };

export type CommentCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CommentCaseMutation = { commentOnCase: { case: { id: string, status: CaseStatus } } };

export type TakeCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type TakeCaseMutation = { assignCase: { case: { id: string, status: CaseStatus, assignee: string | null } } };

export type SolveCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type SolveCaseMutation = { resolveCase: { case: { id: string, status: CaseStatus, resolution: string | null } } };

export type ShutCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ShutCaseMutation = { closeCase: { case: { id: string, status: CaseStatus, closedAt: string | null } } };

export type RateCaseMutationVariables = Exact<{
  input: RateCaseInput;
}>;


export type RateCaseMutation = { rateCase: { case: { id: string, status: CaseStatus }, surveyResponse: { overallSatisfaction: number, comment: string | null } } };

export type CaseThreadQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseThreadQuery = { node:
    | { number: string, status: CaseStatus, overdue: boolean, dueAt: string | null, closedAt: string | null, thread: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: CaseEntryKind, status: CaseStatus | null, body: string | null, authorRole: string, authorName: string, createdAt: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type MyCaseNoticesQueryVariables = Exact<{
  id: string | number;
}>;


export type MyCaseNoticesQuery = { customer: { interactions: { edges: Array<{ node: { subject: string, channel: InteractionChannel, direction: InteractionDirection } }> }, timeline: { edges: Array<{ node: { kind: TimelineKind, title: string } }> }, traits: { latestCsat: number | null } | null } | null };

export type CaseUpdatedSubscriptionVariables = Exact<{
  caseId?: string | number | null | undefined;
}>;


export type CaseUpdatedSubscription = { caseUpdated: { id: string, number: string, status: CaseStatus } };

export type DealerComplaintsQueryVariables = Exact<{
  id: string | number;
}>;


export type DealerComplaintsQuery = { node:
    | { cases: { edges: Array<{ node: { number: string, status: CaseStatus, overdue: boolean, dueAt: string | null, openedAt: string, thread: { edges: Array<{ node: { kind: CaseEntryKind, authorRole: string, body: string | null } }> } } }> } }
    | Record<PropertyKey, never>
   | null };

export type ComplaintStatsOfQueryVariables = Exact<{
  id: string | number;
  period?: ReportPeriod | null | undefined;
}>;


export type ComplaintStatsOfQuery = { node:
    | { complaintStats: { complaintCount: number, customerCount: number, ratePer100Customers: number | null, openCount: number, overdueCount: number, medianResolutionHours: number | null, meanResolutionHours: number | null } | null }
    | Record<PropertyKey, never>
   | null };

export type RecordServiceRecordMutationVariables = Exact<{
  input: RecordServiceRecordInput;
}>;


export type RecordServiceRecordMutation = { recordServiceRecord: { serviceRecord: { id: string, kind: ServiceKind, mileageKm: number, technicianNotes: string | null, total: { amountMinor: number, currency: string }, items: Array<{ kind: ServiceItemKind, description: string, quantity: number, total: { amountMinor: number } }>, station: { id: string } | null, vehicle: { vin: string, mileageKm: number } | null } } };

export type BookServiceAppointmentMutationVariables = Exact<{
  input: BookServiceAppointmentInput;
}>;


export type BookServiceAppointmentMutation = { bookServiceAppointment: { appointment: { id: string, status: AppointmentStatus, scheduledAt: string, purpose: string, station: { id: string } | null, serviceRecord: { id: string, mileageKm: number } | null }, serviceRecord: { id: string, kind: ServiceKind, total: { amountMinor: number } } | null } };

export type RescheduleServiceAppointmentMutationVariables = Exact<{
  input: RescheduleServiceAppointmentInput;
}>;


export type RescheduleServiceAppointmentMutation = { rescheduleServiceAppointment: { appointment: { id: string, status: AppointmentStatus, scheduledAt: string } } };

export type CancelServiceAppointmentMutationVariables = Exact<{
  input: ServiceAppointmentRefInput;
}>;


export type CancelServiceAppointmentMutation = { cancelServiceAppointment: { appointment: { id: string, status: AppointmentStatus } } };

export type MarkServiceAppointmentNoShowMutationVariables = Exact<{
  input: ServiceAppointmentRefInput;
}>;


export type MarkServiceAppointmentNoShowMutation = { markServiceAppointmentNoShow: { appointment: { id: string, status: AppointmentStatus } } };

export type CompleteServiceAppointmentMutationVariables = Exact<{
  input: CompleteServiceAppointmentInput;
}>;


export type CompleteServiceAppointmentMutation = { completeServiceAppointment: { appointment: { id: string, status: AppointmentStatus, serviceRecord: { id: string, mileageKm: number } | null }, serviceRecord: { id: string, kind: ServiceKind, total: { amountMinor: number }, station: { id: string } | null } | null } };

export type VehicleServiceQueryVariables = Exact<{
  vin: string;
}>;


export type VehicleServiceQuery = { vehicle: { vin: string, mileageKm: number, serviceRecords: { totalCount: number, edges: Array<{ node: { id: string, kind: ServiceKind, mileageKm: number, station: { id: string } | null } }> }, appointments: Array<{ id: string, status: AppointmentStatus }> } | null };

export type StationAppointmentsQueryVariables = Exact<{
  id: string | number;
  filter?: ServiceAppointmentFilter | null | undefined;
}>;


export type StationAppointmentsQuery = { node:
    | { __typename: 'Carrier' }
    | { __typename: 'Case' }
    | { __typename: 'Customer' }
    | { __typename: 'Dealer', serviceAppointments: { totalCount: number, edges: Array<{ node: { id: string, status: AppointmentStatus, purpose: string, customer: { id: string } | null } }> } }
    | { __typename: 'Interaction' }
    | { __typename: 'Order' }
    | { __typename: 'Product' }
    | { __typename: 'ProductCategory' }
    | { __typename: 'Review' }
    | { __typename: 'ServiceRecord' }
    | { __typename: 'Shipment' }
    | { __typename: 'Supplier' }
    | { __typename: 'Vehicle' }
    | { __typename: 'VehicleModel' }
   | null };

export type SupplierSalesReportQueryVariables = Exact<{
  filter: SupplierSalesFilter;
}>;


export type SupplierSalesReportQuery = { supplierSalesReport: { supplierId: string, minimumGroupSize: number, suppressedGroups: number, suppressedUnits: number, totalUnits: number, totalRevenue: Array<{ amountMinor: number, currency: string }>, rows: Array<{ month: string | null, region: string | null, customerKind: CustomerKind | null, tier: LoyaltyTier | null, productId: string | null, productSku: string | null, units: number, returnedUnits: number, averageRating: number | null, customerCount: number, revenue: { amountMinor: number, currency: string } }> } };

export type CategoryMatrixQueryVariables = Exact<{
  input: CategoryMatrixInput;
}>;


export type CategoryMatrixQuery = { categoryMatrix: { categoryId: string, buyers: number, minimumGroupSize: number, cells: Array<{ brandPreference: BrandPreference, usage: CategoryUsage, suppressed: boolean, customers: number | null, units: number | null, revenue: Array<{ amountMinor: number, currency: string }> | null }> } };

export type RecordTrackingEventsMutationVariables = Exact<{
  input: RecordTrackingEventsInput;
}>;


export type RecordTrackingEventsMutation = { recordTrackingEvents: { recorded: Array<{ index: number, courierEventId: string, seq: number, duplicate: boolean, shipment: { trackingNumber: string, status: ShipmentStatus, estimatedArrival: string | null, deliveredAt: string | null, lastPosition: { lat: number, lng: number } | null } }>, rejected: Array<{ index: number, courierEventId: string, code: string, field: string, message: string }> } };

export type ShipmentStateQueryVariables = Exact<{
  trackingNumber: string;
}>;


export type ShipmentStateQuery = { shipment: { status: ShipmentStatus, departedAt: string | null, deliveredAt: string | null, lastEventAt: string | null, events: { totalCount: number, edges: Array<{ node: { seq: number, status: ShipmentStatus, occurredAt: string } }> } } | null };

export type OrderStateQueryVariables = Exact<{
  number: string;
}>;


export type OrderStateQuery = { order: { status: OrderStatus, deliveredAt: string | null } | null };

export type ShipmentTrackingSubscriptionVariables = Exact<{
  shipmentId: string | number;
  after?: number | null | undefined;
}>;


export type ShipmentTrackingSubscription = { shipmentTracking: { seq: number, status: ShipmentStatus, occurredAt: string, position: { lat: number, lng: number } | null } };

export type OrderTrackingSubscriptionVariables = Exact<{
  orderId: string | number;
  after?: string | null | undefined;
}>;


export type OrderTrackingSubscription = { orderTracking: { cursor: string, shipment: { trackingNumber: string, status: ShipmentStatus }, event: { seq: number, status: ShipmentStatus } } };

export type DeliveryFeedSubscriptionVariables = Exact<{
  filter?: DeliveryFeedFilter | null | undefined;
}>;


export type DeliveryFeedSubscription = { deliveryFeed: { shipment: { trackingNumber: string }, event: { seq: number, status: ShipmentStatus, position: { lat: number, lng: number } | null } } };

export type TraitRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type TraitRulesQuery = { traitRules: { recencyDays: Array<number>, frequencyOrders: Array<number>, monetaryMinor: Array<number>, occasionalOrders: number, regularOrders: number, veryLoyalOrders: number, lapseDays: number, defaultPurchaseIntervalDays: number, recentComplaintDays: number, updatedAt: string } };

export type UpdateTraitRulesMutationVariables = Exact<{
  input: UpdateTraitRulesInput;
}>;


export type UpdateTraitRulesMutation = { updateTraitRules: { recomputed: number, rules: { recencyDays: Array<number>, frequencyOrders: Array<number>, monetaryMinor: Array<number>, occasionalOrders: number, regularOrders: number, veryLoyalOrders: number, lapseDays: number, defaultPurchaseIntervalDays: number, recentComplaintDays: number } } };

export type SetCustomerKindMutationVariables = Exact<{
  input: SetCustomerKindInput;
}>;


export type SetCustomerKindMutation = { setCustomerKind: { customer: { id: string, kind: CustomerKind } } };

export type CustomerRuledQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerRuledQuery = { customer: { kind: CustomerKind, stage: LifecycleStage, tier: LoyaltyTier | null, traits: { recencyScore: number | null, frequencyScore: number | null, monetaryScore: number | null, rfmGroup: RfmGroup | null, churnRisk: number | null } | null } | null };

export type CustomerCategoryCellsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerCategoryCellsQuery = { customer: { traits: { categoryCells: Array<{ categoryId: string, categoryName: string, brandPreference: BrandPreference, usage: CategoryUsage, storeBrandShare: number }> } | null } | null };

export type CustomersCategoryCellsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: CustomerFilter | null | undefined;
}>;


export type CustomersCategoryCellsQuery = { customers: { edges: Array<{ node: { id: string, traits: { categoryCells: Array<{ categoryId: string, brandPreference: BrandPreference, usage: CategoryUsage }> } | null } }> } };

export type CommunicationMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunicationMatrixQuery = { communicationMatrix: Array<{ audience: CommunicationAudience, kinds: Array<CommunicationKind> }> };

export type UpdateCommunicationMatrixMutationVariables = Exact<{
  input: UpdateCommunicationMatrixInput;
}>;


export type UpdateCommunicationMatrixMutation = { updateCommunicationMatrix: Array<{ audience: CommunicationAudience, kinds: Array<CommunicationKind> }> };

export type CustomerTraitsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerTraitsQuery = { customer: { stage: LifecycleStage, tier: LoyaltyTier | null, traits: { orderCount: number, firstOrderAt: string | null, lastOrderAt: string | null, daysSinceLastOrder: number | null, meanDaysBetweenOrders: number | null, preferredChannel: OrderChannel | null, lastServiceAt: string | null, daysSinceLastService: number | null, returnCount: number, complaintCount: number, openComplaintCount: number, latestNps: number | null, latestCsat: number | null, recencyScore: number | null, frequencyScore: number | null, monetaryScore: number | null, rfmGroup: RfmGroup | null, churnRisk: number | null, vehiclesOwned: number, lifetimeValue: { amountMinor: number, currency: string }, averageOrderValue: { amountMinor: number, currency: string } | null } | null } | null };

export type CommunicationPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunicationPlanQuery = { customer: { tier: LoyaltyTier | null, stage: LifecycleStage, communicationPlan: Array<{ kind: CommunicationKind, allowed: boolean, channels: Array<ConsentChannel>, reason: string }> | null } | null };

export type IngestVehicleSalesMutationVariables = Exact<{
  input: IngestVehicleSalesInput;
}>;


export type IngestVehicleSalesMutation = { ingestVehicleSales: { summary: { created: number, updated: number, unchanged: number, pending: number, quarantined: number, rejected: number }, sales: Array<{ index: number, saleId: string, outcome: ImportOutcome, state: ImportedRecordState, warnings: Array<{ code: string, field: string, message: string }>, vehicle: { id: string, vin: string, modelYear: number, warrantyEndsOn: string | null, model: { code: string } | null, ownerships: Array<{ role: OwnershipRole, startedOn: string, endedOn: string | null, current: boolean, source: string | null, sourceSaleId: string | null, sellingDealer: { code: string } | null, customer: { id: string } | null }> } | null, customer: { id: string, stage: LifecycleStage } | null }>, rejected: Array<{ index: number, saleId: string | null, code: string, field: string, message: string }> } };

export type DeleteIngestedVehicleSalesMutationVariables = Exact<{
  input: DeleteIngestedVehicleSalesInput;
}>;


export type DeleteIngestedVehicleSalesMutation = { deleteIngestedVehicleSales: { deleted: Array<string>, unknown: Array<string> } };

export type CustomerVehicleSalesQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerVehicleSalesQuery = { customer: { vehicles: Array<{ vin: string, ownerships: Array<{ sourceSaleId: string | null, startedOn: string, endedOn: string | null, customer: { id: string } | null }> }> } | null };

export type RegisterVehicleMutationVariables = Exact<{
  input: RegisterVehicleInput;
}>;


export type RegisterVehicleMutation = { registerVehicle: { vehicle: { id: string, vin: string, modelYear: number, warrantyEndsOn: string | null, mileageKm: number } } };

export type RecordVehicleSaleMutationVariables = Exact<{
  input: RecordVehicleSaleInput;
}>;


export type RecordVehicleSaleMutation = { recordVehicleSale: { vehicle: { vin: string, warrantyEndsOn: string | null, underWarranty: boolean } } };

export type RecordMileageMutationVariables = Exact<{
  input: RecordMileageInput;
}>;


export type RecordMileageMutation = { recordMileage: { vehicle: { vin: string, mileageKm: number } } };

export type VehicleHistoryQueryVariables = Exact<{
  vin: string;
}>;


export type VehicleHistoryQuery = { vehicle: { vin: string, mileageKm: number, warrantyEndsOn: string | null, ownerships: Array<{ startedOn: string, endedOn: string | null, current: boolean, customer: { id: string } | null, sellingDealer: { id: string } | null }> } | null };

export type CustomerStageQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerStageQuery = { customer: { id: string, stage: LifecycleStage } | null };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string, eventTypes: Array<WebhookEventType>, enabled: boolean, dealerId: string | null } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { endpoint: { id: string, url: string, eventTypes: Array<WebhookEventType>, enabled: boolean, consecutiveFailures: number, failingSince: string | null, disabledReason: string | null } } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  input: DeleteWebhookEndpointInput;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { deletedId: string } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string, url: string, enabled: boolean, consecutiveFailures: number, failingSince: string | null, disabledAt: string | null, disabledReason: string | null, dealerId: string | null } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, deliveredAt: string | null, responseStatus: number | null, lastError: string | null, replayOf: string | null, createdAt: string } }> } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  input: ReplayWebhookDeliveryInput;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { delivery: { id: string, eventId: string, status: WebhookDeliveryStatus, replayOf: string | null } } };


export const RegisterCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const IssuePasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssuePasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<IssuePasswordResetMutation, IssuePasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const TrackEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrackEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrackEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<TrackEventsMutation, TrackEventsMutationVariables>;
export const RegisterWithVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWithVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWithVisitMutation, RegisterWithVisitMutationVariables>;
export const LoginWithVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LoginWithVisitMutation, LoginWithVisitMutationVariables>;
export const ActiveCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActiveCustomersQuery, ActiveCustomersQueryVariables>;
export const ShipmentArrivalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentArrival"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedArrival"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalPrediction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"lateForWindow"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentArrivalQuery, ShipmentArrivalQueryVariables>;
export const RecordArrivalEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordArrivalEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrackingEventsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrackingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalPrediction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"lateForWindow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordArrivalEventsMutation, RecordArrivalEventsMutationVariables>;
export const StartBulkExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBulkExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartBulkExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBulkExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<StartBulkExportMutation, StartBulkExportMutationVariables>;
export const BulkExportStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkExportState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<BulkExportStateQuery, BulkExportStateQueryVariables>;
export const CancelBulkExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBulkExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBulkExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBulkExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<CancelBulkExportMutation, CancelBulkExportMutationVariables>;
export const BulkExportUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BulkExportUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkExportUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<BulkExportUpdatedSubscription, BulkExportUpdatedSubscriptionVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dealerId"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"deferred"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const PreviewCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"willSend"}},{"kind":"Field","name":{"kind":"Name","value":"deferred"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewCampaignQuery, PreviewCampaignQueryVariables>;
export const SendCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendCampaignMutation, SendCampaignMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dealerId"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"deferred"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const ProductsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"brandKind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsPageQuery, ProductsPageQueryVariables>;
export const ProductBySkuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductBySku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ProductBySkuQuery, ProductBySkuQueryVariables>;
export const CustomerChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CustomerChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerChangedSubscription, CustomerChangedSubscriptionVariables>;
export const CustomersChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CustomersChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customersChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"segmentId"}}]}}]}}]} as unknown as DocumentNode<CustomersChangedSubscription, CustomersChangedSubscriptionVariables>;
export const Customer360Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"underWarranty"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sellingDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overallSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"wouldRecommend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentlyViewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Customer360Query, Customer360QueryVariables>;
export const CustomersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersPageQuery, CustomersPageQueryVariables>;
export const CustomersCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersCountQuery, CustomersCountQueryVariables>;
export const CustomerByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerByIdQuery, CustomerByIdQueryVariables>;
export const LogInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LogInteractionMutation, LogInteractionMutationVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"againstDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const AssignCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCaseMutation, AssignCaseMutationVariables>;
export const CommentOnCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CommentOnCaseMutation, CommentOnCaseMutationVariables>;
export const ResolveCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveCaseMutation, ResolveCaseMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const OrderByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]}}]} as unknown as DocumentNode<OrderByNumberQuery, OrderByNumberQueryVariables>;
export const ShipmentByTrackingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentByTracking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentByTrackingQuery, ShipmentByTrackingQueryVariables>;
export const VehicleByVinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleByVin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleByVinQuery, VehicleByVinQueryVariables>;
export const ListsForPortalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsForPortals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"againstDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsForPortalsQuery, ListsForPortalsQueryVariables>;
export const CustomerTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interactionFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interactionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerTimelineQuery, CustomerTimelineQueryVariables>;
export const IngestSourceRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestSourceRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestSourceRecordsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestSourceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestSourceRecordsMutation, IngestSourceRecordsMutationVariables>;
export const DuplicateCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"confident"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const PreviewMergeCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewMergeCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeCustomersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewMergeCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentities"}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewMergeCustomersMutation, PreviewMergeCustomersMutationVariables>;
export const MergeCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeCustomersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mergedCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"performedBy"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"moved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MergeCustomersMutation, MergeCustomersMutationVariables>;
export const UnmergeCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmergeCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnmergeCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmergeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restored"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}}]}}]}}]}}]} as unknown as DocumentNode<UnmergeCustomerMutation, UnmergeCustomerMutationVariables>;
export const IdentityProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORDER_PLACED"},{"kind":"EnumValue","value":"INTERACTION"},{"kind":"EnumValue","value":"CASE_OPENED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdentityProfileQuery, IdentityProfileQueryVariables>;
export const DetachSourceRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachSourceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DetachSourceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachSourceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceIdentity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdProfile"}},{"kind":"Field","name":{"kind":"Name","value":"fromRetired"}}]}}]}}]} as unknown as DocumentNode<DetachSourceRecordMutation, DetachSourceRecordMutationVariables>;
export const RecordMovesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordMoves"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SOURCE_RECORD_MOVED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMovesQuery, RecordMovesQueryVariables>;
export const ProfileTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROFILE_MERGED"},{"kind":"EnumValue","value":"PROFILE_UNMERGED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfileTimelineQuery, ProfileTimelineQueryVariables>;
export const NodeCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeCustomerQuery, NodeCustomerQueryVariables>;
export const IngestInteractionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestInteractions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestInteractionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestInteractions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"quarantined"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"agent"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceInteractionId"}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestInteractionsMutation, IngestInteractionsMutationVariables>;
export const DeleteIngestedInteractionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIngestedInteractions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteIngestedInteractionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIngestedInteractions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}}]}}]} as unknown as DocumentNode<DeleteIngestedInteractionsMutation, DeleteIngestedInteractionsMutationVariables>;
export const CustomerInteractionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInteractions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceInteractionId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerInteractionsQuery, CustomerInteractionsQueryVariables>;
export const CaptureLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaptureLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaptureLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captureLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaptureLeadMutation, CaptureLeadMutationVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"testDriveAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const UpdateLeadStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLeadStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"testDriveAt"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLeadStatusMutation, UpdateLeadStatusMutationVariables>;
export const AssignLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignLeadMutation, AssignLeadMutationVariables>;
export const LeadConversionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"testDrives"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToContact"}}]}}]}}]} as unknown as DocumentNode<LeadConversionQuery, LeadConversionQueryVariables>;
export const ChangeLeadInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeLeadInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLeadInterestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLeadInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeLeadInterestMutation, ChangeLeadInterestMutationVariables>;
export const CatalogCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CatalogCountQuery, CatalogCountQueryVariables>;
export const CustomerTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CustomerTotalQuery, CustomerTotalQueryVariables>;
export const IngestOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestOrdersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"quarantined"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTransactionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestOrdersMutation, IngestOrdersMutationVariables>;
export const DeleteIngestedOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIngestedOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteIngestedOrdersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIngestedOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}}]}}]} as unknown as DocumentNode<DeleteIngestedOrdersMutation, DeleteIngestedOrdersMutationVariables>;
export const CustomerHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerHistoryQuery, CustomerHistoryQueryVariables>;
export const MapSourceProductCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MapSourceProductCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MapSourceProductCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapSourceProductCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MapSourceProductCodesMutation, MapSourceProductCodesMutationVariables>;
export const IngestServiceVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestServiceVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestServiceVisitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestServiceVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"quarantined"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceVisitId"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"visitId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestServiceVisitsMutation, IngestServiceVisitsMutationVariables>;
export const DeleteIngestedServiceVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIngestedServiceVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteIngestedServiceVisitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIngestedServiceVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}}]}}]} as unknown as DocumentNode<DeleteIngestedServiceVisitsMutation, DeleteIngestedServiceVisitsMutationVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOption"}},{"kind":"Field","name":{"kind":"Name","value":"splitPreference"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const ConfirmOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const SplitOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SplitOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SplitOrderMutation, SplitOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const RequestReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestReturnMutation, RequestReturnMutationVariables>;
export const ReceiveReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiveReturnMutation, ReceiveReturnMutationVariables>;
export const OrderAfterWritesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderAfterWrites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedArrival"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderAfterWritesQuery, OrderAfterWritesQueryVariables>;
export const OrderNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INTERACTION"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderNoticesQuery, OrderNoticesQueryVariables>;
export const RejectReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RejectReturnMutation, RejectReturnMutationVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dealerFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dealerFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"sells"}},{"kind":"Field","name":{"kind":"Name","value":"repairs"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dealer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const AddPaymentMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPaymentMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPaymentMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<AddPaymentMethodMutation, AddPaymentMethodMutationVariables>;
export const RemovePaymentMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePaymentMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedPaymentMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePaymentMethodMutation, RemovePaymentMethodMutationVariables>;
export const SetDefaultPaymentMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultPaymentMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedPaymentMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultPaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<SetDefaultPaymentMethodMutation, SetDefaultPaymentMethodMutationVariables>;
export const CustomerPaymentMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPaymentMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPaymentMethodsQuery, CustomerPaymentMethodsQueryVariables>;
export const PlaceOrderWithCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrderWithCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderWithCardMutation, PlaceOrderWithCardMutationVariables>;
export const OrderPaymentCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPaymentCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderPaymentCardsQuery, OrderPaymentCardsQueryVariables>;
export const SavedPaymentMethodFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedPaymentMethodFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"SavedPaymentMethod","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SavedPaymentMethodFieldsQuery, SavedPaymentMethodFieldsQueryVariables>;
export const DealerPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealerPortal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dealer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DealerPortalQuery, DealerPortalQueryVariables>;
export const DealerPortalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealerPortals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DealerPortalsQuery, DealerPortalsQueryVariables>;
export const ProductOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductOrdersQuery, ProductOrdersQueryVariables>;
export const ProductsWithOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsWithOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsWithOrdersQuery, ProductsWithOrdersQueryVariables>;
export const DueSoonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueSoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueSoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lowOn"}},{"kind":"Field","name":{"kind":"Name","value":"highOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchases"}},{"kind":"Field","name":{"kind":"Name","value":"lastPurchases"}},{"kind":"Field","name":{"kind":"Name","value":"lastQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"ownIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"populationIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownWeight"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DueSoonQuery, DueSoonQueryVariables>;
export const NextServiceDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextServiceDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextServiceDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"mileage"}},{"kind":"Field","name":{"kind":"Name","value":"projectedMileage"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lastServiceOn"}}]}}]}}]}}]} as unknown as DocumentNode<NextServiceDueQuery, NextServiceDueQueryVariables>;
export const OwnersDueForServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnersDueForService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dealer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownersDueForService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"mileage"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnersDueForServiceQuery, OwnersDueForServiceQueryVariables>;
export const ExportCustomerDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCustomerData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCustomerData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}]}]}}]} as unknown as DocumentNode<ExportCustomerDataQuery, ExportCustomerDataQueryVariables>;
export const EraseCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"profiles"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedIdentities"}}]}}]}}]} as unknown as DocumentNode<EraseCustomerMutation, EraseCustomerMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const CustomerWithPiiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerWithPii"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerWithPiiQuery, CustomerWithPiiQueryVariables>;
export const CustomersWithEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithEmailsQuery, CustomersWithEmailsQueryVariables>;
export const CustomerNamesOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNamesOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerNamesOnlyQuery, CustomerNamesOnlyQueryVariables>;
export const ProfileViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileViewQuery, ProfileViewQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const AddEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddEmailMutation, AddEmailMutationVariables>;
export const RemoveEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveEmailMutation, RemoveEmailMutationVariables>;
export const SetPrimaryEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPrimaryEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPrimaryEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetPrimaryEmailMutation, SetPrimaryEmailMutationVariables>;
export const AddPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPhoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddPhoneMutation, AddPhoneMutationVariables>;
export const RemovePhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePhoneMutation, RemovePhoneMutationVariables>;
export const AddAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<AddAddressMutation, AddAddressMutationVariables>;
export const UpdateAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAddressMutation, UpdateAddressMutationVariables>;
export const RemoveAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddressRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveAddressMutation, RemoveAddressMutationVariables>;
export const SetDefaultDeliveryAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultDeliveryAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddressRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultDeliveryAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<SetDefaultDeliveryAddressMutation, SetDefaultDeliveryAddressMutationVariables>;
export const SetPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetPreferencesMutation, SetPreferencesMutationVariables>;
export const SetConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConsentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetConsentsMutation, SetConsentsMutationVariables>;
export const ProductReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductReviewsQuery, ProductReviewsQueryVariables>;
export const ProductReviewsDefaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductReviewsDefault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductReviewsDefaultQuery, ProductReviewsDefaultQueryVariables>;
export const WriteNamedReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteNamedReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"shownAs"}}]}}]}}]}}]} as unknown as DocumentNode<WriteNamedReviewMutation, WriteNamedReviewMutationVariables>;
export const HideReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}}]}}]}}]}}]} as unknown as DocumentNode<HideReviewMutation, HideReviewMutationVariables>;
export const MarkHelpfulDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkHelpful"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkReviewHelpfulInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markReviewHelpful"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}}]}}]}}]}}]} as unknown as DocumentNode<MarkHelpfulMutation, MarkHelpfulMutationVariables>;
export const ProductsRankedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsRanked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsRankedQuery, ProductsRankedQueryVariables>;
export const SupplierPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierPortal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supplierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"supplierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supplierId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierSalesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}}]}}]}}]}}]} as unknown as DocumentNode<SupplierPortalQuery, SupplierPortalQueryVariables>;
export const BoughtTogetherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoughtTogether"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"boughtTogether"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}}]}}]}}]}}]} as unknown as DocumentNode<BoughtTogetherQuery, BoughtTogetherQueryVariables>;
export const CustomerRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationContext"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalised"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRecommendationsQuery, CustomerRecommendationsQueryVariables>;
export const WriteReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WriteReviewMutation, WriteReviewMutationVariables>;
export const EditReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<EditReviewMutation, EditReviewMutationVariables>;
export const AnswerSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overallSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRating"}},{"kind":"Field","name":{"kind":"Name","value":"intendsToBuyWithin3Months"}},{"kind":"Field","name":{"kind":"Name","value":"wouldRecommend"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerSurveyMutation, AnswerSurveyMutationVariables>;
export const CustomerFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overallSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"wouldRecommend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentlyViewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerFeedbackQuery, CustomerFeedbackQueryVariables>;
export const AddToWishlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToWishlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToWishlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddToWishlistMutation, AddToWishlistMutationVariables>;
export const RemoveFromWishlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFromWishlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromWishlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveFromWishlistMutation, RemoveFromWishlistMutationVariables>;
export const RecordProductViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProductView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProductViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProductView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentlyViewed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordProductViewMutation, RecordProductViewMutationVariables>;
export const ModerateReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderationNote"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ModerateReviewMutation, ModerateReviewMutationVariables>;
export const DemoCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DemoCheckQuery, DemoCheckQueryVariables>;
export const DemoIntelligenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoIntelligence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rfmGroup"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"brandPreference"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoIntelligenceQuery, DemoIntelligenceQueryVariables>;
export const DemoRfmGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoRfmGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groups"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RfmGroup"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rfmGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groups"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DemoRfmGroupQuery, DemoRfmGroupQueryVariables>;
export const PreviewSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRule"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewSegmentQuery, PreviewSegmentQueryVariables>;
export const SegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentsQuery, SegmentsQueryVariables>;
export const SegmentSizesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentSizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sizeSuppressed"}}]}}]}}]} as unknown as DocumentNode<SegmentSizesQuery, SegmentSizesQueryVariables>;
export const CreateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateSegmentMutation, CreateSegmentMutationVariables>;
export const UpdateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSegmentMutation, UpdateSegmentMutationVariables>;
export const DeleteSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}}]}}]}}]} as unknown as DocumentNode<DeleteSegmentMutation, DeleteSegmentMutationVariables>;
export const CustomerSegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSegments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSegmentsQuery, CustomerSegmentsQueryVariables>;
export const CustomersInSegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersInSegments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"segmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersInSegmentsQuery, CustomersInSegmentsQueryVariables>;
export const SegmentTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SEGMENT_ENTERED"},{"kind":"EnumValue","value":"SEGMENT_LEFT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentTimelineQuery, SegmentTimelineQueryVariables>;
export const SegmentMembershipChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SegmentMembershipChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentMembershipChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"segmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<SegmentMembershipChangedSubscription, SegmentMembershipChangedSubscriptionVariables>;
export const OpenOwnCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenOwnCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"againstDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenOwnCaseMutation, OpenOwnCaseMutationVariables>;
export const CommentCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CommentCaseMutation, CommentCaseMutationVariables>;
export const TakeCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}}]}}]}}]}}]} as unknown as DocumentNode<TakeCaseMutation, TakeCaseMutationVariables>;
export const SolveCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SolveCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]} as unknown as DocumentNode<SolveCaseMutation, SolveCaseMutationVariables>;
export const ShutCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShutCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ShutCaseMutation, ShutCaseMutationVariables>;
export const RateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overallSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<RateCaseMutation, RateCaseMutationVariables>;
export const CaseThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseThreadQuery, CaseThreadQueryVariables>;
export const MyCaseNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NOTIFICATION"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestCsat"}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseNoticesQuery, MyCaseNoticesQueryVariables>;
export const CaseUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaseUpdatedSubscription, CaseUpdatedSubscriptionVariables>;
export const DealerComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealerComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dealer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DealerComplaintsQuery, DealerComplaintsQueryVariables>;
export const ComplaintStatsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintStatsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dealer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintCount"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratePer100Customers"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianResolutionHours"}},{"kind":"Field","name":{"kind":"Name","value":"meanResolutionHours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintStatsOfQuery, ComplaintStatsOfQueryVariables>;
export const RecordServiceRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordServiceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordServiceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}},{"kind":"Field","name":{"kind":"Name","value":"technicianNotes"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordServiceRecordMutation, RecordServiceRecordMutationVariables>;
export const BookServiceAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookServiceAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookServiceAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookServiceAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookServiceAppointmentMutation, BookServiceAppointmentMutationVariables>;
export const RescheduleServiceAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleServiceAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleServiceAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleServiceAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleServiceAppointmentMutation, RescheduleServiceAppointmentMutationVariables>;
export const CancelServiceAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelServiceAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceAppointmentRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelServiceAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelServiceAppointmentMutation, CancelServiceAppointmentMutationVariables>;
export const MarkServiceAppointmentNoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkServiceAppointmentNoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceAppointmentRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markServiceAppointmentNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MarkServiceAppointmentNoShowMutation, MarkServiceAppointmentNoShowMutationVariables>;
export const CompleteServiceAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteServiceAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteServiceAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeServiceAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteServiceAppointmentMutation, CompleteServiceAppointmentMutationVariables>;
export const VehicleServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<VehicleServiceQuery, VehicleServiceQueryVariables>;
export const StationAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceAppointmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dealer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StationAppointmentsQuery, StationAppointmentsQueryVariables>;
export const SupplierSalesReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierSalesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierSalesFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierSalesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedGroups"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"totalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"totalRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"customerKind"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}}]}}]}}]}}]} as unknown as DocumentNode<SupplierSalesReportQuery, SupplierSalesReportQueryVariables>;
export const CategoryMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoryMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryMatrixInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"}},{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandPreference"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CategoryMatrixQuery, CategoryMatrixQueryVariables>;
export const RecordTrackingEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrackingEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrackingEventsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrackingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"courierEventId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastPosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedArrival"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"courierEventId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrackingEventsMutation, RecordTrackingEventsMutationVariables>;
export const ShipmentStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShipmentState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentStateQuery, ShipmentStateQueryVariables>;
export const OrderStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]} as unknown as DocumentNode<OrderStateQuery, OrderStateQueryVariables>;
export const ShipmentTrackingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ShipmentTracking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shipmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentTracking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shipmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shipmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentTrackingSubscription, ShipmentTrackingSubscriptionVariables>;
export const OrderTrackingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderTracking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderTracking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrderTrackingSubscription, OrderTrackingSubscriptionVariables>;
export const DeliveryFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeliveryFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryFeedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryFeedSubscription, DeliveryFeedSubscriptionVariables>;
export const TraitRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TraitRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traitRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyOrders"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryMinor"}},{"kind":"Field","name":{"kind":"Name","value":"occasionalOrders"}},{"kind":"Field","name":{"kind":"Name","value":"regularOrders"}},{"kind":"Field","name":{"kind":"Name","value":"veryLoyalOrders"}},{"kind":"Field","name":{"kind":"Name","value":"lapseDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPurchaseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"recentComplaintDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<TraitRulesQuery, TraitRulesQueryVariables>;
export const UpdateTraitRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTraitRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTraitRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTraitRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputed"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyOrders"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryMinor"}},{"kind":"Field","name":{"kind":"Name","value":"occasionalOrders"}},{"kind":"Field","name":{"kind":"Name","value":"regularOrders"}},{"kind":"Field","name":{"kind":"Name","value":"veryLoyalOrders"}},{"kind":"Field","name":{"kind":"Name","value":"lapseDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPurchaseIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"recentComplaintDays"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTraitRulesMutation, UpdateTraitRulesMutationVariables>;
export const SetCustomerKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomerKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCustomerKindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomerKind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SetCustomerKindMutation, SetCustomerKindMutationVariables>;
export const CustomerRuledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRuled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recencyScore"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyScore"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryScore"}},{"kind":"Field","name":{"kind":"Name","value":"rfmGroup"}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRuledQuery, CustomerRuledQueryVariables>;
export const CustomerCategoryCellsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCategoryCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"brandPreference"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"storeBrandShare"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCategoryCellsQuery, CustomerCategoryCellsQueryVariables>;
export const CustomersCategoryCellsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersCategoryCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"brandPreference"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersCategoryCellsQuery, CustomersCategoryCellsQueryVariables>;
export const CommunicationMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunicationMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}}]}}]} as unknown as DocumentNode<CommunicationMatrixQuery, CommunicationMatrixQueryVariables>;
export const UpdateCommunicationMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommunicationMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommunicationMatrixInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommunicationMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}}]}}]}}]} as unknown as DocumentNode<UpdateCommunicationMatrixMutation, UpdateCommunicationMatrixMutationVariables>;
export const CustomerTraitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTraits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"traits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastOrder"}},{"kind":"Field","name":{"kind":"Name","value":"meanDaysBetweenOrders"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}},{"kind":"Field","name":{"kind":"Name","value":"lastServiceAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLastService"}},{"kind":"Field","name":{"kind":"Name","value":"returnCount"}},{"kind":"Field","name":{"kind":"Name","value":"complaintCount"}},{"kind":"Field","name":{"kind":"Name","value":"openComplaintCount"}},{"kind":"Field","name":{"kind":"Name","value":"latestNps"}},{"kind":"Field","name":{"kind":"Name","value":"latestCsat"}},{"kind":"Field","name":{"kind":"Name","value":"recencyScore"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyScore"}},{"kind":"Field","name":{"kind":"Name","value":"monetaryScore"}},{"kind":"Field","name":{"kind":"Name","value":"rfmGroup"}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"}},{"kind":"Field","name":{"kind":"Name","value":"vehiclesOwned"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerTraitsQuery, CustomerTraitsQueryVariables>;
export const CommunicationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunicationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"communicationPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<CommunicationPlanQuery, CommunicationPlanQueryVariables>;
export const IngestVehicleSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestVehicleSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestVehicleSalesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestVehicleSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"quarantined"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"saleId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"modelYear"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSaleId"}},{"kind":"Field","name":{"kind":"Name","value":"sellingDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"saleId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestVehicleSalesMutation, IngestVehicleSalesMutationVariables>;
export const DeleteIngestedVehicleSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIngestedVehicleSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteIngestedVehicleSalesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIngestedVehicleSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}}]}}]} as unknown as DocumentNode<DeleteIngestedVehicleSalesMutation, DeleteIngestedVehicleSalesMutationVariables>;
export const CustomerVehicleSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerVehicleSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSaleId"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerVehicleSalesQuery, CustomerVehicleSalesQueryVariables>;
export const RegisterVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"modelYear"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterVehicleMutation, RegisterVehicleMutationVariables>;
export const RecordVehicleSaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVehicleSale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVehicleSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVehicleSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"underWarranty"}}]}}]}}]}}]} as unknown as DocumentNode<RecordVehicleSaleMutation, RecordVehicleSaleMutationVariables>;
export const RecordMileageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMileage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMileageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMileage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMileageMutation, RecordMileageMutationVariables>;
export const VehicleHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"mileageKm"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sellingDealer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleHistoryQuery, VehicleHistoryQueryVariables>;
export const CustomerStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<CustomerStageQuery, CustomerStageQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"dealerId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"dealerId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"replayOf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayWebhookDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replayOf"}}]}}]}}]}}]} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;