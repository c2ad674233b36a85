import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Product } from "../catalog/catalog.types.js";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { foundOr } from "../errors.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Dealer } from "../organisations/organisations.types.js";
import { listOrders, orderByNumber } from "./orders.service.js";
import { Order, OrderConnection, OrderFilter, OrderLine, Payment, Refund, Return, ReturnLine } from "./orders.types.js";

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => OrderConnection, { description: "Orders you may see, newest first." })
  orders(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => OrderFilter, { nullable: true }) filter?: OrderFilter,
  ) {
    return listOrders(ctx.db, ctx.principal, filter, page);
  }

  @Query(() => Order, { nullable: true, description: "One order by its number; NOT_FOUND when there is none you may see." })
  order(@Ctx() ctx: Context, @Arg("number", () => String) number: string) {
    return foundOr(orderByNumber(ctx.db, ctx.principal, number), "Order", "number");
  }

  @FieldResolver(() => Customer, { nullable: true, description: "Who placed it; null where you may not see the profile." })
  customer(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(order.customerDbId);
  }

  @FieldResolver(() => Dealer, { nullable: true, description: "The dealership that sold it or where it is picked up." })
  dealer(@Root() order: Order, @Ctx() ctx: Context) {
    return order.dealerDbId ? ctx.loaders.organisations.dealer.load(order.dealerDbId) : null;
  }

  @FieldResolver(() => [OrderLine], { description: "The order's lines, one per product, with snapshot prices." })
  lines(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.orders.lines.load(order.dbId);
  }

  @FieldResolver(() => [Payment], { description: "The order's payments and where each stands." })
  payments(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.orders.payments.load(order.dbId);
  }

  @FieldResolver(() => [Return], { description: "Returns requested for the order, oldest first." })
  returns(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.orders.returns.load(order.dbId);
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => Product, { nullable: true, description: "The product now (name and price may have changed since)." })
  product(@Root() line: OrderLine, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.product.load(line.productDbId);
  }
}

@Resolver(() => Return)
export class ReturnResolver {
  @FieldResolver(() => [ReturnLine], { description: "The lines and quantities it takes back." })
  lines(@Root() ret: Return, @Ctx() ctx: Context) {
    return ctx.loaders.orders.returnLines.load(ret.dbId);
  }

  @FieldResolver(() => [Refund], { description: "Money paid back when the return was received." })
  refunds(@Root() ret: Return, @Ctx() ctx: Context) {
    return ctx.loaders.orders.refunds.load(ret.dbId);
  }
}

@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: "The customer's orders you may see, newest first." })
  orders(@Root() customer: Customer, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.orders.ofCustomer.load(customer.dbId, page);
  }
}

@Resolver(() => Dealer)
export class DealerOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: "Orders sold by or picked up at this dealership, newest first (staff see any dealer's, a dealer only its own)." })
  orders(@Root() dealer: Dealer, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.orders.ofDealer.load(dealer.dbId, page);
  }
}

@Resolver(() => Product)
export class ProductOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: "Orders containing this product that you may see, newest first (suppliers see none: their sales figures are de-identified)." })
  orders(@Root() product: Product, @Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return ctx.loaders.orders.ofProduct.load(product.dbId, page);
  }
}
