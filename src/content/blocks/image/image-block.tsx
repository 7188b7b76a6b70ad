import { useTranslation } from 'react-i18next';
import { langAttr } from '../../../shared/ui/lang-attr';
import type { BlockViewProps } from '../article-block';
import { imageAnchor, PHOTO_FORMATS, photoVariant, photoWidths, type ImageBlock as Image } from './image';
import './image-block.css';

/** The photo's width on the page: the article column, or the window on narrow screens. */
const SIZES = '(min-width: 52rem) 46rem, calc(100vw - 3rem)';

/**
 * A photo in the sizes and formats the build made, with its own width and height so nothing moves when it
 * arrives. The article's lead photo loads at once; any other only when the reader comes near it.
 */
export function ImageBlock({ block, articleId, lead, lang, articleLang, actions }: BlockViewProps<Image>) {
  const { t } = useTranslation();
  const widths = block.width ? photoWidths(block.width) : [];
  const srcSet = (format: (typeof PHOTO_FORMATS)[number]) =>
    widths.map((width) => `${photoVariant(articleId, block.src, width, format)} ${width}w`).join(', ');
  const fallback = PHOTO_FORMATS.at(-1)!;
  return (
    <figure className="photo" id={block.id} tabIndex={-1}>
      <picture>
        {PHOTO_FORMATS.slice(0, -1).map((format) => (
          <source key={format} type={`image/${format}`} srcSet={srcSet(format)} sizes={SIZES} />
        ))}
        <img
          src={
            widths.length
              ? photoVariant(articleId, block.src, widths.at(-1)!, fallback)
              : `/articles/${encodeURIComponent(articleId)}/${block.src}`
          }
          srcSet={srcSet(fallback) || undefined}
          sizes={SIZES}
          width={block.width}
          height={block.height}
          alt={block.alt}
          loading={lead ? 'eager' : 'lazy'}
          fetchPriority={lead ? 'high' : undefined}
          decoding="async"
        />
      </picture>
      {(block.caption || block.credit || actions) && (
        <figcaption>
          {block.caption && <span className="photo-caption">{block.caption}</span>}
          {block.credit && (
            <span className="photo-credit" {...langAttr(lang, articleLang)}>
              {t('photo.credit', { credit: block.credit })}
            </span>
          )}
          {actions && <span {...langAttr(lang, articleLang)}>{actions({ ...imageAnchor(block), label: 'share.copyPhotoLink' })}</span>}
        </figcaption>
      )}
    </figure>
  );
}
