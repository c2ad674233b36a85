import { and, eq, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { customers, identityLinks, sourceRecords } from "../db/schema/index.js";
import { columns, instants, type TypeProjection } from "../graphql/compiled/projection.js";
import { sourceIdentityScope } from "./identity.policy.js";
import { IDENTITY_ORDER } from "./identity.service.js";

/** The compiled read path's view of source identities (graphql/compiled): the same scope and order as the loader. */
export const identityProjections: TypeProjection[] = [
  {
    type: "Customer",
    leaves: {},
    relations: {
      sourceIdentities: {
        shape: "list",
        type: "SourceIdentity",
        tables: [identityLinks, sourceRecords],
        rows: (principal: Principal) => ({
          from: sql`${identityLinks} inner join ${sourceRecords} on ${sourceRecords.id} = ${identityLinks.sourceRecordId}`,
          where: and(eq(identityLinks.customerId, customers.id), sourceIdentityScope(principal)),
        }),
        orderBy: IDENTITY_ORDER,
      },
    },
  },
  {
    type: "SourceIdentity",
    leaves: { ...columns(sourceRecords, ["source", "sourceId"]), ...columns(identityLinks, ["rule", "confidence"]), ...instants(identityLinks, ["linkedAt"]) },
  },
];
