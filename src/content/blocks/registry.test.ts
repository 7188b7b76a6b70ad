import type { ComponentType } from 'react';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { BlockViewProps } from './article-block';
import { defineBlock } from './block-definition';
import { BLOCK_TYPES, blockDefinitions, type BlockOf, type BlockType } from './registry';

// Checked by `tsc -p .`: each line after `@ts-expect-error` must be a type error, or type-checking fails.
describe('a block type left incomplete', () => {
  const schema = v.strictObject({ type: v.literal('pullquote'), text: v.string() });
  const complete = {
    readingText: () => [],
    searchText: () => [],
    anchors: () => [],
    sample: { count: () => 0, place: 'any' as const, make: () => () => ({ type: 'pullquote' as const, text: 'x' }) },
    hostile: () => [],
    mapText: (block: { type: 'pullquote'; text: string }) => block,
  };
  const without = <K extends keyof typeof complete>(part: K): Omit<typeof complete, K> => {
    return Object.fromEntries(Object.entries(complete).filter(([key]) => key !== part)) as Omit<typeof complete, K>;
  };

  it('is a type error for each part it lacks', () => {
    expect(defineBlock(schema)(complete).schema).toBe(schema);
    // @ts-expect-error: a block without its searchable text would be missing from search
    defineBlock(schema)(without('searchText'));
    // @ts-expect-error: a block without its reading-time words
    defineBlock(schema)(without('readingText'));
    // @ts-expect-error: a block that does not say what a reader can link to
    defineBlock(schema)(without('anchors'));
    // @ts-expect-error: a block the test corpus cannot make
    defineBlock(schema)(without('sample'));
    // @ts-expect-error: a block without its hostile variant for the XSS suite
    defineBlock(schema)(without('hostile'));
    // @ts-expect-error: a block a derived edition (kk-Latn) could not convert
    defineBlock(schema)(without('mapText'));
    // @ts-expect-error: a sample that makes another block type than the schema's
    defineBlock(schema)({ ...complete, sample: { ...complete.sample, make: () => () => ({ type: 'paragraph' as const, text: 'x' }) } });
  });

  it('without a component is a type error', () => {
    const View: ComponentType = () => null;
    // @ts-expect-error: the renderer has no component for photos
    const views: { [K in BlockType]: ComponentType<BlockViewProps<BlockOf<K>>> } = {
      paragraph: View,
      heading: View,
      quote: View,
      awards: View,
      timeline: View,
    };
    expect(Object.keys(views)).not.toContain('image');
  });
});

describe('the registry', () => {
  it('lists every block type once, each under the type its own schema takes', () => {
    expect(BLOCK_TYPES).toEqual(['paragraph', 'heading', 'quote', 'awards', 'timeline', 'image']);
    for (const type of BLOCK_TYPES) {
      const typeProblems = (input: unknown) =>
        (v.safeParse(blockDefinitions[type].schema, input).issues ?? []).filter((issue) => issue.path?.[0]?.key === 'type');
      expect(typeProblems({ type }), type).toEqual([]);
      expect(typeProblems({ type: `${type}-other` }), type).toHaveLength(1);
    }
  });
});
