import type { Article, Block } from '../../../shared/content/schema';

/** Words a minute for news prose; the same for all three languages keeps estimates comparable. */
const WORDS_PER_MINUTE = 200;

const blockText = (block: Block): string[] => {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return [block.text];
    case 'awards':
      return block.items.map((item) => item.note ?? '');
    case 'timeline':
      return block.events.map((event) => event.text);
  }
};

export const countWords = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Estimated minutes to read the article, never less than one. */
export const readingMinutes = (article: Pick<Article, 'headline' | 'summary' | 'body'>): number => {
  const words = [article.headline, article.summary, ...article.body.flatMap(blockText)].reduce((sum, text) => sum + countWords(text), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
};
