import type { ArticleVersions } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';

/** The version to show for an interface language: that language's own, else the original. */
export const pickVersion = (versions: Pick<ArticleVersions, 'versions' | 'original'>, lang: Lang): Lang =>
  versions.versions.includes(lang) ? lang : versions.versions.includes(versions.original) ? versions.original : versions.versions[0]!;
