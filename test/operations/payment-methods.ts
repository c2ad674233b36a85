import { graphql } from "../generated/index.js";

export const AddPaymentMethod = graphql(`
  mutation AddPaymentMethod($input: AddPaymentMethodInput!) {
    addPaymentMethod(input: $input) { paymentMethods { id brand last4 expiryMonth expiryYear expired provider isDefault } }
  }
`);

export const RemovePaymentMethod = graphql(`
  mutation RemovePaymentMethod($input: SavedPaymentMethodInput!) {
    removePaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }
  }
`);

export const SetDefaultPaymentMethod = graphql(`
  mutation SetDefaultPaymentMethod($input: SavedPaymentMethodInput!) {
    setDefaultPaymentMethod(input: $input) { paymentMethods { id last4 isDefault } }
  }
`);

export const CustomerPaymentMethods = graphql(`
  query CustomerPaymentMethods($id: ID!) {
    customer(id: $id) { paymentMethods { id brand last4 expired isDefault } }
  }
`);

export const PlaceOrderWithCard = graphql(`
  mutation PlaceOrderWithCard($input: PlaceOrderInput!) {
    placeOrder(input: $input) { order { id paymentMethod payments { method status card { brand last4 } } } }
  }
`);

export const OrderPaymentCards = graphql(`
  query OrderPaymentCards($id: ID!) {
    node(id: $id) { ... on Order { payments { method card { brand last4 } } } }
  }
`);

export const SavedPaymentMethodFields = graphql(`
  query SavedPaymentMethodFields {
    __type(name: "SavedPaymentMethod") { fields { name } }
  }
`);
