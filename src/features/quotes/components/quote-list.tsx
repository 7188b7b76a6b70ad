import type { Entities, QuoteEntry as Entry } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { QuoteEntry } from './quote-entry';
import './quote-list.css';

interface Props {
  items: Entry[];
  entities: Entities;
  lang: Lang;
  showSpeaker?: boolean;
}

/** Quotes from the index as a list, in the order given (newest first). */
export function QuoteList({ items, entities, lang, showSpeaker }: Props) {
  return (
    <ol className="quote-list">
      {items.map((entry) => (
        <li key={`${entry.articleId}#${entry.blockId}`}>
          <QuoteEntry entry={entry} entities={entities} lang={lang} showSpeaker={showSpeaker} />
        </li>
      ))}
    </ol>
  );
}
