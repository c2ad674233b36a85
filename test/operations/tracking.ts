import { graphql } from "../generated/index.js";

export const RecordTrackingEvents = graphql(`
  mutation RecordTrackingEvents($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      recorded { index courierEventId seq duplicate shipment { trackingNumber status lastPosition { lat lng } estimatedArrival deliveredAt } }
      rejected { index courierEventId code field message }
    }
  }
`);

export const ShipmentState = graphql(`
  query ShipmentState($trackingNumber: String!) {
    shipment(trackingNumber: $trackingNumber) {
      status departedAt deliveredAt lastEventAt
      events(first: 100) { totalCount edges { node { seq status occurredAt } } }
    }
  }
`);

export const OrderState = graphql(`
  query OrderState($number: String!) {
    order(number: $number) { status deliveredAt }
  }
`);

export const ShipmentTracking = graphql(`
  subscription ShipmentTracking($shipmentId: ID!, $after: Int) {
    shipmentTracking(shipmentId: $shipmentId, after: $after) { seq status occurredAt position { lat lng } }
  }
`);

export const OrderTracking = graphql(`
  subscription OrderTracking($orderId: ID!, $after: String) {
    orderTracking(orderId: $orderId, after: $after) { cursor shipment { trackingNumber status } event { seq status } }
  }
`);

export const DeliveryFeed = graphql(`
  subscription DeliveryFeed($filter: DeliveryFeedFilter) {
    deliveryFeed(filter: $filter) { shipment { trackingNumber } event { seq status position { lat lng } } }
  }
`);
