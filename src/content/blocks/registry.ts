// Every block type an article can hold, each defined once in its own folder (schema, texts, anchors,
// checks, test samples), and shown by the component named for it in article-block.tsx. Adding a block type:
// docs/recipes/add-a-block-type.md.
import * as v from 'valibot';
import type { BlockDefinition } from './block-definition';
import { awards } from './awards/awards';
import { heading } from './heading/heading';
import { image } from './image/image';
import { paragraph } from './paragraph/paragraph';
import { quote } from './quote/quote';
import { timeline } from './timeline/timeline';

export const blockDefinitions = { paragraph, heading, quote, awards, timeline, image } as const;

type Definitions = typeof blockDefinitions;
export type BlockType = keyof Definitions;
/** One block of an article, of any type. */
export type Block = { [K in BlockType]: v.InferOutput<Definitions[K]['schema']> }[BlockType];
/** The block of one type. */
export type BlockOf<K extends BlockType> = Extract<Block, { type: K }>;

export const BLOCK_TYPES = Object.keys(blockDefinitions) as BlockType[];

/** The definition of a block's own type. */
export const definitionOf = <K extends BlockType>(block: BlockOf<K>): BlockDefinition<BlockOf<K>> =>
  blockDefinitions[block.type as K] as unknown as BlockDefinition<BlockOf<K>>;

const typeList = `${BLOCK_TYPES.slice(0, -1).join(', ')} or ${BLOCK_TYPES.at(-1)}`;

export const BlockSchema = v.variant(
  'type',
  Object.values(blockDefinitions).map((definition) => definition.schema),
  `a block type: ${typeList}`,
) as unknown as v.GenericSchema<unknown, Block>;
