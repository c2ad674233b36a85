import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Product } from "../catalog/catalog.types.js";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { RECENTLY_VIEWED } from "./browsing.service.js";
import { ProductView, WishlistItem } from "./browsing.types.js";

@Resolver(() => WishlistItem)
export class WishlistItemResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() item: WishlistItem, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.product.load(item.productDbId);
  }
}

@Resolver(() => ProductView)
export class ProductViewResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() view: ProductView, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.product.load(view.productDbId);
  }
}

@Resolver(() => Customer)
export class CustomerBrowsingResolver {
  @FieldResolver(() => [WishlistItem], { description: "The wishlist, latest addition first." })
  wishlist(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.interactions.wishlist.load(customer.dbId);
  }

  @FieldResolver(() => [ProductView], { description: `Recently viewed products, newest first (at most ${RECENTLY_VIEWED}).` })
  recentlyViewed(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.interactions.recentlyViewed.load(customer.dbId);
  }
}
