/** A bound value that cannot be bound (a bad cursor, a page too large): the resolvers answer, with their error. */
export const REFUSED = Symbol("refused");

/** Thrown while compiling: the operation, under these variables, is not covered and runs through the resolvers. */
export class Unsupported extends Error {}

export const unsupported = (): never => {
  throw new Unsupported();
};
