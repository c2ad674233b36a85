import { graphql } from "../generated/index.js";

/**
 * The full 360° view. RELATION_FIELDS below counts the fields that each need their own
 * statement (one loader each); the SQL-count test holds the query to that number.
 */
export const Customer360 = graphql(`
  query Customer360($first: Int!, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          displayName
          kind
          stage
          tier
          emails { address }
          phones { e164 }
          addresses { city isDefaultDelivery }
          preferredDealer { name }
          sourceIdentities { source sourceId }
          preferences { key value }
          consents { channel purpose status }
          vehicles {
            vin
            underWarranty
            model { name }
            ownerships { startedOn endedOn sellingDealer { code } }
            serviceRecords(first: 3) { totalCount edges { node { kind total { amountMinor } items { description } station { name } } } }
            appointments { scheduledAt status }
          }
          orders(first: 5) {
            totalCount
            edges {
              node {
                number
                status
                total { amountMinor currency }
                lines { sku quantity product { name } }
                payments { status }
                returns { status refunds { amount { amountMinor } } }
                shipments { trackingNumber status carrier { name } events(first: 5) { edges { node { seq status occurredAt } } } }
              }
            }
          }
          interactions(first: 5) { totalCount edges { node { channel type subject } } }
          cases(first: 3) { edges { node { number status } } }
          reviews(first: 3) { edges { node { stars product { sku } } } }
          surveyResponses { overallSatisfaction wouldRecommend }
          wishlist { product { sku } }
          recentlyViewed { viewedAt }
          measures { orderCount lifetimeValue { amountMinor } openCases }
          timeline(first: 10) { totalCount edges { node { kind occurredAt title } } }
        }
      }
    }
  }
`);

/**
 * Statements the 360° query may need: the root page and its count, then one per relation —
 * emails, phones, addresses, preferredDealer, sourceIdentities, preferences, consents (history),
 * vehicles, model, ownerships, sellingDealer, serviceRecords (+count), items, station,
 * appointments, orders (+count), lines, product, payments, returns, refunds, shipments, carrier,
 * events, interactions (+count), cases, reviews, review product, surveyResponses, wishlist, wishlist
 * product, recentlyViewed, measures (orders + cases), timeline (+count).
 */
export const ROOT_STATEMENTS = 2;
export const RELATION_FIELDS = 41;
