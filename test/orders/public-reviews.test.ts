import { print } from "graphql";
import { beforeAll, expect, it } from "vitest";
import { fromGlobalId, toGlobalId } from "../../src/graphql/global-id.js";
import { HideReview, MarkHelpful, ProductReviews, ProductReviewsDefault, ProductsRanked, WriteNamedReview } from "../operations/public-reviews.js";
import { makeCategory, makeCustomer, makeOrder, makeOrderLine, makeProduct } from "../support/factories.js";
import { comparison, compiledIn, readsOf, startResolversOnlyServer } from "../support/compiled-comparison.js";
import { describePlatform, firstError } from "../support/suite.js";

type Product = Awaited<ReturnType<typeof makeProduct>>;
type Page = { edges: { node: { sku: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null } };

describePlatform("public reviews, ratings and the catalogue by rating and popularity", (platform) => {
  const db = () => platform().database.db;
  let agent: string;
  let categoryId: string;
  const products: Record<string, Product> = {};
  const people: { id: string; token: string }[] = [];
  const reviewIds: Record<string, string> = {};

  /** A delivered order of one line, and the customer's review of it through the API. */
  async function review(who: number, product: Product, stars: number, shownAs: "DISPLAY_NAME" | "INITIALS" | null, body = `Review ${stars}`) {
    const order = await makeOrder(db(), people[who]!.id, { status: "DELIVERED", deliveredAt: new Date() });
    const line = await makeOrderLine(db(), order.id, { product });
    const written = await platform().data(WriteNamedReview, { input: { orderLineId: toGlobalId("OrderLine", line.id), stars, body, ...(shownAs ? { shownAs } : {}) } }, people[who]!.token);
    // Shoppers name a review by its ProductReview id (Product.reviews), not the author's Review id.
    return toGlobalId("ProductReview", fromGlobalId(written.writeReview.review.id).id);
  }

  beforeAll(async () => {
    agent = await platform().token({ role: "AGENT", sub: "moderator" });
    const category = await makeCategory(db());
    categoryId = category.id;
    for (const key of ["p1", "p2", "p3", "p4", "p5"]) products[key] = await makeProduct(db(), { categoryId });
    for (const name of ["Mei Lin", "Wang Wei", "Zhou Xin", "Li Na"]) {
      const row = await makeCustomer(db(), { displayName: name, email: `${name.replace(" ", ".").toLowerCase()}@example.com` });
      people.push({ id: row.id, token: await platform().token({ role: "CUSTOMER", sub: row.id, customerId: row.id }) });
    }
    reviewIds.meiP1 = await review(0, products.p1!, 5, "DISPLAY_NAME", "Excellent pads.");
    reviewIds.wangP1 = await review(1, products.p1!, 4, null, "Good, a little noisy.");
    reviewIds.zhouP1 = await review(2, products.p1!, 1, "DISPLAY_NAME", "Spam spam spam");
    await platform().data(HideReview, { input: { reviewId: toGlobalId("Review", fromGlobalId(reviewIds.zhouP1).id), hidden: true, note: "spam" } }, agent);
    await review(0, products.p2!, 3, null);
    await review(1, products.p3!, 5, null);
    await review(2, products.p5!, 3, null);
    // Sales that popularity leaves out: a cancelled order and one from two months ago.
    const cancelled = await makeOrder(db(), people[3]!.id, { status: "CANCELLED" });
    await makeOrderLine(db(), cancelled.id, { product: products.p4!, quantity: 10 });
    const old = await makeOrder(db(), people[3]!.id, { status: "DELIVERED", placedAt: new Date(Date.now() - 60 * 86_400_000) });
    await makeOrderLine(db(), old.id, { product: products.p2!, quantity: 7 });
    const recent = await makeOrder(db(), people[3]!.id, { status: "CONFIRMED" });
    await makeOrderLine(db(), recent.id, { product: products.p5!, quantity: 2 });
  });

  it("shows anyone, without a token, the shown reviews and the rating, the author only as they chose", async () => {
    const answer = await platform().data(ProductReviews, { sku: products.p1!.sku, first: 10 });
    expect(answer.product!.rating).toEqual({ average: 4.5, count: 2, distribution: [0, 0, 0, 1, 1] });
    const nodes = answer.product!.reviews.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.reviewer, n.stars])).toEqual([
      ["W. W.", 4],
      ["Mei Lin", 5],
    ]);
    expect(nodes.map((n) => n.id)).toEqual([reviewIds.wangP1, reviewIds.meiP1]);
    expect(answer.product!.reviews.totalCount).toBe(2);
    expect(JSON.stringify(answer)).not.toMatch(/example\.com|Spam|Zhou/);
    const unreviewed = await platform().data(ProductReviews, { sku: products.p4!.sku });
    expect(unreviewed.product!.rating).toEqual({ average: null, count: 0, distribution: [0, 0, 0, 0, 0] });
    expect(unreviewed.product!.reviews.edges).toEqual([]);
  });

  it("sorts most helpful first by customers' marks, once per customer, never one's own or a hidden review", async () => {
    const mark = (reviewId: string, who: number) => platform().gql(MarkHelpful, { input: { reviewId } }, people[who]!.token);
    expect((await mark(reviewIds.wangP1!, 0)).body.data?.markReviewHelpful.review.helpfulCount).toBe(1);
    expect((await mark(reviewIds.wangP1!, 0)).body.data?.markReviewHelpful.review.helpfulCount).toBe(1);
    expect((await mark(reviewIds.wangP1!, 3)).body.data?.markReviewHelpful.review.helpfulCount).toBe(2);
    expect(firstError((await mark(reviewIds.wangP1!, 1)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.reviewId" });
    expect(firstError((await mark(reviewIds.zhouP1!, 0)).body)).toEqual({ code: "NOT_FOUND", field: "input.reviewId" });
    expect(firstError((await platform().gql(MarkHelpful, { input: { reviewId: reviewIds.meiP1! } }, agent)).body).code).toBe("FORBIDDEN");
    // The author's own Review id is not a public one.
    const privateId = toGlobalId("Review", fromGlobalId(reviewIds.meiP1!).id);
    expect(firstError((await platform().gql(MarkHelpful, { input: { reviewId: privateId } }, people[1]!.token)).body)).toEqual({ code: "BAD_USER_INPUT", field: "input.reviewId" });
    expect(firstError((await platform().gql(MarkHelpful, { input: { reviewId: reviewIds.meiP1! } })).body).code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);

    const helpful = await platform().data(ProductReviews, { sku: products.p1!.sku, first: 1, orderBy: "MOST_HELPFUL" });
    expect(helpful.product!.reviews.edges.map((e) => [e.node.reviewer, e.node.helpfulCount])).toEqual([["W. W.", 2]]);
    const next = await platform().data(ProductReviews, { sku: products.p1!.sku, first: 1, orderBy: "MOST_HELPFUL", after: helpful.product!.reviews.pageInfo.endCursor });
    expect(next.product!.reviews.edges.map((e) => e.node.reviewer)).toEqual(["Mei Lin"]);
    const newest = await platform().gql(ProductReviews, { sku: products.p1!.sku, first: 1, after: helpful.product!.reviews.pageInfo.endCursor });
    expect(firstError(newest.body)).toEqual({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("answers the same on the compiled path and through the resolvers", async () => {
    const compiled = await platform().data(ProductReviewsDefault, { sku: products.p1!.sku });
    const resolved = await platform().data(ProductReviews, { sku: products.p1!.sku, first: 10, orderBy: "NEWEST" });
    expect(compiled.product!.rating).toEqual(resolved.product!.rating);
    expect(compiled.product!.reviews.edges.map((e) => e.node)).toEqual(resolved.product!.reviews.edges.map((e) => ({ id: e.node.id, stars: e.node.stars, reviewer: e.node.reviewer, helpfulCount: e.node.helpfulCount })));
    // A cursor of the compiled page continues on the resolver's.
    const after = compiled.product!.reviews.edges[0]!.cursor;
    const rest = await platform().data(ProductReviews, { sku: products.p1!.sku, first: 10, after, orderBy: "NEWEST" });
    expect(rest.product!.reviews.edges.map((e) => e.node.id)).toEqual([compiled.product!.reviews.edges[1]!.node.id]);
  });

  it("pages reviews in each order on the compiled path as the resolvers do, one statement per page, the order in a variable or a literal", async () => {
    const resolvers = await startResolversOnlyServer(platform());
    try {
      const compare = comparison(platform, () => resolvers);
      const inVariables = print(ProductReviews);
      const inLiteral = (orderBy: string) =>
        `query($sku: String!, $after: String) { product(sku: $sku) { reviews(first: 1, after: $after, orderBy: ${orderBy}) { pageInfo { hasNextPage endCursor } edges { cursor node { id reviewer helpfulCount } } } } }`;
      for (const orderBy of ["MOST_HELPFUL", "NEWEST", null]) {
        for (const [query, variables] of [
          [inVariables, { first: 1, orderBy }],
          [inLiteral(orderBy ?? "NEWEST"), {}],
        ] as const) {
          const seen: string[] = [];
          let after: string | null = null;
          for (;;) {
            const { body, statements } = await compare(query, { ...variables, sku: products.p1!.sku, after }, undefined);
            expect(readsOf(statements), `${orderBy}`).toHaveLength(1);
            expect(compiledIn(statements), `${orderBy}`).toBe(true);
            const reviews = (body.data as { product: { reviews: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } }).product.reviews;
            seen.push(...reviews.edges.map((e) => e.node.id));
            if (!reviews.pageInfo.hasNextPage) break;
            after = reviews.pageInfo.endCursor;
          }
          expect(seen.length, `${orderBy}`).toBeGreaterThan(1);
        }
      }
    } finally {
      await resolvers.close();
    }
  });

  /** Every page of size `size` forward, then backward from the end: the same list both ways. */
  async function walk(field: "RATING" | "POPULARITY", direction: "ASC" | "DESC", size: number) {
    const filter = { categoryId: toGlobalId("ProductCategory", categoryId) };
    const forward: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: Page = (await platform().data(ProductsRanked, { filter, orderBy: { field, direction }, first: size, after })).products;
      forward.push(...page.edges.map((e) => e.node.sku));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null | undefined = null;
    for (;;) {
      const page: Page = (await platform().data(ProductsRanked, { filter, orderBy: { field, direction }, last: size, before })).products;
      backward.unshift(...page.edges.map((e) => e.node.sku));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
    return forward;
  }

  it("lists products by rating, unrated last, ties by id, paged by keyset both ways", async () => {
    const byId = (a: Product, b: Product) => (a.id < b.id ? 1 : -1);
    const tie = [products.p2!, products.p5!].sort(byId).map((p) => p.sku);
    const expected = [products.p3!.sku, products.p1!.sku, ...tie, products.p4!.sku];
    expect(await walk("RATING", "DESC", 2)).toEqual(expected);
    expect(await walk("RATING", "DESC", 1)).toEqual(expected);
    expect(await walk("RATING", "ASC", 2)).toEqual([...expected].reverse());
  });

  it("lists products by units sold in the last 30 days, cancelled orders left out", async () => {
    // p1: 3 lines (the hidden review's order counts: it was sold); p5: 1 + 2; p2: 1 (the old order is out); p3: 1; p4: 0 (cancelled).
    const ones = [products.p2!, products.p3!].sort((a, b) => (a.id < b.id ? 1 : -1)).map((p) => p.sku);
    const threes = [products.p1!, products.p5!].sort((a, b) => (a.id < b.id ? 1 : -1)).map((p) => p.sku);
    expect(await walk("POPULARITY", "DESC", 2)).toEqual([...threes, ...ones, products.p4!.sku]);
  });

  it("pages the ranked catalogue on the compiled path as the resolvers do, one statement per page, cursors from either", async () => {
    const resolvers = await startResolversOnlyServer(platform());
    try {
      const compare = comparison(platform, () => resolvers);
      const query = print(ProductsRanked);
      const filter = { categoryId: toGlobalId("ProductCategory", categoryId) };
      for (const field of ["RATING", "POPULARITY"] as const) {
        for (const direction of ["ASC", "DESC"] as const) {
          const skus: string[] = [];
          let after: string | null = null;
          for (;;) {
            const { body, statements } = await compare(query, { filter, orderBy: { field, direction }, first: 2, after });
            expect(compiledIn(statements), `${field} ${direction}`).toBe(true);
            expect(readsOf(statements)).toHaveLength(1);
            const page = (body.data as { products: Page }).products;
            skus.push(...page.edges.map((e) => e.node.sku));
            if (!page.pageInfo.hasNextPage) break;
            after = page.pageInfo.endCursor!;
          }
          expect(skus.sort()).toEqual(Object.values(products).map((p) => p.sku).sort());
        }
      }
    } finally {
      await resolvers.close();
    }
  });

  it("filters the catalogue by supplier", async () => {
    const supplierId = toGlobalId("Supplier", products.p3!.supplierId);
    const page = await platform().data(ProductsRanked, { filter: { supplierId }, first: 10 });
    expect(page.products.edges.map((e) => e.node.sku)).toEqual([products.p3!.sku]);
  });
});
