/** Makes a `switch` over a union exhaustive: a new member that is not handled fails type-check. */
export const assertNever = (value: never): never => {
  throw new Error(`unhandled value: ${JSON.stringify(value)}`);
};
