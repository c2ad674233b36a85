import { serviceRecords, serviceAppointments } from "../db/schema/index.js";
import { lookupById, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { customerOf } from "../customers/customers.projection.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import { appointmentEntity, appointmentRelations, dealerService, recordRelations, serviceItemEntity, serviceRecordEntity, vehicleService } from "./service.declaration.js";

/**
 * The compiled read path's view of service history (graphql/compiled): as declared in
 * service.declaration.ts, and ServiceAppointment.customer, a raw relation (customerOf follows
 * merges, which a declared lookup does not).
 */
export const serviceProjections: TypeProjection[] = [
  ...[serviceRecordEntity, serviceItemEntity, appointmentEntity].map((e) => e.projection),
  vehicleService.projection,
  dealerService.projection,
  recordRelations.projection,
  appointmentRelations.projection,
  { type: "ServiceAppointment", leaves: {}, relations: { customer: customerOf(serviceAppointments.customerId) } },
];

/** node(id:) of a service record (recordLookup): the service history's scope. */
export const serviceLookups: RootLookup[] = [lookupById("ServiceRecord", serviceRecords, serviceRecords.id, (principal) => serviceRecordScope(principal, serviceRecords))];
