import type { Entities, ShownEntities } from '../schema';

/**
 * The names a page needs, from the files it loaded: each derived file carries the people and awards it
 * shows (not the whole entities.json, which grows with every person the site names).
 */
export const entitiesOf = (...shown: ShownEntities[]): Entities => ({
  people: Object.assign({}, ...shown.map((part) => part.people)) as Entities['people'],
  organizations: {},
  awards: Object.assign({}, ...shown.map((part) => part.awards)) as Entities['awards'],
});
