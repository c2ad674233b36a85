import type { ApolloServerPlugin } from "@apollo/server";
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { Principal } from "../auth/principal.js";
import type { Context } from "../context.js";
import { RETRY_AFTER_SECONDS } from "../db/unavailable.js";
import type { ReadAudit } from "../graphql/compiled/compile.js";
import { loggableError } from "../graphql/errors.js";
import { fromGlobalId } from "../graphql/global-id.js";
import type { AuditWriter } from "./audit-writer.js";

/**
 * Customer fields that are personal data beyond a display name; a root field answering a customer
 * by id (`customer(id)`, and `node(id)`, `nodes(ids)` where an id names a customer) counts as
 * reading the profile.
 */
const PII_FIELDS: Record<string, Record<string, string>> = {
  Customer: { emails: "emails", phones: "phones", addresses: "addresses", birthday: "birthday" },
  Query: { customer: "profile", node: "profile", nodes: "profile" },
};

/** Whose reads of personal data are audited: staff and dealers (customers reading themselves are not). */
const AUDITED_ROLES = new Set<Principal["role"]>(["ADMIN", "AGENT", "DEALER"]);

/** Per request (its context): customer id -> fields read. */
const readsOf = new WeakMap<object, Map<string, Set<string>>>();

function note(context: Context, customerId: string, field: string) {
  if (!AUDITED_ROLES.has(context.principal.role)) return;
  let reads = readsOf.get(context);
  if (!reads) readsOf.set(context, (reads = new Map()));
  let fields = reads.get(customerId);
  if (!fields) reads.set(customerId, (fields = new Set()));
  fields.add(field);
}

/**
 * The audit row of a read on the compiled read path, written by the read's own statement: the
 * same rule and row as the notes above would give for a root field returning a customer and the
 * fields selected on it.
 */
export const personalDataReadAudit: ReadAudit = (role, rootField, rootType, rootFields) => {
  if (!AUDITED_ROLES.has(role) || rootType !== "Customer") return null;
  const fields = new Set<string>();
  const rootLabel = rootField === null ? undefined : PII_FIELDS.Query![rootField];
  if (rootLabel) fields.add(rootLabel);
  for (const field of rootFields) {
    const label = PII_FIELDS.Customer![field];
    if (label) fields.add(label);
  }
  if (fields.size === 0) return null;
  return { action: "READ_PII", targetType: "Customer", details: { fields: [...fields].sort() } };
};

/** The customer a root field answered: node(id) and nodes(ids) answer other types too, told apart by their global id. */
function customerIdOf(item: unknown): string | undefined {
  const { id, dbId } = (item ?? {}) as { id?: unknown; dbId?: unknown };
  if (typeof id !== "string" || typeof dbId !== "string") return undefined;
  try {
    return fromGlobalId(id).type === "Customer" ? dbId : undefined;
  } catch {
    return undefined;
  }
}

const instrumented = new WeakSet<GraphQLSchema>();

/**
 * Wraps the resolvers of the personal-data fields (and only those) so that each read is noted in
 * the request; other fields and requests pay nothing. Idempotent per schema.
 */
function instrument(schema: GraphQLSchema) {
  if (instrumented.has(schema)) return;
  instrumented.add(schema);
  for (const [typeName, fields] of Object.entries(PII_FIELDS)) {
    const type = schema.getType(typeName) as { getFields?: () => Record<string, { resolve?: GraphQLFieldResolver<unknown, Context> }> } | undefined;
    for (const [fieldName, label] of Object.entries(fields)) {
      const field = type?.getFields?.()[fieldName];
      if (!field) throw new Error(`Audited field ${typeName}.${fieldName} is not in the schema`);
      const resolve = field.resolve ?? (defaultFieldResolver as GraphQLFieldResolver<unknown, Context>);
      field.resolve =
        typeName === "Query"
          ? async (source, args, context, info) => {
              const result = await resolve(source, args, context, info);
              for (const item of Array.isArray(result) ? result : [result]) {
                const customerId = customerIdOf(item);
                if (customerId) note(context, customerId, label);
              }
              return result;
            }
          : (source, args, context, info) => {
              const customerId = (source as { dbId?: string }).dbId;
              if (customerId) note(context, customerId, label);
              return resolve(source, args, context, info);
            };
    }
  }
}

/**
 * Audits reads of customers' personal data by staff and dealers on the resolver path: which
 * customers and which fields, written at the end of the request (with other requests' rows, by
 * `writer`) and committed before the response is sent. A query whose rows cannot be written is
 * not answered: its data is replaced by SERVICE_UNAVAILABLE (503, Retry-After), as for an outage.
 */
export function piiReadsPlugin(schema: GraphQLSchema, log: Logger, writer: AuditWriter): ApolloServerPlugin<Context> {
  instrument(schema);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, operationName, operation, response }) {
          const reads = readsOf.get(ctx);
          if (!reads || reads.size === 0) return;
          readsOf.delete(ctx);
          const events = [...reads].map(([customerId, fields]) => ({
            action: "READ_PII",
            targetType: "Customer",
            targetId: customerId,
            operation: operationName ?? null,
            details: { fields: [...fields].sort() },
          }));
          try {
            await writer.write(ctx.principal, events);
          } catch (error) {
            log.error({ err: loggableError(error), customers: events.length }, "audit of personal-data reads failed");
            // A mutation has already happened: answering "retry" could make the client do it twice.
            if (operation?.operation !== "query") return;
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
            response.body = {
              kind: "single",
              singleResult: { errors: [{ message: "The read could not be audited; try again later", extensions: { code: "SERVICE_UNAVAILABLE" } }] },
            };
          }
        },
      };
    },
  };
}
