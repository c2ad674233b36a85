import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { badInput, foundOr } from "../errors.js";
import { MAX_PAGE_SIZE } from "./connection.js";
import { fromGlobalId } from "./global-id.js";
import { Node } from "./node.js";

type NodeFetcher = (ctx: Context, id: string) => Promise<Node | null>;

/** Every type reachable through node(id:), each through its scoped loader. */
const fetchers: Record<string, NodeFetcher> = {
  Customer: (ctx, id) => ctx.loaders.customers.customer.load(id),
  Product: (ctx, id) => ctx.loaders.catalog.product.load(id),
  ProductCategory: (ctx, id) => ctx.loaders.catalog.category.load(id),
  Dealer: (ctx, id) => ctx.loaders.organisations.dealer.load(id),
  Supplier: (ctx, id) => ctx.loaders.organisations.supplier.load(id),
  Carrier: (ctx, id) => ctx.loaders.organisations.carrier.load(id),
  Order: (ctx, id) => ctx.loaders.orders.order.load(id),
  Shipment: (ctx, id) => ctx.loaders.tracking.shipment.load(id),
  Vehicle: (ctx, id) => ctx.loaders.vehicles.vehicle.load(id),
  VehicleModel: (ctx, id) => ctx.loaders.vehicles.model.load(id),
  ServiceRecord: (ctx, id) => ctx.loaders.service.record.load(id),
  Interaction: (ctx, id) => ctx.loaders.interactions.interaction.load(id),
  Case: (ctx, id) => ctx.loaders.interactions.case.load(id),
  Review: (ctx, id) => ctx.loaders.interactions.review.load(id),
};

function fetchNode(ctx: Context, globalId: string, field: string): Promise<Node | null> {
  const { type, id } = fromGlobalId(globalId, field);
  const fetcher = fetchers[type];
  return fetcher ? fetcher(ctx, id) : Promise.resolve(null);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; NOT_FOUND when there is none you may see." })
  node(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return foundOr(fetchNode(ctx, id, "id"), "Node", "id");
  }

  @Query(() => [Node], { nullable: "items", description: `Several objects by global id (at most ${MAX_PAGE_SIZE}); null where there is none you may see.` })
  nodes(@Ctx() ctx: Context, @Arg("ids", () => [ID]) ids: string[]) {
    if (ids.length > MAX_PAGE_SIZE) throw badInput("ids", `At most ${MAX_PAGE_SIZE} ids at once`);
    return Promise.all(ids.map((id, i) => fetchNode(ctx, id, `ids.${i}`)));
  }
}
