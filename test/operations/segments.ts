import { graphql } from "../generated/index.js";

export const PreviewSegment = graphql(`
  query PreviewSegment($rule: CustomerRule!) { previewSegment(rule: $rule) { size sample { id } } }
`);

export const Segments = graphql(`
  query Segments { segments { id code name size rule members(first: 100) { totalCount edges { node { id } } } } }
`);

export const CreateSegment = graphql(`
  mutation CreateSegment($input: CreateSegmentInput!) { createSegment(input: $input) { id code name description size } }
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
