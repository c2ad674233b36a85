import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { listCarriers, listDealers, listSuppliers } from "./organisations.service.js";
import { CarrierConnection, DealerConnection, DealerFilter, SupplierConnection } from "./organisations.types.js";

@Resolver()
export class OrganisationResolver {
  @Query(() => DealerConnection, { description: "Dealerships and repair stations, by name." })
  dealers(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => DealerFilter, { nullable: true }) filter?: DealerFilter,
  ) {
    return listDealers(ctx.db, ctx.principal, filter, page);
  }

  @Query(() => SupplierConnection, { description: "Suppliers (manufacturers), by name." })
  suppliers(@Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return listSuppliers(ctx.db, ctx.principal, page);
  }

  @Query(() => CarrierConnection, { description: "Parcel carriers, by name." })
  carriers(@Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return listCarriers(ctx.db, ctx.principal, page);
  }
}
