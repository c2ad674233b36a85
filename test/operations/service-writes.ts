import { graphql } from "../generated/index.js";

export const RecordServiceRecord = graphql(`
  mutation RecordServiceRecord($input: RecordServiceRecordInput!) {
    recordServiceRecord(input: $input) {
      serviceRecord { id kind mileageKm technicianNotes total { amountMinor currency } items { kind description quantity total { amountMinor } } station { id } vehicle { vin mileageKm } }
    }
  }
`);


export const BookServiceAppointment = graphql(`
  mutation BookServiceAppointment($input: BookServiceAppointmentInput!) {
    bookServiceAppointment(input: $input) { appointment { id status scheduledAt purpose station { id } serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } } }
  }
`);
export const RescheduleServiceAppointment = graphql(`
  mutation RescheduleServiceAppointment($input: RescheduleServiceAppointmentInput!) {
    rescheduleServiceAppointment(input: $input) { appointment { id status scheduledAt } }
  }
`);
export const CancelServiceAppointment = graphql(`
  mutation CancelServiceAppointment($input: ServiceAppointmentRefInput!) { cancelServiceAppointment(input: $input) { appointment { id status } } }
`);
export const MarkServiceAppointmentNoShow = graphql(`
  mutation MarkServiceAppointmentNoShow($input: ServiceAppointmentRefInput!) { markServiceAppointmentNoShow(input: $input) { appointment { id status } } }
`);
export const CompleteServiceAppointment = graphql(`
  mutation CompleteServiceAppointment($input: CompleteServiceAppointmentInput!) {
    completeServiceAppointment(input: $input) { appointment { id status serviceRecord { id mileageKm } } serviceRecord { id kind total { amountMinor } station { id } } }
  }
`);

export const VehicleService = graphql(`
  query VehicleService($vin: String!) {
    vehicle(vin: $vin) {
      vin mileageKm
      serviceRecords(first: 10) { totalCount edges { node { id kind mileageKm station { id } } } }
      appointments { id status }
    }
  }
`);


export const StationAppointments = graphql(`
  query StationAppointments($id: ID!, $filter: ServiceAppointmentFilter) {
    node(id: $id) {
      __typename
      ... on Dealer { serviceAppointments(first: 20, filter: $filter) { totalCount edges { node { id status purpose customer { id } } } } }
    }
  }
`);
