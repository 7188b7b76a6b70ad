/** An id as the content schema allows it (people, awards, articles): checked before it goes into a data address. */
export const isSlug = (value: string): boolean => value.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
