import type { BlockViewProps } from '../article-block';
import { Link } from 'react-router-dom';
import { langAttr } from '../../../shared/ui/lang-attr';
import { personLabel } from '../../entities/entity-names';
import { quoteMarks } from '../../../shared/format/quote-marks';
import { paths } from '../../../shared/paths';
import { quoteAnchor, type QuoteBlock as Quote } from './quote';
import './quote-block.css';

/** A direct quote; the speaker follows the words, so it reads aloud in the order people say it. */
export function QuoteBlock({ block, entities, lang, articleLang, actions }: BlockViewProps<Quote>) {
  const speaker = personLabel(block.speaker, entities, lang, articleLang);
  // A registered speaker has a page of their own.
  const registered = typeof block.speaker === 'string' && entities.people[block.speaker] ? block.speaker : undefined;
  const marks = quoteMarks(block.text, articleLang);
  return (
    <figure className="quote" id={block.id} tabIndex={-1}>
      <blockquote>
        <p>
          {marks.open}
          {block.text}
          {marks.close}
        </p>
      </blockquote>
      <figcaption>
        {registered ? (
          <Link className="quote-speaker" to={paths.person(lang, registered)} {...langAttr(speaker.name.lang, articleLang)}>
            {speaker.name.text}
          </Link>
        ) : (
          <span className="quote-speaker" {...langAttr(speaker.name.lang, articleLang)}>
            {speaker.name.text}
          </span>
        )}
        {speaker.role && (
          <span className="quote-role" {...langAttr(speaker.role.lang, articleLang)}>
            {speaker.role.text}
          </span>
        )}
        {/* Inside the caption: a figure's caption must be its first or last child (HTML's content model). */}
        {actions && <div {...langAttr(lang, articleLang)}>{actions({ ...quoteAnchor(block), label: 'share.copyQuoteLink' })}</div>}
      </figcaption>
    </figure>
  );
}
