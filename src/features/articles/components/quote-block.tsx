import { Link } from 'react-router-dom';
import type { Entities, Lang, QuoteBlock as Quote } from '../../../shared/content/schema';
import { langAttr } from '../../../shared/ui/lang-attr';
import type { BlockActions } from '../model/block-actions';
import { personLabel } from '../../../shared/entities/entity-names';
import { quoteMarks } from '../../../shared/format/quote-marks';
import { paths } from '../../../shared/paths';

interface Props {
  block: Quote;
  entities: Entities;
  lang: Lang;
  articleLang: Lang;
  actions?: BlockActions;
}

/** A direct quote; the speaker follows the words, so it reads aloud in the order people say it. */
export function QuoteBlock({ block, entities, lang, articleLang, actions }: Props) {
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
        {actions && <div {...langAttr(lang, articleLang)}>{actions({ kind: 'quote', id: block.id })}</div>}
      </figcaption>
    </figure>
  );
}
