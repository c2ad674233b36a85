import type { TypeProjection } from "../graphql/compiled/projection.js";
import {
  customerOrders,
  lineRelations,
  orderEntity,
  orderLineEntity,
  orderRelations,
  paymentEntity,
  refundEntity,
  returnEntity,
  returnLineEntity,
  returnRelations,
} from "./orders.declaration.js";

/** The compiled read path's view of orders (graphql/compiled): as declared in orders.declaration.ts. */
export const orderProjections: TypeProjection[] = [
  ...[orderEntity, orderLineEntity, paymentEntity, returnEntity, returnLineEntity, refundEntity].map((e) => e.projection),
  customerOrders.projection,
  orderRelations.projection,
  lineRelations.projection,
  returnRelations.projection,
];
