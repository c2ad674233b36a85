import type { TypeProjection } from "../graphql/compiled/projection.js";
import { customerVehicles, ownershipEntity, ownershipRelations, vehicleEntity, vehicleModelEntity, vehicleRelations } from "./vehicles.declaration.js";

/** The compiled read path's view of vehicles (graphql/compiled): as declared in vehicles.declaration.ts. */
export const vehicleProjections: TypeProjection[] = [
  ...[vehicleEntity, vehicleModelEntity, ownershipEntity].map((e) => e.projection),
  customerVehicles.projection,
  vehicleRelations.projection,
  ownershipRelations.projection,
];
