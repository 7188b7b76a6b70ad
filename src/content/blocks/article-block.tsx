import type { ComponentType } from 'react';
import type { Entities } from '../schema';
import type { Lang } from '../../shared/languages';
import type { BlockActions } from './block-actions';
import type { Block, BlockOf, BlockType } from './registry';
import { AwardsBlock } from './awards/awards-block';
import { HeadingBlock } from './heading/heading-block';
import { ImageBlock } from './image/image-block';
import { ParagraphBlock } from './paragraph/paragraph-block';
import { QuoteBlock } from './quote/quote-block';
import { TimelineBlock } from './timeline/timeline-block';

/** What every block's component is given. */
export interface BlockViewProps<T extends Block> {
  block: T;
  entities: Entities;
  /** The interface language. */
  lang: Lang;
  /** The language of the article text. */
  articleLang: Lang;
  /** The article the block is in; its files (photos) are stored with it. */
  articleId: string;
  /** Whether the block opens the article (a lead photo loads at once). */
  lead: boolean;
  actions?: BlockActions;
}

/** The component that shows each block type: a type without one is a type error. */
const views: { [K in BlockType]: ComponentType<BlockViewProps<BlockOf<K>>> } = {
  paragraph: ParagraphBlock,
  heading: HeadingBlock,
  quote: QuoteBlock,
  awards: AwardsBlock,
  timeline: TimelineBlock,
  image: ImageBlock,
};

/** The one place that maps a block type to what the reader sees. */
export function ArticleBlock(props: BlockViewProps<Block>) {
  const View = views[props.block.type] as ComponentType<BlockViewProps<Block>>;
  return <View {...props} />;
}
