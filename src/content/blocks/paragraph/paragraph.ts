import * as v from 'valibot';
import { Text } from '../../fields';
import { defineBlock } from '../block-definition';

/** A paragraph of the article's text. */
export const paragraph = defineBlock(v.strictObject({ type: v.literal('paragraph'), text: Text }))({
  readingText: (block) => [block.text],
  searchText: (block) => [block.text],
  mapText: (block, convert) => ({ ...block, text: convert(block.text) }),
  anchors: () => [],
  sample: {
    count: ({ int }) => int(2, 6),
    place: 'any',
    make: ({ text }) => {
      const words = text.paragraph();
      return (lang) => ({ type: 'paragraph', text: words(lang) });
    },
  },
  // One paragraph per payload, so each can be found on its own, and each odd text on its own.
  hostile: ({ label, scripts, oddities }) =>
    [...scripts.map((script) => `${label}: ${script}`), ...Object.values(oddities)].map((text) => ({ type: 'paragraph' as const, text })),
});

export type ParagraphBlock = v.InferOutput<typeof paragraph.schema>;
