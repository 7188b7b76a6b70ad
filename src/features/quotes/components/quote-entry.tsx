import { Link } from 'react-router-dom';
import { pickLang } from '../../../content/per-lang';
import type { Entities, QuoteEntry as Entry } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { personLabel } from '../../../content/entities/entity-names';
import { quoteMarks } from '../../../shared/format/quote-marks';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import '../../../content/blocks/quote/quote-block.css';
import './quote-entry.css';

interface Props {
  entry: Entry;
  entities: Entities;
  lang: Lang;
  /** Off on a person's own page, where every quote is theirs. */
  showSpeaker?: boolean;
}

/**
 * One quote from the index, read in the order people say it: the words, who said them, and where (the
 * date and the article, linked to the quote's own place in it).
 */
export function QuoteEntry({ entry, entities, lang, showSpeaker = true }: Props) {
  const text = pickLang(entry.texts, lang, entry.original);
  const headline = pickLang(entry.headlines, lang, entry.original);
  if (!text) return null;
  const marks = quoteMarks(text.value, text.lang);
  return (
    <figure className="quote quote-entry">
      <blockquote {...langAttr(text.lang, lang)}>
        <p>
          {marks.open}
          {text.value}
          {marks.close}
        </p>
      </blockquote>
      <figcaption>
        {showSpeaker && <Speaker entry={entry} entities={entities} lang={lang} />}
        <span className="quote-source">
          <DateText iso={entry.publishedAt} lang={lang} />
          {headline && (
            <>
              {', '}
              <Link to={paths.article(lang, entry.articleId, entry.blockId)} {...langAttr(headline.lang, lang)}>
                {headline.value}
              </Link>
            </>
          )}
        </span>
      </figcaption>
    </figure>
  );
}

/** A registered speaker in the interface language, linked to their page; anyone else as the article names them. */
function Speaker({ entry, entities, lang }: { entry: Entry; entities: Entities; lang: Lang }) {
  if (entry.speakerId) {
    const label = personLabel(entry.speakerId, entities, lang, entry.original);
    return (
      <>
        <Link className="quote-speaker" to={paths.person(lang, entry.speakerId)} {...langAttr(label.name.lang, lang)}>
          {label.name.text}
        </Link>
        {label.role && (
          <span className="quote-role" {...langAttr(label.role.lang, lang)}>
            {label.role.text}
          </span>
        )}
      </>
    );
  }
  const named = entry.speakerNames && pickLang(entry.speakerNames, lang, entry.original);
  if (!named) return null;
  return (
    <>
      <span className="quote-speaker" {...langAttr(named.lang, lang)}>
        {named.value.name}
      </span>
      {named.value.role && (
        <span className="quote-role" {...langAttr(named.lang, lang)}>
          {named.value.role}
        </span>
      )}
    </>
  );
}
