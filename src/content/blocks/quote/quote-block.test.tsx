// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entities } from '../../schema';
import type { QuoteBlock as Quote } from './quote';
import type { Lang } from '../../../shared/languages';
import { i18nFor } from '../../../shared/i18n/i18n';
import { QuoteBlock } from './quote-block';

afterEach(cleanup);

const entities: Entities = {
  people: { tokayev: { name: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев' }, role: { en: 'President', kk: 'Президент' } } },
  organizations: {},
  awards: {},
};

const renderQuote = (block: Quote, lang: Lang, articleLang: Lang) =>
  render(
    <I18nextProvider i18n={i18nFor(lang)}>
      <MemoryRouter>
        <QuoteBlock block={block} entities={entities} lang={lang} articleLang={articleLang} articleId="an-article" lead={false} />
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('QuoteBlock', () => {
  it('links a registered speaker to their page in the interface language, keeping figure > blockquote + figcaption', () => {
    const { container } = renderQuote({ type: 'quote', id: 'q-1', text: 'We are one family.', speaker: 'tokayev' }, 'kk', 'en');
    expect(container.querySelector('figure#q-1 > blockquote + figcaption')).not.toBeNull();
    const link = screen.getByRole('link', { name: 'Қасым-Жомарт Тоқаев' });
    expect(link).toHaveAttribute('href', '/kk/people/tokayev');
    expect(link.closest('figcaption')).not.toBeNull();
    expect(link).toHaveAttribute('lang', 'kk');
  });

  it.each<[string, Lang, string, string]>([
    ['adds the marks of the text’s language', 'kk', 'Біз бір отбасымыз.', '«Біз бір отбасымыз.»'],
    ['adds English marks to English text under another interface', 'en', 'We are one family.', '“We are one family.”'],
    ['keeps the marks the editor wrote, without doubling them', 'ru', '«Мы одна семья.»', '«Мы одна семья.»'],
  ])('%s', (_, articleLang, text, shown) => {
    const { container } = renderQuote({ type: 'quote', id: 'q-3', text, speaker: 'tokayev' }, 'kk', articleLang);
    expect(container.querySelector('blockquote')?.textContent).toBe(shown);
  });

  it('names an unregistered speaker without a link', () => {
    renderQuote({ type: 'quote', id: 'q-2', text: 'Слово.', speaker: { name: 'Айгүл', role: 'мұғалім' } }, 'en', 'kk');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Айгүл').closest('figcaption')).not.toBeNull();
  });
});
