import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Product } from "../catalog/catalog.types.js";

@ObjectType({ description: "A product often bought by the same customers as another one, with the co-purchase measures behind it (counts of customers only)." })
export class ProductAssociation {
  /** The associated product's database id (the resolver loads the product). */
  productDbId!: string;

  @Field(() => Product, { description: "The product bought together with the one asked about." })
  product!: Product;

  @Field(() => Int, { description: "How many distinct customers bought both products (orders not cancelled)." })
  customers!: number;

  @Field(() => Float, { description: "Support: the share of all customers with a purchase who bought both (0–1)." })
  support!: number;

  @Field(() => Float, { description: "Confidence: of the customers who bought the product asked about, the share who also bought this one (0–1)." })
  confidence!: number;

  @Field(() => Float, { description: "Lift: confidence divided by this product's share of all buyers; above 1, bought together more often than chance." })
  lift!: number;
}

export enum RecommendationContext {
  ON_SITE = "ON_SITE",
  MESSAGE = "MESSAGE",
}
registerEnumType(RecommendationContext, {
  name: "RecommendationContext",
  description: "Where the recommendations will be shown: decides whether the customer's communication plan applies.",
  valuesConfig: {
    ON_SITE: { description: "Shown while the customer is in the shop, portal or with an agent: the communication plan does not apply (nothing is sent)." },
    MESSAGE: { description: "Sent to the customer (an email, a letter): only when their communication plan allows RECOMMENDATION messages, else no items." },
  },
});

export enum RecommendationSource {
  DUE = "DUE",
  BOUGHT_TOGETHER = "BOUGHT_TOGETHER",
  SEGMENT = "SEGMENT",
  POPULAR = "POPULAR",
}
registerEnumType(RecommendationSource, {
  name: "RecommendationSource",
  description: "What a recommended product's score mostly comes from.",
  valuesConfig: {
    DUE: { description: "A consumable the customer buys regularly whose next purchase is due (from two weeks ahead to a month overdue): the repurchase prediction." },
    BOUGHT_TOGETHER: { description: "Often bought by customers who bought one of this customer's recent purchases (the chain effect)." },
    SEGMENT: { description: "Bought recently by many customers of the same loyalty tier." },
    POPULAR: { description: "Bought recently by many customers: the same for everyone, not personal." },
  },
});

@ObjectType({ description: "One recommended product, with its score and why it is suggested." })
export class Recommendation {
  /** The product's database id (the resolver loads the product). */
  productDbId!: string;

  @Field(() => Product, { description: "The product suggested." })
  product!: Product;

  @Field(() => Float, { description: "The ranking score (higher first): the sum of the sources' weighted shares, comparable only within one answer." })
  score!: number;

  @Field(() => RecommendationSource, { description: "The source that contributes most of the score." })
  source!: RecommendationSource;

  @Field(() => String, { description: "Why the product is suggested, in words a person can read (the strongest source's evidence)." })
  reason!: string;
}

@ObjectType({ description: "Suggestions for one customer: personal when they have given PROFILING consent, otherwise only what is popular with everyone." })
export class Recommendations {
  @Field(() => Boolean, { description: "Whether the items use this customer's history (PROFILING consent in force on some channel); false: only popular items." })
  personalised!: boolean;

  @Field(() => Boolean, { description: "Whether the items may be shown in this context: always for ON_SITE; for MESSAGE only when the communication plan allows RECOMMENDATION messages." })
  allowed!: boolean;

  @Field(() => String, { description: "What the answer is based on and what it leaves out, in words (no consent, the plan's refusal)." })
  basis!: string;

  @Field(() => [Recommendation], { description: "The suggested products, best first; empty when not allowed." })
  items!: Recommendation[];
}
