import { asc, eq } from "drizzle-orm";
import { customers, identityLinks, sourceRecords } from "../db/schema/index.js";
import { columns, entity } from "../graphql/declare/entity.js";
import { column, instant, key } from "../graphql/declare/fields.js";
import { list, relations } from "../graphql/declare/relations.js";
import { sourceIdentityScope } from "./identity.policy.js";
import { SourceIdentity } from "./identity.types.js";

/**
 * A customer's source identities, declared once (graphql/declare): a source record and the link
 * that ties it to the profile. The mapper, the loader and the compiled read path derive from it.
 */
export const sourceIdentityEntity = entity(SourceIdentity, sourceRecords, {
  customerDbId: key(identityLinks.customerId),
  ...columns(sourceRecords, ["source", "sourceId"]),
  rule: column(identityLinks.rule),
  confidence: column(identityLinks.confidence),
  linkedAt: instant(identityLinks.linkedAt),
});

export const customerIdentities = relations("Customer", {
  // Oldest link first; of a profile the principal may see, and not another dealership's system.
  sourceIdentities: list(sourceIdentityEntity, {
    through: { table: identityLinks, on: eq(sourceRecords.id, identityLinks.sourceRecordId) },
    key: identityLinks.customerId,
    parent: customers.id,
    scope: sourceIdentityScope,
    orderBy: [asc(identityLinks.linkedAt), asc(identityLinks.id)],
  }),
});
