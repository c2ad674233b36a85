import type { TypeProjection } from "../graphql/compiled/projection.js";
import { categoryEntity, productEntity, productRelations } from "./catalog.declaration.js";

/** The compiled read path's view of the catalogue (graphql/compiled): as declared in catalog.declaration.ts. */
export const catalogProjections: TypeProjection[] = [productEntity.projection, categoryEntity.projection, productRelations.projection];
