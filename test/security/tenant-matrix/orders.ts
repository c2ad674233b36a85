import { fresh, g, orderOfA, returnOfA, type MatrixRow, type World } from "./world.js";

const placeInput = (w: World) => ({
  customerId: g("Customer", w.customerA),
  lines: [{ productId: g("Product", w.productA.id), quantity: 1 }],
  deliveryOption: "STANDARD",
  paymentMethod: "CARD",
  address: { line1: "1 Matrix Road", city: "Shanghai", province: "Shanghai" },
  idempotencyKey: `matrix-${fresh()}`,
});

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
  "Mutation.rejectReturn": {
    query: "mutation ($input: RejectReturnInput!) { rejectReturn(input: $input) { return { id } } }",
    variables: async (w) => ({ input: { returnId: await returnOfA(w) } }),
    expected: { ANONYMOUS: "UNAUTHENTICATED", ADMIN: "some", AGENT: "some", others: "FORBIDDEN" },
  },
};
