import { graphql } from "../generated/index.js";

export const OrderByNumber = graphql(`
  query OrderByNumber($number: String!) {
    order(number: $number) { id number status customer { displayName } dealer { code } shipments { trackingNumber } }
  }
`);

export const ShipmentByTracking = graphql(`
  query ShipmentByTracking($trackingNumber: String!) {
    shipment(trackingNumber: $trackingNumber) { trackingNumber status carrier { name } order { number } events(first: 100) { totalCount edges { node { seq status } } } }
  }
`);

export const VehicleByVin = graphql(`
  query VehicleByVin($vin: String!) {
    vehicle(vin: $vin) { vin model { name } ownerships { startedOn current customer { id } } }
  }
`);

export const ListsForPortals = graphql(`
  query ListsForPortals($orderFilter: OrderFilter, $caseFilter: CaseFilter) {
    orders(first: 100, filter: $orderFilter) { totalCount edges { node { number dealer { id } customer { id } } } }
    vehicles(first: 100) { totalCount }
    cases(first: 100, filter: $caseFilter) { totalCount edges { node { number againstDealer { id } } } }
  }
`);

export const CustomerTimeline = graphql(`
  query CustomerTimeline($id: ID!, $first: Int, $after: String, $filter: TimelineFilter, $interactionFilter: InteractionFilter) {
    customer(id: $id) {
      timeline(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind occurredAt title refId } } }
      interactions(first: 100, filter: $interactionFilter) { totalCount edges { node { channel type direction occurredAt } } }
    }
  }
`);
