import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { articleQuery, articleVersionsQuery } from '../../features/articles/api/get-article';
import { ArticleNeighbours } from '../../features/articles/components/article-neighbours';
import { ArticleView } from '../../features/articles/components/article-view';
import { ReadingProgress } from '../../features/articles/components/reading-progress';
import { useKeepOpened } from '../../features/offline/model/use-keep-opened';
import { SaveButton } from '../../features/saved/components/save-button';
import { pickVersion } from '../../features/articles/model/pick-version';
import { useLanguageIntent } from '../../features/language/model/language-intent';
import { entitiesOf } from '../../content/entities/get-entities';
import { CopyLinkButton } from '../../features/sharing/components/copy-link-button';
import { ShareBar } from '../../features/sharing/components/share-bar';
import { NotFoundError } from '../../shared/api/not-found';
import { isDraft } from '../../content/drafts';
import { isId } from '../../content/fields';
import { paths } from '../../shared/paths';
import { dataFiles } from '../../content/data-files';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { useLang } from '../use-lang';

// Drafts exist only in development (the build never publishes them): the review is not in production code.
const DraftReview = import.meta.env.DEV
  ? lazy(() => import('../../features/articles/components/draft-review').then((module) => ({ default: module.DraftReview })))
  : () => null;

export function ArticlePage() {
  const lang = useLang();
  const { id = '' } = useParams();
  if (!isId(id)) throw new NotFoundError('article');
  return <Article id={id} lang={lang} />;
}

function Article({ id, lang }: { id: string; lang: ReturnType<typeof useLang> }) {
  const { t } = useTranslation();
  // The versions file carries the names the article shows; the text follows once we know which version to show.
  const { data: versions } = useSuspenseQuery(articleVersionsQuery(id));
  const { data: article } = useSuspenseQuery(articleQuery(id, pickVersion(versions, lang)));
  const entities = entitiesOf(versions.entities);
  const queryClient = useQueryClient();
  // The other language versions, once the reader means to switch: the switch then never waits.
  useLanguageIntent(() => {
    for (const version of versions.versions) void queryClient.prefetchQuery(articleQuery(id, version));
  });
  usePageMeta({ title: article.headline, description: article.summary });
  useKeepOpened(
    lang,
    {
      path: paths.article(lang, id),
      articleId: id,
      headline: article.headline,
      headlineLang: article.lang,
      publishedAt: article.publishedAt,
    },
    [dataFiles.articleVersions.url(id), ...versions.versions.map((version) => dataFiles.article.url(id, version))],
  );
  // Saved with the headline of every version, so the saved list names it in any language, offline too.
  const entry = async () => {
    const all = await Promise.all(versions.versions.map((version) => queryClient.ensureQueryData(articleQuery(id, version))));
    return {
      id,
      savedAt: Date.now(),
      publishedAt: versions.publishedAt,
      original: versions.original,
      headlines: Object.fromEntries(all.map((version) => [version.lang, version.headline])),
    };
  };
  return (
    <>
      <ReadingProgress />
      {isDraft(article) && (
        <Suspense fallback={null}>
          <DraftReview article={article} lang={lang} />
        </Suspense>
      )}
      <ArticleView
        article={article}
        versions={versions}
        entities={entities}
        lang={lang}
        share={<ShareBar path={paths.article(lang, id)} title={article.headline} />}
        save={<SaveButton articleId={id} entry={entry} />}
        actions={({ id: blockId, label }) => <CopyLinkButton path={paths.article(lang, id, blockId)} label={t(label)} />}
      />
      {/* After the article, outside it: the way on to other articles is not part of this one. */}
      <ArticleNeighbours versions={versions} lang={lang} />
    </>
  );
}
