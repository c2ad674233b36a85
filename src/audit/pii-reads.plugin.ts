import type { ApolloServerPlugin } from "@apollo/server";
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { Principal } from "../auth/principal.js";
import type { Context } from "../context.js";
import { auditMany } from "./audit.service.js";

/** Customer fields that are personal data beyond a display name. */
const PII_FIELDS = new Set(["emails", "phones", "addresses", "birthday"]);

/** Whose reads of personal data are audited: staff and dealers (customers reading themselves are not). */
const AUDITED_ROLES = new Set<Principal["role"]>(["ADMIN", "AGENT", "DEALER"]);

/**
 * Audits reads of customers' personal data by staff and dealers: which customers, which fields,
 * one INSERT per request at its end. Requests that select no such field pay nothing: the
 * document is inspected once (and remembered), and only then are field resolutions observed.
 */
export function piiReadsPlugin(schema: GraphQLSchema, log: Logger): ApolloServerPlugin<Context> {
  const selects = new WeakMap<DocumentNode, boolean>();
  const selectsPii = (document: DocumentNode) => {
    let known = selects.get(document);
    if (known === undefined) {
      known = false;
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType()?.name;
            if ((parent === "Customer" && PII_FIELDS.has(node.name.value)) || (parent === "Query" && node.name.value === "customer")) known = true;
          },
        }),
      );
      selects.set(document, known);
    }
    return known;
  };

  return {
    async requestDidStart({ contextValue }) {
      if (!AUDITED_ROLES.has(contextValue.principal.role)) return;
      const read = new Map<string, Set<string>>();
      const note = (customerId: string, field: string) => {
        let fields = read.get(customerId);
        if (!fields) read.set(customerId, (fields = new Set()));
        fields.add(field);
      };
      return {
        async executionDidStart({ document }) {
          if (!selectsPii(document)) return;
          return {
            willResolveField({ source, info }) {
              if (info.parentType.name === "Customer" && PII_FIELDS.has(info.fieldName)) {
                const customerId = (source as { dbId?: string }).dbId;
                if (customerId) note(customerId, info.fieldName);
              } else if (info.parentType.name === "Query" && info.fieldName === "customer") {
                return (error, result) => {
                  if (!error && result?.dbId) note(result.dbId as string, "profile");
                };
              }
            },
          };
        },
        async willSendResponse({ contextValue: ctx, operationName }) {
          if (read.size === 0) return;
          const events = [...read].map(([customerId, fields]) => ({
            action: "READ_PII",
            targetType: "Customer",
            targetId: customerId,
            operation: operationName ?? null,
            details: { fields: [...fields].sort() },
          }));
          try {
            await auditMany(ctx.db, ctx.principal, events);
          } catch (error) {
            log.error({ err: error, customers: events.length }, "audit of personal-data reads failed");
          }
        },
      };
    },
  };
}
