import { graphql } from "../generated/index.js";

export const IngestOrders = graphql(`
  mutation IngestOrders($input: IngestOrdersInput!) {
    ingestOrders(input: $input) {
      summary { created updated unchanged pending quarantined rejected }
      orders { index transactionId outcome state warnings { code field message } order { id number status total { amountMinor } source sourceTransactionId } customer { id } }
      rejected { index transactionId code field message }
    }
  }
`);

export const DeleteIngestedOrders = graphql(`
  mutation DeleteIngestedOrders($input: DeleteIngestedOrdersInput!) {
    deleteIngestedOrders(input: $input) { deleted conflicts unknown }
  }
`);

/** What a customer's history looks like in the 360° view. */
export const CustomerHistory = graphql(`
  query CustomerHistory($id: ID!) {
    customer(id: $id) {
      id
      orders(first: 20) {
        totalCount
        edges { node { id number status channel placedAt source sourceTransactionId dealer { code } total { amountMinor currency }
          lines { id sku quantity unitPrice { amountMinor } } payments { status amount { amountMinor } }
          returns { status lines { quantity } refunds { amount { amountMinor } } } } }
      }
      interactions(first: 50) { totalCount edges { node { type subject } } }
      timeline(first: 50) { edges { node { kind title } } }
      measures { orderCount lifetimeValue { amountMinor } }
    }
  }
`);

export const MapSourceProductCodes = graphql(`
  mutation MapSourceProductCodes($input: MapSourceProductCodesInput!) {
    mapSourceProductCodes(input: $input) { mapped rejected { index code field message } }
  }
`);

export const IngestServiceVisits = graphql(`
  mutation IngestServiceVisits($input: IngestServiceVisitsInput!) {
    ingestServiceVisits(input: $input) {
      summary { created updated unchanged pending quarantined rejected }
      visits { index visitId outcome state warnings { code field message }
        serviceRecord { id kind mileageKm performedAt source sourceVisitId total { amountMinor } items { kind description quantity total { amountMinor } } station { code } }
        customer { id } }
      rejected { index visitId code field message }
    }
  }
`);

export const DeleteIngestedServiceVisits = graphql(`
  mutation DeleteIngestedServiceVisits($input: DeleteIngestedServiceVisitsInput!) {
    deleteIngestedServiceVisits(input: $input) { deleted unknown }
  }
`);
