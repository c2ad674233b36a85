import { graphql } from "../generated/index.js";

export const IngestInteractions = graphql(`
  mutation IngestInteractions($input: IngestInteractionsInput!) {
    ingestInteractions(input: $input) {
      summary { created updated unchanged pending quarantined rejected }
      interactions { index interactionId outcome state warnings { code field message }
        interaction { id channel direction type subject notes agent outcome occurredAt source sourceInteractionId dealer { code } }
        customer { id } }
      rejected { index interactionId code field message }
    }
  }
`);

export const DeleteIngestedInteractions = graphql(`
  mutation DeleteIngestedInteractions($input: DeleteIngestedInteractionsInput!) {
    deleteIngestedInteractions(input: $input) { deleted unknown }
  }
`);

/** A customer's interactions and timeline, as the 360° view shows them. */
export const CustomerInteractions = graphql(`
  query CustomerInteractions($id: ID!) {
    customer(id: $id) {
      interactions(first: 50) { totalCount edges { node { type channel subject source sourceInteractionId } } }
      timeline(first: 50) { edges { node { kind title occurredAt } } }
    }
  }
`);
