// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/languages';
import { i18nFor } from '../../shared/i18n/i18n';
import { sectionOf, SiteNavigation } from './site-navigation';

afterEach(cleanup);

describe('sectionOf', () => {
  it.each([
    ['/en/', 'home'],
    ['/kk/quotes', 'quotes'],
    ['/ru/awards', 'awards'],
    ['/en/timeline', 'timeline'],
    ['/en/search', 'search'],
    ['/en/articles/x', undefined],
    ['/en/people/x', undefined],
    ['/en/quotesx', undefined],
    ['/en/_not-found', undefined],
  ])('%s is in %s', (pathname, section) => {
    expect(sectionOf(pathname, pathname.slice(1, 3) as Lang)).toBe(section);
  });
});

describe('SiteNavigation', () => {
  const renderAt = (lang: Lang, path: string) =>
    render(
      <I18nextProvider i18n={i18nFor(lang)}>
        <MemoryRouter initialEntries={[path]}>
          <SiteNavigation lang={lang} />
        </MemoryRouter>
      </I18nextProvider>,
    );

  it('lists the sections in the interface language and marks the current one', () => {
    renderAt('ru', '/ru/awards');
    const nav = screen.getByRole('navigation', { name: 'Основное меню' });
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Последние статьи', '/ru/'],
      ['Цитаты', '/ru/quotes'],
      ['Награды', '/ru/awards'],
      ['Хроника', '/ru/timeline'],
      ['Поиск', '/ru/search'],
    ]);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent)).toEqual(['Награды']);
  });

  it('marks nothing on an article', () => {
    renderAt('en', '/en/articles/x');
    expect(screen.getByRole('navigation').querySelector('[aria-current]')).toBeNull();
  });
});
