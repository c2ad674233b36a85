import { graphql } from "../generated/index.js";

export const CreateWebhookEndpoint = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled dealerId } }
  }
`);

export const UpdateWebhookEndpoint = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) { endpoint { id url eventTypes enabled consecutiveFailures failingSince disabledReason } }
  }
`);

export const DeleteWebhookEndpoint = graphql(`
  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }
`);

export const WebhookEndpoints = graphql(`
  query WebhookEndpoints {
    webhookEndpoints(first: 50) { totalCount edges { node { id url enabled consecutiveFailures failingSince disabledAt disabledReason dealerId } } }
  }
`);

export const WebhookDeliveries = graphql(`
  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id eventId eventType status attempts nextAttemptAt lastAttemptAt deliveredAt responseStatus lastError replayOf createdAt } }
    }
  }
`);

export const ReplayWebhookDelivery = graphql(`
  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {
    replayWebhookDelivery(input: $input) { delivery { id eventId status replayOf } }
  }
`);
