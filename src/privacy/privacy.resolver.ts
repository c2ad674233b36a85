import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import { fromGlobalId } from "../graphql/global-id.js";
import { JSONObject } from "../graphql/scalars.js";
import { eraseCustomer } from "./erasure.service.js";
import { exportCustomerData } from "./export.service.js";
import { EraseCustomerInput, EraseCustomerPayload } from "./privacy.types.js";

const operationOf = (info: GraphQLResolveInfo) => info.operation.name?.value ?? info.fieldName;

@Resolver()
export class PrivacyResolver {
  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Query(() => JSONObject, {
    description:
      "Everything held about a customer as one JSON document (data portability): rows of every table about them, by table. Staff for anyone, a customer for themself. Audited.",
  })
  exportCustomerData(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("customerId", () => ID) customerId: string) {
    return exportCustomerData(ctx.db, ctx.principal, customerId, operationOf(info));
  }

  @Authorized("ADMIN")
  @Mutation(() => EraseCustomerPayload, {
    description: "Erase a customer (right to be forgotten): identifiers and personal free text go, orders and analytics stay pseudonymised, and ingestion will not bring the person back. Audited.",
  })
  async eraseCustomer(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("input", () => EraseCustomerInput) input: EraseCustomerInput) {
    const result = await eraseCustomer(ctx.db, ctx.principal, input.customerId, operationOf(info));
    ctx.shared.sessions.ended(fromGlobalId(result.customerId).id);
    return result;
  }
}
