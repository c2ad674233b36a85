import { graphql } from "../generated/index.js";

export const CreateCampaign = graphql(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) { campaign { id name kind channel audience status dealerId counts { pending sent skipped deferred } } }
  }
`);

export const PreviewCampaign = graphql(`
  query PreviewCampaign($input: CampaignInput!) {
    previewCampaign(input: $input) { funnel { step remaining } willSend deferred sample { customer { id } subject body } }
  }
`);

export const SendCampaign = graphql(`
  mutation SendCampaign($input: SendCampaignInput!) { sendCampaign(input: $input) { campaign { id status sentAt counts { pending } } } }
`);

export const Campaigns = graphql(`
  query Campaigns {
    campaigns(first: 50) { totalCount edges { node { id name status dealerId counts { pending deferred sent skipped } } } }
  }
`);
