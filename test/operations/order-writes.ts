import { graphql } from "../generated/index.js";

export const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      replayed
      order {
        id
        number
        status
        channel
        paymentMethod
        deliveryOption
        splitPreference
        deliveryWindowStart
        deliveryWindowEnd
        deliveryAddress { line1 city province country }
        subtotal { amountMinor currency }
        shipping { amountMinor }
        total { amountMinor }
        dealer { id }
        customer { id }
        lines { id sku name quantity unitPrice { amountMinor } total { amountMinor } }
        payments { method status amount { amountMinor } paidAt }
      }
    }
  }
`);

export const ConfirmOrder = graphql(`
  mutation ConfirmOrder($input: ConfirmOrderInput!) {
    confirmOrder(input: $input) { order { id status } }
  }
`);

export const SplitOrder = graphql(`
  mutation SplitOrder($input: SplitOrderInput!) {
    splitOrder(input: $input) { order { id status } }
  }
`);

export const CancelOrder = graphql(`
  mutation CancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) { order { id status payments { method status paidAt } } }
  }
`);

export const RequestReturn = graphql(`
  mutation RequestReturn($input: RequestReturnInput!) {
    requestReturn(input: $input) { return { id status reason lines { orderLineId quantity } } order { status } }
  }
`);

export const ReceiveReturn = graphql(`
  mutation ReceiveReturn($input: ReceiveReturnInput!) {
    receiveReturn(input: $input) { return { id status receivedAt refunds { amount { amountMinor currency } } } order { status } }
  }
`);

export const OrderState = graphql(`
  query OrderAfterWrites($number: String!) {
    order(number: $number) {
      id
      status
      deliveredAt
      payments { method status paidAt }
      returns { id status lines { orderLineId quantity } refunds { amount { amountMinor } } }
      shipments { trackingNumber kind status estimatedArrival carrier { id } lines { orderLineId quantity } }
    }
  }
`);

export const OrderNotices = graphql(`
  query OrderNotices($id: ID!) {
    customer(id: $id) {
      timeline(first: 100, filter: { kinds: [INTERACTION] }) { edges { node { kind title } } }
    }
  }
`);

export const RejectReturn = graphql(`
  mutation RejectReturn($input: RejectReturnInput!) {
    rejectReturn(input: $input) { return { id status refunds { amount { amountMinor } } } order { status } }
  }
`);
