import { graphql } from "../generated/index.js";

export const CustomerTraitsQuery = graphql(`
  query CustomerTraits($id: ID!) {
    customer(id: $id) {
      stage
      tier
      traits {
        orderCount
        lifetimeValue { amountMinor currency }
        averageOrderValue { amountMinor currency }
        firstOrderAt
        lastOrderAt
        daysSinceLastOrder
        meanDaysBetweenOrders
        preferredChannel
        lastServiceAt
        daysSinceLastService
        returnCount
        complaintCount
        openComplaintCount
        latestNps
        latestCsat
        recencyScore
        frequencyScore
        monetaryScore
        rfmGroup
        churnRisk
        vehiclesOwned
      }
    }
  }
`);

export const CommunicationPlanQuery = graphql(`
  query CommunicationPlan($id: ID!) {
    customer(id: $id) { tier stage communicationPlan { kind allowed channels reason } }
  }
`);
