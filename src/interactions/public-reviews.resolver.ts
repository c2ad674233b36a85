import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Product } from "../catalog/catalog.types.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { ProductRating, PublicReviewConnection, ReviewOrder } from "./public-reviews.types.js";

/** What shoppers read about a product: its shown reviews and its rating (public, like the catalogue). */
@Resolver(() => Product)
export class ProductReviewsResolver {
  @FieldResolver(() => PublicReviewConnection, {
    description: "Shown reviews (not hidden by staff), newest or most helpful first; anyone may read them. The author only as they chose to be named.",
  })
  reviews(
    @Root() product: Product,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("orderBy", () => ReviewOrder, { nullable: true, description: "Default NEWEST." }) orderBy?: ReviewOrder | null,
  ) {
    return ctx.loaders.interactions.productReviews.load(product.dbId, page, undefined, orderBy);
  }

  @FieldResolver(() => ProductRating, { nullable: true, description: "Average stars, count and distribution over the shown reviews; every product has one (count 0 before its first review)." })
  rating(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.interactions.rating.load(product.dbId);
  }
}
