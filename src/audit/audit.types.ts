import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { auditOutcome } from "../db/schema/index.js";
import { Connection, ConnectionArgs } from "../graphql/connection.js";
import { enumOf, type EnumValue } from "../graphql/enums.js";
import { DateTime, JSONObject } from "../graphql/scalars.js";

export const AuditOutcome = enumOf(auditOutcome, {
  name: "AuditOutcome",
  description: "How an audited action ended.",
  valuesConfig: {
    SUCCESS: { description: "The action was carried out." },
    DENIED: { description: "Refused: the principal may not do it (or not to that target)." },
    FAILED: { description: "Allowed, but it failed (bad input, conflict, an error)." },
  },
});
export type AuditOutcome = EnumValue<typeof AuditOutcome>;

@ObjectType({ description: "One audited action: who did what to which record, when, and how it ended. Holds no personal data." })
export class AuditEntry {
  @Field(() => ID, { description: "Opaque id of the entry." })
  id!: string;

  @Field(() => DateTime, { description: "When the action was taken." })
  at!: Date;

  @Field(() => String, { description: "Role of the actor, e.g. AGENT." })
  actorRole!: string;

  @Field(() => String, { nullable: true, description: "The actor's token subject; null for anonymous callers and jobs." })
  actorId!: string | null;

  @Field(() => String, { description: "What was done: READ_PII, EXPORT, ERASE, CONSENT_CHANGE, MERGE, UNMERGE, ..." })
  action!: string;

  @Field(() => String, { description: "The type of the record acted on, e.g. Customer." })
  targetType!: string;

  @Field(() => ID, { nullable: true, description: "Global id of the record acted on." })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: "The GraphQL operation (or command) it happened in." })
  operation!: string | null;

  @Field(() => AuditOutcome, { description: "Whether the action was carried out, refused or failed." })
  outcome!: AuditOutcome;

  @Field(() => JSONObject, { nullable: true, description: "Ids, counts and field names; never personal data." })
  details!: Record<string, unknown> | null;
}

export const AuditEntryConnection = Connection(AuditEntry, "AuditEntry");

@InputType({ description: "Filters for the audit log; all given conditions must hold." })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "The actor's token subject." })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "The actor's role." })
  actorRole?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => String, { nullable: true, description: "Type of the records acted on, e.g. Customer." })
  targetType?: string | null;

  @Field(() => ID, { nullable: true, description: "Global id of one record acted on." })
  targetId?: string | null;

  @Field(() => DateTime, { nullable: true, description: "Actions at or after this instant." })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: "Actions before this instant." })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;
}
