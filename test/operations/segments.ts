import { graphql } from "../generated/index.js";

export const PreviewSegment = graphql(`
  query PreviewSegment($rule: CustomerRule!) { previewSegment(rule: $rule) { size sample { id } } }
`);

export const Segments = graphql(`
  query Segments { segments { id code name size rule members(first: 100) { totalCount edges { node { id } } } } }
`);

export const SegmentSizes = graphql(`
  query SegmentSizes { segments { id code rule size sizeSuppressed } }
`);

export const CreateSegment = graphql(`
  mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { id code name description size members(first: 100) { totalCount edges { node { id } } } } }
`);

export const UpdateSegment = graphql(`
  mutation UpdateSegment($input: UpdateSegmentInput!) { updateSegment(input: $input) { id name size members(first: 100) { totalCount edges { node { id } } } } }
`);

export const DeleteSegment = graphql(`
  mutation DeleteSegment($input: DeleteSegmentInput!) { deleteSegment(input: $input) { segmentId } }
`);

export const CustomerSegments = graphql(`
  query CustomerSegments($id: ID!) { customer(id: $id) { segments { code } } }
`);

export const CustomersInSegments = graphql(`
  query CustomersInSegments($ids: [ID!]!) { customers(first: 100, filter: { segmentIds: $ids }) { totalCount edges { node { id } } } }
`);

export const SegmentTimeline = graphql(`
  query SegmentTimeline($id: ID!) {
    customer(id: $id) { timeline(first: 50, filter: { kinds: [SEGMENT_ENTERED, SEGMENT_LEFT] }) { edges { node { kind title refId occurredAt } } } }
  }
`);

export const SegmentMembershipChanged = graphql(`
  subscription SegmentMembershipChanged($segmentId: ID) { segmentMembershipChanged(segmentId: $segmentId) { segmentId customerId change at } }
`);
