import { registerEnumType } from "type-graphql";

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Ascending or descending.",
  valuesConfig: {
    ASC: { description: "Smallest, earliest or A first." },
    DESC: { description: "Largest, latest or Z first." },
  },
});
