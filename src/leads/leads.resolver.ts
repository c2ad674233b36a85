import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { ConnectionArgs } from "../graphql/connection.js";
import { Dealer } from "../organisations/organisations.types.js";
import { VehicleModel } from "../vehicles/vehicles.types.js";
import { assignLead, captureLead, changeLeadInterest, leadConversion, listLeads, updateLeadStatus } from "./leads.service.js";
import {
  AssignLeadInput,
  CaptureLeadInput,
  CaptureLeadPayload,
  ChangeLeadInterestInput,
  Lead,
  LeadConnection,
  LeadConversionInput,
  LeadConversionRow,
  LeadFilter,
  LeadPayload,
  LeadStatusChange,
  UpdateLeadStatusInput,
} from "./leads.types.js";

@Resolver(() => Lead)
export class LeadResolver {
  @Mutation(() => CaptureLeadPayload, {
    description:
      "Capture a prospect's interest in a model: the public web form (no sign-in, a few per hour per address, THROTTLED beyond), a dealer's showroom or event, or the hotline. The person is matched to a profile like any source record; the marketing consent given is recorded.",
  })
  captureLead(@Ctx() ctx: Context, @Arg("input", () => CaptureLeadInput) input: CaptureLeadInput) {
    return captureLead(ctx.db, ctx.principal, input, {
      identity: ctx.shared.identity,
      onRelinked: ctx.shared.reactions.identityRelinked,
      captures: ctx.shared.leadCaptures,
      clientAddress: ctx.clientAddress,
    });
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Query(() => LeadConnection, { description: "Leads you may work, newest first: staff all, a dealer those assigned to it." })
  leads(@Ctx() ctx: Context, @Args(() => ConnectionArgs) page: ConnectionArgs, @Arg("filter", () => LeadFilter, { nullable: true }) filter?: LeadFilter) {
    return listLeads(ctx.db, ctx.principal, filter, page);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => LeadPayload, { description: "Move a lead through the funnel (staff, or the dealer it is assigned to); WON records the sale of the vehicle named by its VIN." })
  updateLeadStatus(@Ctx() ctx: Context, @Arg("input", () => UpdateLeadStatusInput) input: UpdateLeadStatusInput) {
    return updateLeadStatus(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => LeadPayload, { description: "Change the model a lead is about (staff, or the dealer it is assigned to); audited (LEAD_INTEREST_CHANGE)." })
  changeLeadInterest(@Ctx() ctx: Context, @Arg("input", () => ChangeLeadInterestInput) input: ChangeLeadInterestInput) {
    return changeLeadInterest(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => LeadPayload, { description: "Hand a lead to a dealership (staff)." })
  assignLead(@Ctx() ctx: Context, @Arg("input", () => AssignLeadInput) input: AssignLeadInput) {
    return assignLead(ctx.db, ctx.principal, input);
  }

  @Authorized("ADMIN", "AGENT", "DEALER")
  @Query(() => [LeadConversionRow], { description: "Conversion of the leads captured in a period, per dealership and source (staff all, a dealer its own)." })
  leadConversion(@Ctx() ctx: Context, @Arg("input", () => LeadConversionInput, { nullable: true }) input?: LeadConversionInput) {
    return leadConversion(ctx.db, ctx.principal, input);
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The prospect's profile (merges followed); null where you may not see it." })
  customer(@Root() lead: Lead, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(lead.customerDbId);
  }

  @FieldResolver(() => VehicleModel, { nullable: true, description: "The model of interest." })
  model(@Root() lead: Lead, @Ctx() ctx: Context) {
    return ctx.loaders.vehicles.model.load(lead.modelDbId);
  }

  @FieldResolver(() => Dealer, { nullable: true, description: "The dealership working the lead; null until one is assigned." })
  dealer(@Root() lead: Lead, @Ctx() ctx: Context) {
    return lead.dealerDbId ? ctx.loaders.organisations.dealer.load(lead.dealerDbId) : null;
  }

  @FieldResolver(() => [LeadStatusChange], { description: "Every step through the funnel, oldest first, with who took it." })
  history(@Root() lead: Lead, @Ctx() ctx: Context) {
    return ctx.loaders.leads.history.load(lead.dbId);
  }
}

@Resolver(() => LeadConversionRow)
export class LeadConversionResolver {
  @FieldResolver(() => Dealer, { nullable: true, description: "The dealership; null for leads no dealership was assigned." })
  dealer(@Root() row: LeadConversionRow, @Ctx() ctx: Context) {
    return row.dealerDbId ? ctx.loaders.organisations.dealer.load(row.dealerDbId) : null;
  }
}
