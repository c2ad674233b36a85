import type { TypeProjection } from "../graphql/compiled/projection.js";
import { carrierEntity, dealerEntity, supplierEntity } from "./organisations.declaration.js";

/** The compiled read path's view of organisations (graphql/compiled): as declared in organisations.declaration.ts. */
export const organisationProjections: TypeProjection[] = [carrierEntity.projection, supplierEntity.projection, dealerEntity.projection];
