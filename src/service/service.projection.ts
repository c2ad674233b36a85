import type { TypeProjection } from "../graphql/compiled/projection.js";
import { appointmentEntity, appointmentRelations, recordRelations, serviceItemEntity, serviceRecordEntity, vehicleService } from "./service.declaration.js";

/** The compiled read path's view of service history (graphql/compiled): as declared in service.declaration.ts. */
export const serviceProjections: TypeProjection[] = [
  ...[serviceRecordEntity, serviceItemEntity, appointmentEntity].map((e) => e.projection),
  vehicleService.projection,
  recordRelations.projection,
  appointmentRelations.projection,
];
