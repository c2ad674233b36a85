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
