import type { Block, Entities } from '../../../shared/content/schema';
import type { Lang } from '../../../shared/languages';
import { assertNever } from '../../../shared/assert-never';
import type { BlockActions } from '../model/block-actions';
import { AwardsBlock } from './awards-block';
import { QuoteBlock } from './quote-block';
import { TimelineBlock } from './timeline-block';

interface Props {
  block: Block;
  entities: Entities;
  /** The interface language. */
  lang: Lang;
  /** The language of the article text. */
  articleLang: Lang;
  actions?: BlockActions;
}

/** The one place that maps a block type to what the reader sees. */
export function ArticleBlock({ block, entities, lang, articleLang, actions }: Props) {
  switch (block.type) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'heading':
      return (
        <h2 id={block.id} tabIndex={block.id ? -1 : undefined}>
          {block.text}
        </h2>
      );
    case 'quote':
      return <QuoteBlock block={block} entities={entities} lang={lang} articleLang={articleLang} actions={actions} />;
    case 'awards':
      return <AwardsBlock block={block} entities={entities} lang={lang} articleLang={articleLang} actions={actions} />;
    case 'timeline':
      return <TimelineBlock block={block} lang={lang} articleLang={articleLang} actions={actions} />;
    default:
      return assertNever(block);
  }
}
