import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context.js";
import { Customer } from "../customers/customers.types.js";
import { expectGlobalId } from "../graphql/global-id.js";
import { customerChangeStream, customersChangedStream } from "./customer-changes.js";
import { CustomerChange } from "./customer-changes.types.js";

@Resolver(() => CustomerChange)
export class CustomerChangeResolver {
  @Subscription(() => CustomerChange, {
    description:
      "One customer's profile, trait and segment changes as they commit (staff: anyone; a dealer: its customers; a customer: their own; traits for staff and the customer, segments for whoever may see the segment). Pass `after` (the last seq you have) to first receive what you missed, then live changes: no gap, no duplicate.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const { customerId, after } = args as { customerId: string; after?: number | null };
      return customerChangeStream(ctx.db, ctx.principal, ctx.shared.customerChangeNotices, expectGlobalId(customerId, "Customer", "customerId"), after);
    },
  })
  customerChanged(
    @Root() change: CustomerChange,
    @Arg("customerId", () => ID, { description: "The customer to follow." }) _customerId: string,
    @Arg("after", () => Int, { nullable: true, description: "The last seq already received; absent: only new changes." }) _after?: number,
  ): CustomerChange {
    return change;
  }

  @Subscription(() => CustomerChange, {
    description:
      "Live feed for dashboards: changes of every customer you may see (staff all, a dealer its own customers), as they commit. There is no resume cursor: load what you show, then subscribe (or follow one profile with customerChanged(after:)).",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      return customersChangedStream(ctx.db, ctx.principal, ctx.shared.customerChangeNotices);
    },
  })
  customersChanged(@Root() change: CustomerChange): CustomerChange {
    return change;
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The profile now, as you may read it." })
  customer(@Root() change: CustomerChange, @Ctx() ctx: Context) {
    return ctx.loaders.customers.customer.load(change.customerDbId);
  }
}
