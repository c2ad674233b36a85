import "reflect-metadata";
import { printSchema, lexicographicSortSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { AuditResolver } from "./audit/audit.resolver.js";
import { BulkExportResolver } from "./exports/exports.resolver.js";
import { PrivacyResolver } from "./privacy/privacy.resolver.js";
import { CustomerAnalyticsResolver, CustomerTraitsResolver } from "./analytics/analytics.resolver.js";
import { CustomerSegmentsResolver, SegmentResolver } from "./analytics/segments.resolver.js";
import { TraitRulesResolver } from "./analytics/trait-rules.resolver.js";
import { CommunicationRulesResolver } from "./analytics/communication-rules.resolver.js";
import { CategoryMatrixResolver, SupplierReportResolver } from "./analytics/supplier-report.resolver.js";
import { authChecker } from "./auth/checker.js";
import { ProductCategoryResolver, ProductResolver } from "./catalog/catalog.resolver.js";
import { SourceProductCodesResolver } from "./catalog/source-codes.resolver.js";
import { AccountResolver } from "./customers/accounts.resolver.js";
import { CustomerResolver, DealerCustomersResolver } from "./customers/customers.resolver.js";
import { ProfileResolver } from "./customers/profile.resolver.js";
import { NodeResolver } from "./graphql/node.resolver.js";
import { DealerComplaintStatsResolver } from "./analytics/complaint-stats.resolver.js";
import { ProductReviewsResolver } from "./interactions/public-reviews.resolver.js";
import { EngagementResolver } from "./interactions/engagement.resolver.js";
import { IngestedInteractionResolver, InteractionHistoryResolver } from "./interactions/interaction-history.resolver.js";
import { ReviewWritesResolver } from "./interactions/reviews.resolver.js";
import { CustomerIdentityResolver, CustomerMergeResolver, DuplicateCandidateResolver, IdentityResolver, IngestedSourceRecordResolver } from "./identity/identity.resolver.js";
import { BrowsingWritesResolver, CustomerBrowsingResolver, ProductViewResolver, WishlistItemResolver } from "./interactions/browsing.resolver.js";
import { CaseResolver, CustomerEngagementResolver, DealerCasesResolver, InteractionResolver, ReviewResolver } from "./interactions/interactions.resolver.js";
import { DateTime } from "./graphql/scalars.js";
import { annotateTextLimits } from "./graphql/text-limits.js";
import { OrderParcelsResolver, ShipmentOrderResolver } from "./orders/order-parcels.resolver.js";
import { IngestedOrderResolver, OrderHistoryResolver } from "./orders/history.resolver.js";
import { LeadConversionResolver, LeadResolver } from "./leads/leads.resolver.js";
import { ActivityResolver } from "./activity/activity.resolver.js";
import { CustomerChangeResolver } from "./analytics/customer-changes.resolver.js";
import { OrderWritesResolver } from "./orders/order-writes.resolver.js";
import { CustomerPaymentMethodsResolver, PaymentMethodWritesResolver } from "./orders/payment-methods.resolver.js";
import { CustomerOrdersResolver, DealerOrdersResolver, OrderLineResolver, OrderResolver, ProductOrdersResolver, ReturnResolver } from "./orders/orders.resolver.js";
import { CustomerPredictionsResolver, DealerPredictionsResolver, DueItemResolver, ServiceDueResolver, VehiclePredictionsResolver } from "./predictions/predictions.resolver.js";
import { ServiceWritesResolver } from "./service/service-writes.resolver.js";
import { IngestedServiceVisitResolver, ServiceHistoryResolver } from "./service/visit-history.resolver.js";
import { OrganisationResolver } from "./organisations/organisations.resolver.js";
import { DealerServiceResolver, ServiceAppointmentResolver, ServiceRecordResolver, VehicleServiceResolver } from "./service/service.resolver.js";
import { CustomerRecommendationsResolver, ProductAssociationResolver, ProductAssociationsResolver, RecommendationResolver } from "./recommendations/recommendations.resolver.js";
import { ShipmentResolver } from "./tracking/tracking.resolver.js";
import { IngestedVehicleSaleResolver, VehicleSaleHistoryResolver } from "./vehicles/sale-history.resolver.js";
import { WebhookResolver } from "./webhooks/webhooks.resolver.js";
import { CampaignResolver } from "./campaigns/campaigns.resolver.js";
import { CustomerVehiclesResolver, DealerVehiclesResolver, VehicleOwnershipResolver, VehicleResolver } from "./vehicles/vehicles.resolver.js";

/** Every resolver, listed explicitly: nothing joins the API by being imported somewhere. */
export const resolvers = [
  NodeResolver,
  CustomerPredictionsResolver,
  DueItemResolver,
  VehiclePredictionsResolver,
  ServiceDueResolver,
  DealerPredictionsResolver,
  BulkExportResolver,
  WebhookResolver,
  CampaignResolver,
  CustomerResolver,
  TraitRulesResolver,
  CommunicationRulesResolver,
  CustomerTraitsResolver,
  ProductResolver,
  ProductAssociationsResolver,
  ProductAssociationResolver,
  CustomerRecommendationsResolver,
  RecommendationResolver,
  ProductCategoryResolver,
  SourceProductCodesResolver,
  OrganisationResolver,
  OrderResolver,
  OrderLineResolver,
  ReturnResolver,
  CustomerOrdersResolver,
  ShipmentResolver,
  OrderParcelsResolver,
  ShipmentOrderResolver,
  VehicleResolver,
  VehicleOwnershipResolver,
  CustomerVehiclesResolver,
  ServiceRecordResolver,
  ServiceAppointmentResolver,
  VehicleServiceResolver,
  DealerServiceResolver,
  CaseResolver,
  InteractionResolver,
  ReviewResolver,
  CustomerEngagementResolver,
  CustomerIdentityResolver,
  IdentityResolver,
  IngestedSourceRecordResolver,
  DuplicateCandidateResolver,
  CustomerMergeResolver,
  WishlistItemResolver,
  ProductViewResolver,
  CustomerBrowsingResolver,
  CustomerAnalyticsResolver,
  AccountResolver,
  EngagementResolver,
  OrderWritesResolver,
  LeadResolver,
  ActivityResolver,
  CustomerChangeResolver,
  LeadConversionResolver,
  PaymentMethodWritesResolver,
  CustomerPaymentMethodsResolver,
  OrderHistoryResolver,
  IngestedOrderResolver,
  ServiceHistoryResolver,
  IngestedServiceVisitResolver,
  InteractionHistoryResolver,
  IngestedInteractionResolver,
  VehicleSaleHistoryResolver,
  IngestedVehicleSaleResolver,
  ProfileResolver,
  BrowsingWritesResolver,
  ReviewWritesResolver,
  ServiceWritesResolver,
  AuditResolver,
  PrivacyResolver,
  SupplierReportResolver,
  CategoryMatrixResolver,
  SegmentResolver,
  CustomerSegmentsResolver,
  DealerCustomersResolver,
  DealerVehiclesResolver,
  DealerOrdersResolver,
  DealerCasesResolver,
  DealerComplaintStatsResolver,
  ProductReviewsResolver,
  ProductOrdersResolver,
] as const;

/**
 * type-graphql requires a PubSub, but every @Subscription here brings its own `subscribe` over
 * the EventBus (LISTEN/NOTIFY, catch-up from the table). A topic-based subscription added by
 * mistake fails loudly instead of silently never firing.
 */
const topicsNotUsed: PubSub = {
  publish() {
    throw new Error("Publish through the EventBus (src/pubsub), not type-graphql topics");
  },
  subscribe() {
    throw new Error("Give @Subscription a `subscribe` function over the EventBus");
  },
};

let built: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    // Inputs are validated in services, where the rules live (src/README.md, "Layers").
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    pubSub: topicsNotUsed,
  }).then((schema) => annotateTextLimits(describeRootTypes(schema)));
  return built;
}

/** type-graphql has no option for the root types' descriptions; the schema is the clients' documentation. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description = "Reads. Every list and object is scoped to the caller's token: what is out of scope is left out of lists and answers NOT_FOUND (or null) when asked for by id.";
  if (mutation) mutation.description = "Changes. Each takes one input and returns a payload; bad input answers BAD_USER_INPUT naming extensions.field and changes nothing.";
  if (subscription) subscription.description = "Live updates over graphql-ws (ws://host/graphql, token in connectionParams.authorization); refused over HTTP.";
  return schema;
}

/** The SDL committed as schema/schema.graphql. */
export async function printSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
