import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Product } from "../catalog/catalog.types.js";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { CustomerPayload } from "../customers/profile.inputs.js";
import { addToWishlist, BROWSING_HISTORY_KEPT, recordProductView, removeFromWishlist } from "./browsing-writes.service.js";
import { CustomerProductInput, RecordProductViewInput } from "./browsing.inputs.js";
import { RECENTLY_VIEWED } from "./interactions.declaration.js";
import { ProductView, WishlistItem } from "./browsing.types.js";

@Resolver(() => WishlistItem)
export class WishlistItemResolver {
  @FieldResolver(() => Product, { nullable: true, description: "The product on the wishlist." })
  product(@Root() item: WishlistItem, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.product.load(item.productDbId);
  }
}

@Resolver(() => ProductView)
export class ProductViewResolver {
  @FieldResolver(() => Product, { nullable: true, description: "The viewed product." })
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

/** Wishlist and browsing history: a customer their own, staff anyone's. */
@Resolver()
export class BrowsingWritesResolver {
  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Put a product on the wishlist (idempotent)." })
  addToWishlist(@Ctx() ctx: Context, @Arg("input", () => CustomerProductInput) input: CustomerProductInput) {
    return addToWishlist(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, { description: "Take a product off the wishlist (idempotent)." })
  removeFromWishlist(@Ctx() ctx: Context, @Arg("input", () => CustomerProductInput) input: CustomerProductInput) {
    return removeFromWishlist(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "CUSTOMER")
  @Mutation(() => CustomerPayload, {
    description: `Record a product page view: a repeat view moves the product to the top; the newest ${BROWSING_HISTORY_KEPT} products are kept.`,
  })
  recordProductView(@Ctx() ctx: Context, @Arg("input", () => RecordProductViewInput) input: RecordProductViewInput) {
    return recordProductView(ctx.db, ctx.principal, input);
  }
}
