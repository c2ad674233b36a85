import { getNamedType, isInterfaceType, isLeafType, isNonNullType, isObjectType, isUnionType, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { g, type Who, type World } from "./world.js";

/** The 360° view's types whose relations are walked. */
export const WALKED_TYPES = ["Customer", "Order", "Shipment", "Vehicle", "Dealer", "Product"] as const;
type Walked = (typeof WALKED_TYPES)[number];

/**
 * How a tenant-B principal enters each type: an object it may see (tenant B's own, or a public
 * one of tenant A). Tenant B's objects touch A's (see `buildWorld`), so a relation that forgets its
 * scope walks over into A.
 */
export const ENTRY: Record<Walked, (w: World) => string> = {
  Customer: (w) => g("Customer", w.customerB),
  Order: (w) => g("Order", w.orderB),
  Shipment: (w) => g("Shipment", w.shipmentB),
  Vehicle: (w) => g("Vehicle", w.vehicleB),
  Dealer: (w) => g("Dealer", w.dealerA),
  Product: (w) => g("Product", w.productA.id),
};

/**
 * Every relation field of the walked types, with the principals that can enter its parent (the
 * others meet a null parent, which proves nothing). A new relation field fails the suite until it
 * is listed here.
 */
const OWN: Who[] = ["DEALER_B", "CUSTOMER_B"];
const PUBLIC: Who[] = ["ANONYMOUS", "DEALER_B", "SUPPLIER_B", "CUSTOMER_B", "COURIER_B"];
/** Portal lists of a dealer that ask for a signed-in caller (anonymous is refused, which proves nothing). */
const SIGNED_IN: Who[] = ["DEALER_B", "SUPPLIER_B", "CUSTOMER_B", "COURIER_B"];
const PARCEL: Who[] = ["DEALER_B", "CUSTOMER_B", "COURIER_B"];
export const RELATIONS: Record<string, Who[]> = {
  "Customer.measures": OWN,
  "Customer.traits": OWN,
  "Customer.communicationPlan": OWN,
  "Customer.recommendations": OWN,
  "Customer.segments": OWN,
  "Customer.timeline": OWN,
  "Customer.emails": OWN,
  "Customer.phones": OWN,
  "Customer.addresses": OWN,
  "Customer.preferences": OWN,
  "Customer.consents": OWN,
  "Customer.consentHistory": OWN,
  "Customer.preferredDealer": OWN,
  "Customer.sourceIdentities": OWN,
  "Customer.wishlist": OWN,
  "Customer.recentlyViewed": OWN,
  "Customer.interactions": OWN,
  "Customer.cases": OWN,
  "Customer.reviews": OWN,
  "Customer.surveyResponses": OWN,
  "Customer.orders": OWN,
  "Customer.paymentMethods": OWN,
  "Customer.vehicles": OWN,
  "Customer.dueSoon": OWN,
  "Order.deliveryAddress": OWN,
  "Order.subtotal": OWN,
  "Order.shipping": OWN,
  "Order.total": OWN,
  "Order.customer": OWN,
  "Order.dealer": OWN,
  "Order.lines": OWN,
  "Order.payments": OWN,
  "Order.returns": OWN,
  "Order.shipments": OWN,
  "Shipment.lastPosition": PARCEL,
  "Shipment.arrivalPrediction": PARCEL,
  "Shipment.events": PARCEL,
  "Shipment.lines": PARCEL,
  "Shipment.carrier": PARCEL,
  "Shipment.order": PARCEL,
  "Vehicle.serviceRecords": OWN,
  "Vehicle.appointments": OWN,
  "Vehicle.model": OWN,
  "Vehicle.ownerships": OWN,
  "Vehicle.nextServiceDue": OWN,
  "Dealer.serviceRecords": PUBLIC,
  "Dealer.serviceAppointments": PUBLIC,
  "Dealer.customers": SIGNED_IN,
  "Dealer.vehicles": SIGNED_IN,
  "Dealer.orders": PUBLIC,
  "Dealer.cases": PUBLIC,
  // Staff and the dealership itself: an empty page for everyone else.
  "Dealer.ownersDueForService": PUBLIC,
  // Staff's figures: null for everyone else.
  "Dealer.complaintStats": PUBLIC,
  "Product.orders": PUBLIC,
  "Product.price": PUBLIC,
  "Product.category": PUBLIC,
  "Product.boughtTogether": PUBLIC,
  "Product.supplier": PUBLIC,
  // Shown reviews are public; the author appears only as they chose, never as a customer id.
  "Product.reviews": PUBLIC,
  "Product.rating": PUBLIC,
};

/** Fields whose type is an object, interface, union or a list or connection of them. */
export function relationFields(schema: GraphQLSchema): string[] {
  return WALKED_TYPES.flatMap((name) => {
    const type = schema.getType(name) as GraphQLObjectType;
    return Object.values(type.getFields())
      .filter((field) => !isLeafType(getNamedType(field.type)))
      .map((field) => `${name}.${field.name}`);
  });
}

const callable = (field: GraphQLField<unknown, unknown>) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);
const pageArgs = (field: GraphQLField<unknown, unknown>) => (field.args.some((a) => a.name === "first") ? "(first: 5)" : "");

/**
 * A selection of everything under a type down to `depth` more object levels: every leaf (ids,
 * names, emails, addresses), and connections walked through to their nodes at no extra depth.
 */
export function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) return "__typename";
  if (!isObjectType(type)) return "";
  if (type.name.endsWith("Connection") && "edges" in type.getFields()) {
    const node = getNamedType((getNamedType(type.getFields().edges!.type) as GraphQLObjectType).getFields().node!.type);
    return `edges { node { ${selectionOf(node, depth)} } }`;
  }
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!callable(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name}${pageArgs(field)} { ${selectionOf(named, depth - 1)} }`);
  }
  return parts.join(" ");
}

/** The query reaching `Type.field` from the entry object, two object levels deep. */
export function relationQuery(schema: GraphQLSchema, key: string): string {
  const [typeName, fieldName] = key.split(".") as [Walked, string];
  const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!;
  return `query ($id: ID!) { node(id: $id) { id ... on ${typeName} { ${fieldName}${pageArgs(field)} { ${selectionOf(getNamedType(field.type), 1)} } } } }`;
}

/** Everything that would show tenant A's private data: ids of its customer's objects and their personal details. */
export const privateOfA = (w: World) => [
  w.customerA,
  g("Customer", w.customerA),
  g("Order", w.orderA.id),
  g("Shipment", w.shipmentA.id),
  g("Vehicle", w.vehicleA.id),
  g("Case", w.caseA),
  g("Review", w.reviewA),
  g("ServiceAppointment", w.appointmentA),
  g("ServiceRecord", w.serviceRecordA),
  ...w.privateIds,
  "a@example.com",
  "+8613900000001",
  "A-Town",
];
