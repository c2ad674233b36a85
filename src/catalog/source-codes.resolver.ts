import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { MapSourceProductCodesInput, MapSourceProductCodesPayload } from "./source-codes.inputs.js";
import { mapSourceProductCodes } from "./source-codes.service.js";

@Resolver()
export class SourceProductCodesResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => MapSourceProductCodesPayload, {
    description: "Map a source system's own product codes to catalog products, so that its imported order lines (ingestOrders, `code`) find them. Same scope as importing: staff any source, a dealer its own system.",
  })
  async mapSourceProductCodes(@Ctx() ctx: Context, @Arg("input", () => MapSourceProductCodesInput) input: MapSourceProductCodesInput) {
    return Object.assign(new MapSourceProductCodesPayload(), await mapSourceProductCodes(ctx.db, ctx.principal, input));
  }
}
