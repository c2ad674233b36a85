import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { ProductCategory, Product } from "../catalog/catalog.types.js";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Dealer } from "../organisations/organisations.types.js";
import { Vehicle } from "../vehicles/vehicles.types.js";
import { DueItem, DueItemConnection, ServiceDue, ServiceDueConnection } from "./predictions.types.js";
import { dueSoon, type DueItemRow } from "./repurchase.service.js";
import { ownersDueForService } from "./service-due.service.js";

const toDueItem = (row: DueItemRow, today: string): DueItem => ({
  productDbId: row.productId,
  categoryDbId: row.categoryId,
  expectedOn: row.expectedOn,
  lowOn: row.lowOn,
  highOn: row.highOn,
  overdue: row.expectedOn < today,
  evidence: {
    purchases: row.purchases,
    lastPurchases: row.lastPurchases,
    lastQuantity: row.lastQuantity,
    ownIntervalDays: row.ownDays,
    populationIntervalDays: row.populationDays,
    ownWeight: row.weight,
  },
});

@Resolver(() => Customer)
export class CustomerPredictionsResolver {
  @FieldResolver(() => DueItemConnection, {
    description:
      "What the customer is expected to buy again within `within` days (overdue items included), soonest first: per product, or per category where its products replace each other, from the customer's own rhythm shrunk towards every buyer's (src/predictions/README.md). Kept fresh by every order and return. Whoever may see the customer (staff, the customer themself, a dealer its own customers).",
  })
  async dueSoon(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Arg("within", () => Int, { defaultValue: 30, description: "Look-ahead in days from today, 0–366." }) within: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    const today = new Date().toISOString().slice(0, 10);
    const found = await dueSoon(ctx.db, ctx.principal, customer.dbId, within, page);
    return { ...found, edges: found.edges.map((e) => ({ cursor: e.cursor, node: toDueItem(e.node, today) })) };
  }
}

@Resolver(() => DueItem)
export class DueItemResolver {
  @FieldResolver(() => Product, { nullable: true, description: "The product expected; null when the item is a category of products that replace each other." })
  product(@Root() item: DueItem, @Ctx() ctx: Context) {
    return item.productDbId ? ctx.loaders.catalog.product.load(item.productDbId) : null;
  }

  @FieldResolver(() => ProductCategory, { nullable: true, description: "The category expected when its products replace each other (any of them will do); null for a single product." })
  category(@Root() item: DueItem, @Ctx() ctx: Context) {
    return item.categoryDbId ? ctx.loaders.catalog.category.load(item.categoryDbId) : null;
  }
}

@Resolver(() => Vehicle)
export class VehiclePredictionsResolver {
  @FieldResolver(() => ServiceDue, {
    nullable: true,
    description: "When the next maintenance is due: the model's interval in months and km from the latest maintenance at any station (or delivery), the km projected from the odometer readings' rate; whichever comes first.",
  })
  nextServiceDue(@Root() vehicle: Vehicle, @Ctx() ctx: Context) {
    return ctx.loaders.predictions.nextServiceDue.load(vehicle.dbId);
  }
}

@Resolver(() => ServiceDue)
export class ServiceDueResolver {
  @FieldResolver(() => Vehicle, { nullable: true, description: "The vehicle due; null outside the caller's scope." })
  vehicle(@Root() due: ServiceDue, @Ctx() ctx: Context) {
    return ctx.loaders.vehicles.vehicle.load(due.vehicleDbId);
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The vehicle's current owner; null when it has none you may see." })
  owner(@Root() due: ServiceDue, @Ctx() ctx: Context) {
    return due.customerDbId ? ctx.loaders.customers.customer.load(due.customerDbId) : null;
  }
}

@Resolver(() => Dealer)
export class DealerPredictionsResolver {
  @FieldResolver(() => ServiceDueConnection, {
    description:
      "The dealership's customers (a sale, a visit or an order there) whose vehicle is due for maintenance within `within` days, overdue ones first, then by due day; each with its `owner` and `vehicle`. Staff and the dealership itself; empty for anyone else.",
  })
  ownersDueForService(
    @Root() dealer: Dealer,
    @Ctx() ctx: Context,
    @Arg("within", () => Int, { defaultValue: 30, description: "Look-ahead in days from today, 0–366." }) within: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ) {
    return ownersDueForService(ctx.db, ctx.principal, dealer.dbId, within, page);
  }
}
