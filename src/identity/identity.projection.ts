import type { TypeProjection } from "../graphql/compiled/projection.js";
import { customerIdentities, sourceIdentityEntity } from "./identity.declaration.js";

/** The compiled read path's view of source identities (graphql/compiled): as declared in identity.declaration.ts. */
export const identityProjections: TypeProjection[] = [customerIdentities.projection, sourceIdentityEntity.projection];
