import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { foundOr } from "../errors.js";
import { duplicateCandidates } from "./duplicates.service.js";
import { ingestSourceRecords } from "./ingest.service.js";
import { DetachSourceRecordInput, DetachSourceRecordPayload, IngestSourceRecordsInput, MergeCustomersInput, MergeCustomersPayload, UnmergeCustomerInput, UnmergeCustomerPayload } from "./identity.inputs.js";
import { toCustomerMerge, toDetachPayload, toDuplicateCandidate, toIngestPayload, toMergePreview } from "./identity.mapper.js";
import { detachSourceRecord } from "./detach.service.js";
import { CustomerMerge, DuplicateCandidate, IngestedSourceRecord, IngestSourceRecordsPayload, MergePreview, SourceIdentity } from "./identity.types.js";
import { mergeCustomers, previewMergeCustomers, unmergeCustomer } from "./merge.service.js";

@Resolver(() => Customer)
export class CustomerIdentityResolver {
  @FieldResolver(() => [SourceIdentity], { description: "The ids this customer has in the web shop, the hotline, dealer and repair systems." })
  sourceIdentities(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.identity.identities.load(customer.dbId);
  }
}

@Resolver()
export class IdentityResolver {
  @Authorized("ADMIN", "AGENT", "DEALER")
  @Mutation(() => IngestSourceRecordsPayload, {
    description:
      "Store a batch of one source's records and link each to a profile by the match rules. Idempotent: the same batch twice changes nothing. A dealer imports only into its own source, dealer-<its code>.",
  })
  async ingestSourceRecords(@Ctx() ctx: Context, @Arg("input", () => IngestSourceRecordsInput) input: IngestSourceRecordsInput) {
    return toIngestPayload(await ingestSourceRecords(ctx.db, ctx.principal, input, ctx.shared.identity, ctx.shared.reactions.identityRelinked));
  }

  @Authorized("ADMIN", "AGENT")
  @Query(() => [DuplicateCandidate], { nullable: true, description: "Profiles that may be the same person as this one, best first, with score and reasons." })
  async duplicateCandidates(@Ctx() ctx: Context, @Arg("customerId", () => ID) customerId: string) {
    const found = await duplicateCandidates(ctx.db, ctx.principal, customerId, ctx.shared.identity, (id) => ctx.loaders.customers.customer.load(id));
    return (await foundOr(found, "Customer", "customerId")).map(toDuplicateCandidate);
  }

  @Authorized("ADMIN", "AGENT")
  @Mutation(() => MergePreview, { description: "What mergeCustomers would produce, without writing anything." })
  async previewMergeCustomers(@Ctx() ctx: Context, @Arg("input", () => MergeCustomersInput) input: MergeCustomersInput) {
    return toMergePreview(await previewMergeCustomers(ctx.db, ctx.principal, input, ctx.shared.identity, ctx.shared.reactions.identityRelinked));
  }

  @Authorized("ADMIN")
  @Mutation(() => MergeCustomersPayload, {
    description: "Merge one profile into another: links, orders, vehicles, interactions, cases... move to the survivor; the merged id keeps resolving to it. Reversible with unmergeCustomer.",
  })
  async mergeCustomers(@Ctx() ctx: Context, @Arg("input", () => MergeCustomersInput) input: MergeCustomersInput) {
    const result = await mergeCustomers(ctx.db, ctx.principal, input, ctx.shared.identity, ctx.shared.reactions.identityRelinked);
    return Object.assign(new MergeCustomersPayload(), { survivor: result.survivor, merge: toCustomerMerge(result.merge) });
  }

  @Authorized("ADMIN")
  @Mutation(() => UnmergeCustomerPayload, { description: "Undo the latest merge of a merged-away profile: everything that moved goes back." })
  async unmergeCustomer(@Ctx() ctx: Context, @Arg("input", () => UnmergeCustomerInput) input: UnmergeCustomerInput) {
    const result = await unmergeCustomer(ctx.db, ctx.principal, input, ctx.shared.reactions.identityRelinked);
    return Object.assign(new UnmergeCustomerPayload(), { survivor: result.survivor, restored: result.restored, merge: toCustomerMerge(result.merge) });
  }

  @Authorized("ADMIN")
  @Mutation(() => DetachSourceRecordPayload, {
    description:
      "Split one source record (a wrong automatic link, a bridging record) off its profile, onto a new profile or onto another one, with the contacts only it brought. Audited on both profiles and shown on both timelines; undone by detaching it back onto the profile it came from.",
  })
  async detachSourceRecord(@Ctx() ctx: Context, @Arg("input", () => DetachSourceRecordInput) input: DetachSourceRecordInput) {
    return toDetachPayload(await detachSourceRecord(ctx.db, ctx.principal, input, ctx.shared.identity, ctx.shared.reactions.identityRelinked));
  }
}

@Resolver(() => IngestedSourceRecord)
export class IngestedSourceRecordResolver {
  @FieldResolver(() => Customer, { nullable: true, description: "The profile the record is linked to (null where you may not see it)." })
  customer(@Root() record: IngestedSourceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(record.customerDbId);
  }
}

@Resolver(() => DuplicateCandidate)
export class DuplicateCandidateResolver {
  @FieldResolver(() => Customer, { nullable: true, description: "The profile that may be the same person; null when it is outside the caller's scope." })
  customer(@Root() candidate: DuplicateCandidate, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(candidate.customerDbId);
  }
}

@Resolver(() => CustomerMerge)
export class CustomerMergeResolver {
  @FieldResolver(() => Customer, { nullable: true, description: "The profile that stayed." })
  survivor(@Root() merge: CustomerMerge, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(merge.survivorDbId);
  }
}

