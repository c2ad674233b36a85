import * as s from "../../../src/db/schema/index.js";
import { uniqueVin } from "../../support/factories.js";
import { appointmentOfA, g, inAWeek, nextKm, type MatrixRow } from "./world.js";

/**
 * Vehicles and their service. Vehicle A is customer A's, sold by dealer A (a repair station too).
 * A dealer acts only on vehicles and owners linked to its own dealership: reaching another's
 * customer through a VIN would open that customer's profile to it.
 */
export const VEHICLE_SERVICE_ROWS: Record<string, MatrixRow> = {
  "Mutation.registerVehicle": {
    query: "mutation ($input: RegisterVehicleInput!) { registerVehicle(input: $input) { vehicle { id } } }",
    variables: (w) => ({ input: { vin: uniqueVin("LMR"), modelId: g("VehicleModel", w.vehicleA.modelId), modelYear: 2024 } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "some", others: "FORBIDDEN" },
  },
  // A new, unowned vehicle sold to customer A: dealer B cannot see A, so it cannot make A its customer.
  "Mutation.recordVehicleSale": {
    query: "mutation ($input: RecordVehicleSaleInput!) { recordVehicleSale(input: $input) { vehicle { id } } }",
    variables: async (w) => {
      const vin = uniqueVin("LMS");
      await w.db.insert(s.vehicles).values({ vin, modelId: w.vehicleA.modelId, modelYear: 2024 });
      return { input: { vin, customerId: g("Customer", w.customerA), soldOn: "2026-01-15" } };
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.recordMileage": {
    query: "mutation ($input: RecordMileageInput!) { recordMileage(input: $input) { vehicle { id } } }",
    variables: (w) => ({ input: { vin: w.vehicleA.vin, km: nextKm(), readAt: new Date().toISOString() } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "A", AGENT: "A", DEALER_A: "A", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.recordServiceRecord": {
    query: "mutation ($input: RecordServiceRecordInput!) { recordServiceRecord(input: $input) { serviceRecord { id } } }",
    variables: (w, who) => ({ input: { vin: w.vehicleA.vin, kind: "MAINTENANCE", mileageKm: nextKm(), ...(who.startsWith("DEALER") ? {} : { stationId: g("Dealer", w.dealerA) }) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.bookServiceAppointment": {
    query: "mutation ($input: BookServiceAppointmentInput!) { bookServiceAppointment(input: $input) { appointment { id } } }",
    variables: (w, who) => ({ input: { vin: w.vehicleA.vin, scheduledAt: inAWeek(), purpose: "Matrix", ...(who.startsWith("DEALER") ? {} : { stationId: g("Dealer", w.dealerA) }) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", CUSTOMER_A: "some", DEALER_B: "NOT_FOUND", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.rescheduleServiceAppointment": {
    query: "mutation ($input: RescheduleServiceAppointmentInput!) { rescheduleServiceAppointment(input: $input) { appointment { id } } }",
    variables: async (w) => ({ input: { appointmentId: await appointmentOfA(w), scheduledAt: inAWeek() } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", CUSTOMER_A: "some", DEALER_B: "NOT_FOUND", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.cancelServiceAppointment": {
    query: "mutation ($input: ServiceAppointmentRefInput!) { cancelServiceAppointment(input: $input) { appointment { id } } }",
    variables: async (w) => ({ input: { appointmentId: await appointmentOfA(w) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", CUSTOMER_A: "some", DEALER_B: "NOT_FOUND", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  // The station completes a visit or marks it missed; the customer may not.
  "Mutation.completeServiceAppointment": {
    query: "mutation ($input: CompleteServiceAppointmentInput!) { completeServiceAppointment(input: $input) { appointment { id } } }",
    variables: async (w) => ({ input: { appointmentId: await appointmentOfA(w), kind: "MAINTENANCE", mileageKm: nextKm() } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.markServiceAppointmentNoShow": {
    query: "mutation ($input: ServiceAppointmentRefInput!) { markServiceAppointmentNoShow(input: $input) { appointment { id } } }",
    variables: async (w) => ({ input: { appointmentId: await appointmentOfA(w) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
};
