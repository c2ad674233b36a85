import * as s from "../../../src/db/schema/index.js";
import { fresh, g, orderOfA, returnOfA, type MatrixRow, type World } from "./world.js";

const placeInput = (w: World) => ({
  customerId: g("Customer", w.customerA),
  lines: [{ productId: g("Product", w.productA.id), quantity: 1 }],
  deliveryOption: "STANDARD",
  paymentMethod: "CARD",
  address: { line1: "1 Matrix Road", city: "Shanghai", province: "Shanghai" },
  idempotencyKey: `matrix-${fresh()}`,
});

/** A fresh saved card of customer A, so that each caller meets one to change. */
async function cardOfA(w: World) {
  const [card] = await w.db
    .insert(s.savedPaymentMethods)
    .values({ customerId: w.customerA, brand: "VISA", last4: "1234", expiryMonth: 1, expiryYear: 2099, provider: "matrix", providerToken: `pm_${fresh()}` })
    .returning();
  return g("SavedPaymentMethod", card!.id);
}

/**
 * Orders of customer A sold by dealer A, fresh per caller. Staff and the selling dealer confirm and
 * split; the customer, staff and the dealer cancel; returns are the customer's and staff's.
 */
export const ORDER_ROWS: Record<string, MatrixRow> = {
  "Mutation.placeOrder": {
    query: "mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } } }",
    variables: (w) => ({ input: placeInput(w) }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", CUSTOMER_A: "some", DEALER_B: "NOT_FOUND", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.confirmOrder": {
    query: "mutation ($input: ConfirmOrderInput!) { confirmOrder(input: $input) { order { id } } }",
    variables: async (w) => ({ input: { orderId: (await orderOfA(w, "PENDING")).order, carrierId: g("Carrier", w.carrierA) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.splitOrder": {
    query: "mutation ($input: SplitOrderInput!) { splitOrder(input: $input) { order { id } } }",
    variables: async (w) => {
      const { order, line } = await orderOfA(w, "PENDING");
      return { input: { orderId: order, parts: [{ carrierId: g("Carrier", w.carrierA), lines: [{ orderLineId: line, quantity: 1 }] }] } };
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", DEALER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.cancelOrder": {
    query: "mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id } } }",
    variables: async (w) => ({ input: { orderId: (await orderOfA(w, "PENDING")).order } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", DEALER_A: "some", CUSTOMER_A: "some", DEALER_B: "NOT_FOUND", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.requestReturn": {
    query: "mutation ($input: RequestReturnInput!) { requestReturn(input: $input) { return { id } } }",
    variables: async (w) => {
      const { order, line } = await orderOfA(w, "DELIVERED");
      return { input: { orderId: order, lines: [{ orderLineId: line, quantity: 1 }] } };
    },
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.receiveReturn": {
    query: "mutation ($input: ReceiveReturnInput!) { receiveReturn(input: $input) { return { id } } }",
    variables: async (w) => ({ input: { returnId: await returnOfA(w) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
  // Only the customer saves a card (from their own session with the provider); the customer and staff change one.
  "Mutation.addPaymentMethod": {
    query: "mutation ($input: AddPaymentMethodInput!) { addPaymentMethod(input: $input) { paymentMethods { id } } }",
    variables: () => ({ input: { brand: "VISA", last4: "0000", expiryMonth: 1, expiryYear: 2099, provider: "matrix", providerToken: `pm_${fresh()}` } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", CUSTOMER_A: "some", CUSTOMER_B: "some", others: "FORBIDDEN" },
  },
  "Mutation.removePaymentMethod": {
    query: "mutation ($input: SavedPaymentMethodInput!) { removePaymentMethod(input: $input) { paymentMethods { id } } }",
    variables: async (w) => ({ input: { paymentMethodId: await cardOfA(w) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.setDefaultPaymentMethod": {
    query: "mutation ($input: SavedPaymentMethodInput!) { setDefaultPaymentMethod(input: $input) { paymentMethods { id } } }",
    variables: async (w) => ({ input: { paymentMethodId: await cardOfA(w) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", CUSTOMER_A: "some", CUSTOMER_B: "NOT_FOUND", others: "FORBIDDEN" },
  },
  "Mutation.rejectReturn": {
    query: "mutation ($input: RejectReturnInput!) { rejectReturn(input: $input) { return { id } } }",
    variables: async (w) => ({ input: { returnId: await returnOfA(w) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
};
