import { graphql } from "../generated/index.js";

export const LogInteraction = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) { interaction { id type channel subject agent dealer { id } } }
  }
`);

export const OpenCase = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { case { id number status priority openedAt dueAt againstDealer { id } } }
  }
`);

export const AssignCase = graphql(`mutation AssignCase($input: CaseActionInput!) { assignCase(input: $input) { case { status assignee } } }`);
export const CommentOnCase = graphql(`mutation CommentOnCase($input: CaseActionInput!) { commentOnCase(input: $input) { case { status } } }`);
export const ResolveCase = graphql(`mutation ResolveCase($input: CaseActionInput!) { resolveCase(input: $input) { case { status resolution resolvedAt } } }`);
export const ReopenCase = graphql(`mutation ReopenCase($input: CaseActionInput!) { reopenCase(input: $input) { case { status resolvedAt } } }`);
export const CloseCase = graphql(`mutation CloseCase($input: CaseActionInput!) { closeCase(input: $input) { case { status } } }`);
