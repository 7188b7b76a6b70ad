import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { LatestItem } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import { pickVersion } from '../model/pick-version';
import './article-list.css';

interface Props {
  items: LatestItem[];
  lang: Lang;
  /** What the reader can do with an article from the list (save it), given the headline shown. */
  action?: (item: LatestItem, headline: string) => ReactNode;
}

/** Articles as a list of headline, date and summary; each in the interface language when it exists. */
export function ArticleList({ items, lang, action }: Props) {
  return (
    <ol className="article-list">
      {items.map((item) => {
        const versionLang = pickVersion({ versions: Object.keys(item.versions) as Lang[], original: item.original }, lang);
        const version = item.versions[versionLang];
        if (!version) return null;
        return (
          <li key={item.id}>
            <article className="article-card" {...langAttr(versionLang, lang)}>
              <h2>
                <Link to={paths.article(lang, item.id)}>{version.headline}</Link>
              </h2>
              <p className="article-card-date" {...langAttr(lang, versionLang)}>
                <DateText iso={item.publishedAt} lang={lang} />
              </p>
              <p>{version.summary}</p>
              {action && <div {...langAttr(lang, versionLang)}>{action(item, version.headline)}</div>}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
