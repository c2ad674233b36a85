import { graphql } from "../generated/index.js";

export const TraitRulesQuery = graphql(`
  query TraitRules {
    traitRules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays updatedAt }
  }
`);

export const UpdateTraitRules = graphql(`
  mutation UpdateTraitRules($input: UpdateTraitRulesInput!) {
    updateTraitRules(input: $input) { recomputed rules { recencyDays frequencyOrders monetaryMinor occasionalOrders regularOrders veryLoyalOrders lapseDays defaultPurchaseIntervalDays recentComplaintDays } }
  }
`);

export const SetCustomerKind = graphql(`
  mutation SetCustomerKind($input: SetCustomerKindInput!) { setCustomerKind(input: $input) { customer { id kind } } }
`);

export const CustomerRuled = graphql(`
  query CustomerRuled($id: ID!) {
    customer(id: $id) { kind stage tier traits { recencyScore frequencyScore monetaryScore rfmGroup churnRisk } }
  }
`);

export const CustomerCategoryCells = graphql(`
  query CustomerCategoryCells($id: ID!) {
    customer(id: $id) { traits { categoryCells { categoryId categoryName brandPreference usage storeBrandShare } } }
  }
`);

export const CustomersCategoryCells = graphql(`
  query CustomersCategoryCells($first: Int, $filter: CustomerFilter) {
    customers(first: $first, filter: $filter) { edges { node { id traits { categoryCells { categoryId brandPreference usage } } } } }
  }
`);

export const CommunicationMatrixQuery = graphql(`
  query CommunicationMatrix {
    communicationMatrix { audience kinds }
  }
`);

export const UpdateCommunicationMatrix = graphql(`
  mutation UpdateCommunicationMatrix($input: UpdateCommunicationMatrixInput!) {
    updateCommunicationMatrix(input: $input) { audience kinds }
  }
`);
