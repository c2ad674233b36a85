import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({ description: "An object with a globally unique, opaque id (Relay)." })
export abstract class Node {
  @Field(() => ID, { description: "Global opaque id; pass it to node(id:) to fetch the object again." })
  id!: string;
}
