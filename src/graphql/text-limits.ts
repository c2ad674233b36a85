import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLSchema,
} from "graphql";

/**
 * The maximum length of every text input, by kind: the one place these numbers live. They are
 * hard ceilings checked before anything runs, so that a 900 KB search term never reaches SQL.
 * Services apply their own, often stricter rules (a given name has at most 100 characters) and
 * report those per item in batches (a tracking event's place, a source record's name): the
 * ceilings stay above every such rule, or one long value would refuse a whole batch.
 */
export const TEXT_LIMITS = {
  /** Free-text search terms. */
  search: 200,
  /** Opaque page cursors. */
  cursor: 1_024,
  /** Global ids. */
  id: 100,
  /** Identifiers and codes: SKUs, VINs, order and tracking numbers, source ids, keys, postcodes, dates. */
  code: 256,
  /** Names, titles, subjects, cities, places. */
  name: 1_000,
  /** Email addresses, phone numbers, address lines. */
  contact: 1_000,
  /** Passwords and one-time tokens. */
  secret: 1_024,
  /** Notes, comments, descriptions, review bodies, reasons, preference values. */
  text: 10_000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

/** Kinds by argument or input field name; `Type.field` entries say what a shared name means there. */
const KINDS: Record<string, TextKind> = {
  search: "search",
  url: "contact",
  after: "cursor",
  before: "cursor",
  sku: "code",
  number: "code",
  trackingNumber: "code",
  vin: "code",
  vins: "code",
  courierEventId: "code",
  sourceId: "code",
  source: "code",
  transactionId: "code",
  transactionIds: "code",
  visitId: "code",
  visitIds: "code",
  interactionId: "code",
  interactionIds: "code",
  saleId: "code",
  saleIds: "code",
  soldOn: "code",
  endedOn: "code",
  modelCode: "code",
  occurredAt: "code",
  agent: "name",
  stationCode: "code",
  performedAt: "code",
  personSourceId: "code",
  placedAt: "code",
  returnedAt: "code",
  dealerCode: "code",
  currency: "code",
  ean: "code",
  code: "code",
  "SourceOrderLineInput.name": "name",
  anonymousId: "code",
  "TrackEventInput.name": "code",
  "TrackEventInput.url": "text",
  searchTerm: "search",
  idempotencyKey: "code",
  actorId: "code",
  actorRole: "code",
  action: "code",
  targetType: "code",
  preferredLanguage: "code",
  postcode: "code",
  country: "code",
  key: "code",
  plate: "code",
  color: "code",
  birthday: "code",
  givenName: "name",
  familyName: "name",
  displayName: "name",
  organisationName: "name",
  city: "name",
  make: "name",
  brand: "name",
  province: "name",
  subject: "name",
  title: "name",
  place: "name",
  outcome: "name",
  email: "contact",
  emails: "contact",
  address: "contact",
  phone: "contact",
  phones: "contact",
  line1: "contact",
  line2: "contact",
  "AddPhoneInput.number": "contact",
  "CreateSegmentInput.name": "name",
  "UpdateSegmentInput.name": "name",
  "CampaignInput.name": "name",
  "PhoneRefInput.number": "contact",
  password: "secret",
  newPassword: "secret",
  token: "secret",
  providerToken: "secret",
  provider: "code",
  last4: "code",
  notes: "text",
  technicianNotes: "text",
  note: "text",
  description: "text",
  text: "text",
  body: "text",
  comment: "text",
  reason: "text",
  lostReason: "text",
  message: "text",
  purpose: "text",
  value: "text",
};

type Owner = GraphQLArgument | GraphQLInputField;

const TEXT_SCALARS = new Set(["String", "ID"]);

/** Whether values of this argument or input field are text (String or ID, alone or in lists). */
export const holdsText = (owner: Owner): boolean => TEXT_SCALARS.has(getNamedType(owner.type).name);

/**
 * The kind of a text input: ids by type, the rest by name. `where` is the input type's name, or
 * `Type.field` for an argument.
 */
export function textKindOf(owner: Owner, where: string): TextKind | undefined {
  const typeName = where.split(".")[0];
  return KINDS[`${typeName}.${owner.name}`] ?? (getNamedType(owner.type).name === "ID" ? "id" : KINDS[owner.name]);
}

const limits = new WeakMap<Owner, number>();

/** The maximum length of one text value of this argument or input field (after annotateTextLimits). */
export const textLimitOf = (owner: Owner): number | undefined => limits.get(owner);

/** Every text argument and input field of the schema, named `Type.field(arg)` or `Input.field`. */
export function textInputs(schema: GraphQLSchema): { name: string; owner: Owner; where: string }[] {
  const found: { name: string; owner: Owner; where: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (holdsText(field)) found.push({ name: `${type.name}.${field.name}`, owner: field, where: type.name });
    } else if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) if (holdsText(arg)) found.push({ name: `${type.name}.${field.name}(${arg.name})`, owner: arg, where: `${type.name}.${field.name}` });
      }
    }
  }
  return found;
}

export const limitSentence = (max: number) => `At most ${max.toLocaleString("en")} characters.`;

/**
 * Gives every text input its maximum and says it in its description, so that clients read it
 * in the schema. A text input no rule covers stops start-up: a new field cannot forget its limit.
 */
export function annotateTextLimits(schema: GraphQLSchema): GraphQLSchema {
  const unclassified: string[] = [];
  for (const { name, owner, where } of textInputs(schema)) {
    const kind = textKindOf(owner, where);
    if (!kind) {
      unclassified.push(name);
      continue;
    }
    const max = TEXT_LIMITS[kind];
    limits.set(owner, max);
    const sentence = limitSentence(max);
    if (!owner.description?.includes(sentence)) owner.description = owner.description ? `${owner.description} ${sentence}` : sentence;
  }
  if (unclassified.length > 0) {
    throw new Error(`Text inputs without a maximum length (add them to KINDS in src/graphql/text-limits.ts): ${unclassified.join(", ")}`);
  }
  return schema;
}
