import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { foundOr } from "../errors.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Supplier } from "../organisations/organisations.types.js";
import { listProducts, productBySku } from "./catalog.service.js";
import { Product, ProductCategory, ProductConnection, ProductFilter, ProductOrder } from "./catalog.types.js";

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: "The catalog; anonymous callers see products on sale." })
  products(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter?: ProductFilter,
    @Arg("orderBy", () => ProductOrder, { nullable: true }) orderBy?: ProductOrder,
  ) {
    return listProducts(ctx.db, ctx.principal, filter, orderBy, page);
  }

  @Query(() => Product, { nullable: true, description: "One product by SKU; NOT_FOUND when there is none you may see." })
  product(@Ctx() ctx: Context, @Arg("sku", () => String) sku: string) {
    return foundOr(productBySku(ctx.db, ctx.principal, sku), "Product", "sku");
  }

  @FieldResolver(() => ProductCategory, { nullable: true, description: "The product's category in the category tree." })
  category(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.category.load(product.categoryDbId);
  }

  @FieldResolver(() => Supplier, { nullable: true, description: "The supplier that makes the product (public directory entry)." })
  supplier(@Root() product: Product, @Ctx() ctx: Context) {
    return ctx.loaders.organisations.supplier.load(product.supplierDbId);
  }
}

@Resolver(() => ProductCategory)
export class ProductCategoryResolver {
  @FieldResolver(() => ProductCategory, { nullable: true, description: "The parent category; null at the top." })
  parent(@Root() category: ProductCategory, @Ctx() ctx: Context) {
    return category.parentDbId ? ctx.loaders.catalog.category.load(category.parentDbId) : null;
  }
}
