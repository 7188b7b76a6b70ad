// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleLink } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { i18nFor } from '../../../shared/i18n/i18n';
import { ArticleNeighbours } from './article-neighbours';

afterEach(cleanup);

const renderIn = (lang: Lang, newer?: ArticleLink, older?: ArticleLink) =>
  render(
    <I18nextProvider i18n={i18nFor(lang)}>
      <MemoryRouter>
        <ArticleNeighbours versions={{ ...(newer && { newer }), ...(older && { older }) }} lang={lang} />
      </MemoryRouter>
    </I18nextProvider>,
  );

const everyLanguage: ArticleLink = {
  articleId: 'newer-one',
  original: 'en',
  publishedAt: '2023-05-02',
  headlines: { en: 'The newer one', kk: 'Жаңасы', ru: 'Более новая' },
};
const kazakhOnly: ArticleLink = { articleId: 'older-one', original: 'kk', publishedAt: '2023-04-20', headlines: { kk: 'Ескісі' } };

describe('ArticleNeighbours', () => {
  it('is absent, not empty, for the only article', () => {
    const { container } = renderIn('en');
    expect(container).toBeEmptyDOMElement();
  });

  it('links the older and the newer article in the interface language, earlier first, each with its date', () => {
    renderIn('ru', everyLanguage, kazakhOnly);
    const nav = screen.getByRole('navigation', { name: 'Другие статьи' });
    const items = within(nav).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [older, newer] = items as [HTMLElement, HTMLElement];
    expect(within(newer).getByRole('link', { name: 'Следующая статья Более новая' })).toHaveAttribute('href', '/ru/articles/newer-one');
    expect(within(newer).getByRole('time')).toHaveAttribute('datetime', '2023-05-02');
    expect(within(newer).getByRole('time').textContent).toBe('2 мая 2023\u00a0г.');
    // No Russian version: the Kazakh headline, marked as Kazakh, still under the Russian address.
    const olderLink = within(older).getByRole('link', { name: 'Предыдущая статья Ескісі' });
    expect(olderLink).toHaveAttribute('href', '/ru/articles/older-one');
    expect(within(olderLink).getByText('Ескісі')).toHaveAttribute('lang', 'kk');
    expect(within(olderLink).getByText('Предыдущая статья')).not.toHaveAttribute('lang');
  });

  it('leaves out the side that has no article', () => {
    renderIn('en', undefined, kazakhOnly);
    const nav = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(nav).getAllByRole('link')).toHaveLength(1);
    expect(within(nav).getByRole('link', { name: /^Older article/ })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: /^Newer article/ })).toBeNull();
  });

  it('gives the headline in the interface language without a lang of its own', () => {
    renderIn('kk', everyLanguage);
    const link = screen.getByRole('link', { name: 'Келесі мақала Жаңасы' });
    expect(within(link).getByText('Жаңасы')).not.toHaveAttribute('lang');
  });
});
