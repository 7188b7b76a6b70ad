import * as v from 'valibot';
import { NamedPerson, Slug, Text } from '../../fields';
import { defineBlock, type Anchor } from '../block-definition';

const schema = v.strictObject({
  type: v.literal('quote'),
  id: Slug,
  text: Text,
  speaker: v.union([Slug, NamedPerson], 'a person id or { name, role }'),
});
/** A person named in place, with their name and role converted. */
const mapNamed = (person: { name: string; role?: string }, convert: (text: string) => string) => ({
  name: convert(person.name),
  ...(person.role !== undefined && { role: convert(person.role) }),
});

export type QuoteBlock = v.InferOutput<typeof schema>;

export const quoteAnchor = (block: QuoteBlock): Anchor => ({ id: block.id, path: ['id'], label: 'share.copyQuoteLink' });

/** A direct quote and who said it: a person in entities.json, or one named in place. */
export const quote = defineBlock(schema)({
  readingText: (block) => [block.text],
  searchText: (block) => (typeof block.speaker === 'string' ? [block.text] : [block.text, block.speaker.name, block.speaker.role ?? '']),
  mapText: (block, convert) => ({
    ...block,
    text: convert(block.text),
    speaker: typeof block.speaker === 'string' ? block.speaker : mapNamed(block.speaker, convert),
  }),
  anchors: (block) => [quoteAnchor(block)],
  check: (block, { entities }) =>
    typeof block.speaker === 'string' && !entities.people[block.speaker]
      ? [{ path: ['speaker'], message: `unknown person "${block.speaker}"; add it to entities.json people or write { "name": … }` }]
      : [],
  sample: {
    count: ({ int }) => int(0, 3),
    place: 'any',
    make: ({ random, pick, people, namedPerson, text }, n) => {
      const words = text.quote();
      const id = `q-${n}`;
      if (random() < 0.75) {
        const speaker = pick(people);
        return (lang) => ({ type: 'quote', id, text: words(lang), speaker });
      }
      const named = namedPerson();
      return (lang) => ({
        type: 'quote',
        id,
        text: words(lang),
        speaker: { name: named.name(lang), ...(named.role && { role: named.role(lang) }) },
      });
    },
  },
  hostile: ({ label, scripts, oddities }) => [
    {
      type: 'quote',
      id: 'hostile-quote-1',
      text: `${scripts[0]} ${scripts[1]} ${oddities.arabic}`,
      speaker: { name: `${label} ${scripts[1]}`, role: `${scripts[2]} ${oddities.hebrew}` },
    },
    {
      type: 'quote',
      id: 'hostile-quote-2',
      text: `${scripts[5]} ${scripts[6]} ${oddities.joiners}`,
      speaker: { name: `${label} ${scripts[5]}`, role: scripts[3]! },
    },
  ],
});
