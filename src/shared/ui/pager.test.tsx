// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../languages';
import { i18nFor } from '../i18n/i18n';
import { Pager } from './pager';
import { Slotted } from './slotted';

afterEach(cleanup);

const renderPager = (lang: Lang, page: number, pageCount: number) =>
  render(
    <I18nextProvider i18n={i18nFor(lang)}>
      <MemoryRouter>
        <Pager page={page} pageCount={pageCount} lang={lang} href={(n) => `/${lang}/quotes?page=${n}`} />
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('Pager', () => {
  it('links to the previous and next pages and says where the reader is', () => {
    renderPager('en', 2, 3);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/en/quotes?page=1');
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/en/quotes?page=3');
    expect(nav).toHaveTextContent('Page 2 of 3');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    renderPager('ru', 1, 1200);
    expect(screen.queryByRole('link', { name: 'Предыдущая страница' })).toBeNull();
    expect(screen.getByRole('navigation').querySelector('.pager-status')?.textContent).toBe('Страница 1 из 1\u00a0200');
    cleanup();
    renderPager('kk', 4, 4);
    expect(screen.queryByRole('link', { name: 'Келесі бет' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Алдыңғы бет' })).toBeVisible();
  });

  it('is not there for a list of one page', () => {
    renderPager('en', 1, 1);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('Slotted', () => {
  it('puts the element where each language puts the placeholder', () => {
    const { container } = render(
      <Slotted render={(slot) => `Все цитаты: ${slot}!`}>
        <span lang="en">Name</span>
      </Slotted>,
    );
    expect(container.innerHTML).toBe('Все цитаты: <span lang="en">Name</span>!');
  });
});
