import * as v from 'valibot';
import { Slug, Text } from '../../fields';
import { defineBlock } from '../block-definition';

/** A sub-heading; with an id, a reader can link to the section it starts. */
export const heading = defineBlock(v.strictObject({ type: v.literal('heading'), text: Text, id: v.optional(Slug) }))({
  readingText: (block) => [block.text],
  searchText: (block) => [block.text],
  mapText: (block, convert) => ({ ...block, text: convert(block.text) }),
  // Linkable, but not copied from a button: the section's address is its heading's.
  anchors: (block) => (block.id ? [{ id: block.id, path: ['id'], label: null }] : []),
  sample: {
    count: ({ random }) => (random() < 0.4 ? 1 : 0),
    place: 'section',
    make: ({ text, random }) => {
      const words = text.heading();
      const id = random() < 0.5 ? 'section-1' : undefined;
      return (lang) => ({ type: 'heading', text: words(lang), ...(id && { id }) });
    },
  },
  hostile: ({ label, scripts }) => [{ type: 'heading', id: 'hostile-heading', text: `${label} ${scripts[5]} ${scripts[6]}` }],
});

export type HeadingBlock = v.InferOutput<typeof heading.schema>;
