import { Link } from 'react-router-dom';
import type { LatestItem } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import { pickVersion } from '../model/pick-version';
import './article-list.css';

/** Articles as a list of headline, date and summary; each in the interface language when it exists. */
export function ArticleList({ items, lang }: { items: LatestItem[]; lang: Lang }) {
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
            </article>
          </li>
        );
      })}
    </ol>
  );
}
