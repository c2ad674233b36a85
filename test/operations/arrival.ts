import { graphql } from "../generated/index.js";

export const ShipmentArrival = graphql(`
  query ShipmentArrival($trackingNumber: String!) {
    shipment(trackingNumber: $trackingNumber) {
      status estimatedArrival
      arrivalPrediction { expectedAt earliest latest basis samples lateForWindow }
    }
  }
`);

export const RecordArrivalEvents = graphql(`
  mutation RecordArrivalEvents($input: RecordTrackingEventsInput!) {
    recordTrackingEvents(input: $input) {
      recorded { seq shipment { status arrivalPrediction { expectedAt basis lateForWindow } } }
      rejected { index code field message }
    }
  }
`);
