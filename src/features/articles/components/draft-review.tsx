// Development only: a draft's banner and the importer's evidence (where in the source each quote, speaker
// and award came from, and how sure the importer is), so an editor can check a draft in a minute.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { fetchJson } from '../../../shared/api/fetch-json';
import { draftFiles } from '../../../content/drafts';
import type { Article } from '../../../content/schema';
import type { Parsed } from '../../../shared/validation';
import type { Lang } from '../../../shared/languages';
import { formatNumber } from '../../../shared/format/format-number';
import { langAttr } from '../../../shared/ui/lang-attr';
import './draft-review.css';

const KINDS = ['date', 'headline', 'standfirst', 'heading', 'quote', 'speaker', 'award', 'award-not-given', 'timeline', 'dropped'] as const;

const EvidenceSchema = v.object({
  source: v.object({ file: v.string(), text: v.string() }),
  items: v.array(
    v.object({
      kind: v.picklist(KINDS),
      block: v.optional(v.string()),
      text: v.string(),
      confidence: v.number(),
      note: v.string(),
    }),
  ),
  left: v.array(v.object({ path: v.string(), message: v.string() })),
});

const parseEvidence = (input: unknown): Parsed<v.InferOutput<typeof EvidenceSchema>> => {
  const result = v.safeParse(EvidenceSchema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, problems: [{ path: '', message: 'not an evidence file' }] };
};

interface Props {
  article: Article;
  lang: Lang;
}

export function DraftReview({ article, lang }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data: evidence } = useQuery({
    queryKey: ['draft-evidence', article.id, article.lang],
    queryFn: ({ signal }) => fetchJson(`/${draftFiles(article.id, article.lang).evidence}`, parseEvidence, signal),
    retry: false,
  });
  const checked = evidence?.items.filter((item) => item.kind !== 'dropped') ?? [];
  const dropped = evidence?.items.filter((item) => item.kind === 'dropped') ?? [];
  return (
    <aside className="draft-review" aria-labelledby={titleId} {...langAttr(lang, article.lang)}>
      <h2 id={titleId}>{t('draft.title')}</h2>
      <p>{evidence ? t('draft.importedFrom', { file: evidence.source.file }) : t('draft.noEvidence')}</p>
      <p>{t('draft.howToPublish')}</p>
      {evidence && evidence.left.length > 0 && (
        <>
          <h3>{t('draft.left', { count: evidence.left.length })}</h3>
          <ul>
            {evidence.left.map((item) => (
              <li key={item.path + item.message}>
                <code>{item.path}</code>: <span lang="en">{item.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {checked.length > 0 && (
        <table>
          <caption>{t('draft.evidence')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('draft.found')}</th>
              <th scope="col">{t('draft.source')}</th>
              <th scope="col">{t('draft.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            {checked.map((item, index) => (
              <tr key={index} className={item.confidence < 0.7 ? 'draft-review-unsure' : undefined}>
                <th scope="row">
                  {item.block ? <a href={`#${item.block}`}>{t(`draft.kind.${item.kind}`)}</a> : t(`draft.kind.${item.kind}`)}
                  <span className="draft-review-note" lang="en">
                    {item.note}
                  </span>
                </th>
                <td>
                  <mark lang={article.lang}>{item.text}</mark>
                </td>
                <td>{t('draft.percent', { value: formatNumber(Math.round(item.confidence * 100), lang) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dropped.length > 0 && (
        <details>
          <summary>{t('draft.dropped', { count: dropped.length })}</summary>
          <ul>
            {dropped.map((item, index) => (
              <li key={index} lang={article.lang}>
                {item.text} <span lang="en">({item.note})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}
