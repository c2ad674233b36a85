import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Product } from "../catalog/catalog.types.js";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { checkedAssociations } from "./associations.service.js";
import { checkedFirst, type RecommendationItem } from "./recommendations.service.js";
import { ProductAssociation, Recommendation, RecommendationContext, Recommendations } from "./recommendations.types.js";

@Resolver(() => Product)
export class ProductAssociationsResolver {
  @FieldResolver(() => [ProductAssociation], {
    description:
      "Products often bought by the same customers as this one, best first: at least 3 customers bought both and lift above 1, ordered by confidence, then lift (README of recommendations). Public like the catalog: counts only, no customer; withdrawn products never appear.",
  })
  async boughtTogether(@Root() product: Product, @Ctx() ctx: Context, @Arg("first", () => Int, { defaultValue: 10, description: "How many associated products, 1 to 50." }) first: number) {
    const found = await ctx.loaders.recommendations.boughtTogether.load(product.dbId, checkedAssociations(first));
    return found.map((row) => ({ productDbId: row.product_id, customers: row.customers, support: row.support, confidence: row.confidence, lift: row.lift }));
  }
}

@Resolver(() => ProductAssociation)
export class ProductAssociationResolver {
  @FieldResolver(() => Product, { description: "The associated product (on sale)." })
  product(@Root() association: ProductAssociation, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.product.load(association.productDbId);
  }
}

@Resolver(() => Customer)
export class CustomerRecommendationsResolver {
  @FieldResolver(() => Recommendations, {
    description:
      "Products to suggest to the customer, each with a score and a reason: what goes with their recent purchases, what their tier buys and what is popular, leaving out what they bought or returned and withdrawn products. Only popular items without PROFILING consent; for MESSAGE only what the communication plan allows. Staff, the customer themself, a dealer for its own customers (its own orders as the starting points).",
  })
  async recommendations(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "How many products, 1 to 100 (required: each one costs a ranking)." }) first: number,
    @Arg("context", () => RecommendationContext, { defaultValue: RecommendationContext.ON_SITE, description: "Where they will be shown: ON_SITE, or MESSAGE (follows the communication plan)." })
    context: RecommendationContext,
  ) {
    const answer = await ctx.loaders.recommendations.recommendations.load(customer.dbId, checkedFirst(first), context);
    return answer ?? { personalised: false, allowed: false, basis: "No such customer.", items: [] };
  }
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => Product, { description: "The product suggested (on sale)." })
  product(@Root() item: RecommendationItem, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.product.load(item.productDbId);
  }
}
