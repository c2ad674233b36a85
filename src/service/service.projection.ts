import { serviceRecords, serviceAppointments } from "../db/schema/index.js";
import { lookupById, type RootLookup, type TypeProjection } from "../graphql/compiled/projection.js";
import { customerById } from "../customers/customers.declaration.js";
import { serviceRecordScope } from "../vehicles/vehicles.policy.js";
import { appointmentEntity, appointmentRelations, dealerService, recordRelations, serviceItemEntity, serviceRecordEntity, vehicleService } from "./service.declaration.js";

/**
 * The compiled read path's view of service history (graphql/compiled): as declared in
 * service.declaration.ts, and ServiceAppointment.customer through the customers' lookup, which
 * follows merges (customerById).
 */
export const serviceProjections: TypeProjection[] = [
  ...[serviceRecordEntity, serviceItemEntity, appointmentEntity].map((e) => e.projection),
  vehicleService.projection,
  dealerService.projection,
  recordRelations.projection,
  appointmentRelations.projection,
  { type: "ServiceAppointment", leaves: {}, relations: { customer: customerById.from(serviceAppointments.customerId) } },
];

/** node(id:) of a service record (recordLookup): the service history's scope. */
export const serviceLookups: RootLookup[] = [lookupById("ServiceRecord", serviceRecords, serviceRecords.id, (principal) => serviceRecordScope(principal, serviceRecords))];
