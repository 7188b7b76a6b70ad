import { definitionOf } from '../../../content/blocks/registry';
import type { Article } from '../../../content/schema';

/** Words a minute for news prose; the same for all three languages keeps estimates comparable. */
const WORDS_PER_MINUTE = 200;

export const countWords = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Estimated minutes to read the article, never less than one. */
export const readingMinutes = (article: Pick<Article, 'headline' | 'summary' | 'body'>): number => {
  const words = [article.headline, article.summary, ...article.body.flatMap((block) => definitionOf(block).readingText(block))].reduce(
    (sum, text) => sum + countWords(text),
    0,
  );
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
};
