/** The same shapes for both servers: our schema and PostGraphile's generated one. */

export const OURS_360 = `query C360($id: ID!) {
  customer(id: $id) {
    displayName kind stage
    emails { address } phones { e164 } addresses { city }
    vehicles { vin model { name } serviceRecords(first: 3) { edges { node { kind mileageKm items { description } } } } }
    orders(first: 5) { edges { node { number status placedAt
      lines { sku quantity product { name } }
      payments { status }
      shipments { trackingNumber status carrier { name } events(first: 5) { edges { node { seq status occurredAt } } } } } } }
    interactions(first: 5) { edges { node { subject channel occurredAt } } }
  }
}`;

export const THEIRS_360 = `query C360($id: UUID!) {
  customerByRowId(rowId: $id) {
    displayName kind stage
    customerEmailsByCustomerId { nodes { address } }
    customerPhonesByCustomerId { nodes { e164 } }
    customerAddressesByCustomerId { nodes { city } }
    vehicleOwnershipsByCustomerId { nodes { vehicleByVehicleId { vin vehicleModelByModelId { name }
      serviceRecordsByVehicleId(first: 3, orderBy: PERFORMED_AT_DESC) { nodes { kind mileageKm serviceItemsByServiceRecordId { nodes { description } } } } } } }
    ordersByCustomerId(first: 5, orderBy: PLACED_AT_DESC) { nodes { number status placedAt
      orderLinesByOrderId { nodes { sku quantity productByProductId { name } } }
      paymentsByOrderId { nodes { status } }
      shipmentsByOrderId { nodes { trackingNumber status carrierByCarrierId { name }
        trackingEventsByShipmentId(first: 5, orderBy: SEQ_ASC) { nodes { seq status occurredAt } } } } } }
    interactionsByCustomerId(first: 5, orderBy: OCCURRED_AT_DESC) { nodes { subject channel occurredAt } }
  }
}`;

export const OURS_ROW = `query Row($id: ID!) { customer(id: $id) { displayName kind stage tier createdAt } }`;
export const THEIRS_ROW = `query Row($id: UUID!) { customerByRowId(rowId: $id) { displayName kind stage tier createdAt } }`;

/** A list page: 50 customers, newest first, each with their five latest orders' lines and their vehicles. */
export const OURS_LIST = `query List { customers(first: 50) { edges { node {
  displayName
  orders(first: 5) { edges { node { number lines { sku product { name } } } } }
  vehicles { vin } } } } }`;
export const THEIRS_LIST = `query List { allCustomers(first: 50, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { nodes {
  displayName
  ordersByCustomerId(first: 5, orderBy: [PLACED_AT_DESC, ROW_ID_DESC]) { nodes { number orderLinesByOrderId { nodes { sku productByProductId { name } } } } }
  vehicleOwnershipsByCustomerId { nodes { vehicleByVehicleId { vin } } } } } }`;

/**
 * The 360° view with its page and filter in variables, as a client paging through orders sends it:
 * the second page of orders (after the first order's cursor) and interactions of one channel.
 */
export const OURS_360_VARIABLES = `query C360Page($id: ID!, $orders: Int!, $after: String, $channel: InteractionChannel!) {
  customer(id: $id) {
    displayName kind stage
    emails { address } phones { e164 } addresses { city }
    vehicles { vin model { name } serviceRecords(first: 3) { edges { node { kind mileageKm items { description } } } } }
    orders(first: $orders, after: $after) { pageInfo { hasNextPage endCursor } edges { node { number status placedAt
      lines { sku quantity product { name } }
      payments { status }
      shipments { trackingNumber status carrier { name } events(first: 5) { edges { node { seq status occurredAt } } } } } } }
    interactions(first: 5, filter: { channels: [$channel] }) { edges { node { subject channel occurredAt } } }
  }
}`;
export const THEIRS_360_VARIABLES = `query C360Page($id: UUID!, $orders: Int!, $after: Cursor, $channel: InteractionChannel!) {
  customerByRowId(rowId: $id) {
    displayName kind stage
    customerEmailsByCustomerId { nodes { address } }
    customerPhonesByCustomerId { nodes { e164 } }
    customerAddressesByCustomerId { nodes { city } }
    vehicleOwnershipsByCustomerId { nodes { vehicleByVehicleId { vin vehicleModelByModelId { name }
      serviceRecordsByVehicleId(first: 3, orderBy: PERFORMED_AT_DESC) { nodes { kind mileageKm serviceItemsByServiceRecordId { nodes { description } } } } } } }
    ordersByCustomerId(first: $orders, after: $after, orderBy: [PLACED_AT_DESC, ROW_ID_DESC]) { pageInfo { hasNextPage endCursor } nodes { number status placedAt
      orderLinesByOrderId { nodes { sku quantity productByProductId { name } } }
      paymentsByOrderId { nodes { status } }
      shipmentsByOrderId { nodes { trackingNumber status carrierByCarrierId { name }
        trackingEventsByShipmentId(first: 5, orderBy: SEQ_ASC) { nodes { seq status occurredAt } } } } } }
    interactionsByCustomerId(first: 5, orderBy: [OCCURRED_AT_DESC, ROW_ID_DESC], condition: { channel: $channel }) { nodes { subject channel occurredAt } }
  }
}`;
/** Each customer's cursor after their newest order, for the variables above. */
export const OURS_FIRST_ORDER = `query FirstOrder($id: ID!) { customer(id: $id) { orders(first: 1) { edges { cursor } } } }`;
export const THEIRS_FIRST_ORDER = `query FirstOrder($id: UUID!) { customerByRowId(rowId: $id) { ordersByCustomerId(first: 1, orderBy: [PLACED_AT_DESC, ROW_ID_DESC]) { edges { cursor } } } }`;

/**
 * A dealer portal's first screen, as that dealer (a DEALER token): its customers and its orders.
 * PostGraphile has no dealer scope and no "customers of a dealer" relation: it reads the dealer's
 * relationship rows (a customer once per basis: sale, service, order, source) and its orders.
 */
export const OURS_DEALER = `query DealerPortal($id: ID!) { node(id: $id) { ... on Dealer { code name
  customers(first: 50) { edges { node { displayName stage tier } } }
  orders(first: 50) { edges { node { number status placedAt } } } } } }`;
export const THEIRS_DEALER = `query DealerPortal($id: UUID!) { dealerByRowId(rowId: $id) { code name
  dealerRelationshipsByDealerId(first: 50, orderBy: PRIMARY_KEY_DESC) { nodes { customerByCustomerId { displayName stage tier } } }
  ordersByDealerId(first: 50, orderBy: [PLACED_AT_DESC, ROW_ID_DESC]) { nodes { number status placedAt } } } }`;

/** A customer's timeline, newest first. PostGraphile has none: compared with the hand-written server (raw-360-server.mjs). */
export const OURS_TIMELINE = `query Timeline($id: ID!) { customer(id: $id) { timeline(first: 50) { edges { node { kind occurredAt title refId } } } } }`;

/** One object by global id, whatever its type; the ids rotate over customers, orders, vehicles, shipments, products, dealers and cases. */
const NODE_FIELDS = `... on Customer { displayName stage } ... on Order { number orderStatus: status placedAt } ... on Vehicle { vin }
  ... on Shipment { trackingNumber shipmentStatus: status } ... on Product { sku name } ... on Dealer { code name } ... on Case { number subject caseStatus: status }`;
export const OURS_NODE = `query Node($id: ID!) { node(id: $id) { __typename id ${NODE_FIELDS} } }`;
export const THEIRS_NODE = `query Node($id: ID!) { node(id: $id) { __typename id ${NODE_FIELDS} } }`;
/** The node(id:) types and their tables. */
export const NODE_TYPES = { Customer: "customers", Order: "orders", Vehicle: "vehicles", Shipment: "shipments", Product: "products", Dealer: "dealers", Case: "cases" } as const;
