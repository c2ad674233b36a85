import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { COMMUNICATION_AUDIENCES, type CommunicationAudience, type CommunicationKind } from "./communication-plan.js";
import { CommunicationKindEnum } from "./traits.types.js";

const CommunicationAudienceEnum = Object.fromEntries(COMMUNICATION_AUDIENCES.map((a) => [a, a])) as { [K in CommunicationAudience]: K };

registerEnumType(CommunicationAudienceEnum, {
  name: "CommunicationAudience",
  description: "Who a row of the communication matrix is for.",
  valuesConfig: {
    VERY_LOYAL: { description: "Customers of the VERY_LOYAL tier." },
    REGULAR: { description: "Customers of the REGULAR tier." },
    OCCASIONAL: { description: "Customers of the OCCASIONAL tier." },
    NO_PURCHASE: { description: "Profiles without a purchase yet (no tier)." },
    LAPSED: { description: "Customers whose stage is LAPSED, whatever their tier." },
  },
});

@ObjectType({ description: "One row of the communication matrix: the kinds of message an audience may be sent (consents still apply)." })
export class CommunicationRule {
  @Field(() => CommunicationAudienceEnum, { description: "Who the row is for." })
  audience!: CommunicationAudience;

  @Field(() => [CommunicationKindEnum], { description: "The kinds of message this audience may get; service reminders and recalls follow vehicle ownership instead." })
  kinds!: CommunicationKind[];
}

@InputType({ description: "The kinds of message one audience may get." })
export class CommunicationRuleInput {
  @Field(() => CommunicationAudienceEnum)
  audience!: CommunicationAudience;

  @Field(() => [CommunicationKindEnum], { description: "GREETING, BIRTHDAY, RECOMMENDATION, OFFER, REACTIVATION; none means nothing by the tier." })
  kinds!: CommunicationKind[];
}

@InputType({ description: "New rows for some audiences of the communication matrix; the others stay." })
export class UpdateCommunicationMatrixInput {
  @Field(() => [CommunicationRuleInput])
  rules!: CommunicationRuleInput[];
}
