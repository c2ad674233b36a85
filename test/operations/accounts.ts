import { graphql } from "../generated/index.js";

export const RegisterCustomer = graphql(`
  mutation RegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) { token customer { id displayName stage } }
  }
`);

export const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { token customer { id displayName } }
  }
`);

export const IssuePasswordReset = graphql(`
  mutation IssuePasswordReset($input: IssuePasswordResetInput!) {
    issuePasswordReset(input: $input) { token expiresAt }
  }
`);

export const ResetPassword = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) { token customer { id } }
  }
`);

export const Me = graphql(`
  query Me { customers(first: 5) { totalCount edges { node { id displayName emails { address } phones { e164 } } } } }
`);
