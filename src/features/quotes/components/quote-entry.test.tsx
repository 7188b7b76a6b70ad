// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entities, QuoteEntry as Entry } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { i18nFor } from '../../../shared/i18n/i18n';
import { QuoteEntry } from './quote-entry';

afterEach(cleanup);

const entities: Entities = {
  people: {
    tokayev: {
      name: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев' },
      role: { en: 'President', kk: 'Президент', ru: 'Президент' },
    },
    partial: { name: { en: 'Only English' } },
  },
  organizations: {},
  awards: {},
};

const entry: Entry = {
  articleId: 'assembly',
  original: 'en',
  publishedAt: '2023-04-27',
  headlines: { en: 'The Assembly met', ru: 'Ассамблея собралась' },
  blockId: 'q-one',
  speakerId: 'tokayev',
  texts: { en: 'We are one family.', ru: 'Мы одна семья.' },
};

const renderIn = (lang: Lang, value: Entry, showSpeaker?: boolean) =>
  render(
    <I18nextProvider i18n={i18nFor(lang)}>
      <MemoryRouter>
        <QuoteEntry entry={value} entities={entities} lang={lang} showSpeaker={showSpeaker} />
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('QuoteEntry', () => {
  it('shows the words, then the speaker linked to their page, then the date and the article at the quote', () => {
    const { container } = renderIn('ru', entry);
    const figure = screen.getByRole('figure');
    expect(container.querySelector('figure > blockquote + figcaption')).not.toBeNull();
    expect(figure.querySelector('blockquote')?.textContent).toBe('«Мы одна семья.»');
    expect(figure.querySelector('blockquote')).not.toHaveAttribute('lang');
    const caption = figure.querySelector('figcaption')!;
    expect(within(caption).getByRole('link', { name: 'Касым-Жомарт Токаев' })).toHaveAttribute('href', '/ru/people/tokayev');
    expect(caption).toHaveTextContent('Президент');
    expect(within(caption).getByRole('time')).toHaveAttribute('datetime', '2023-04-27');
    expect(within(caption).getByRole('time').textContent).toBe('27 апреля 2023\u00a0г.');
    expect(within(caption).getByRole('link', { name: 'Ассамблея собралась' })).toHaveAttribute('href', '/ru/articles/assembly#q-one');
  });

  it('shows the original words and headline, marked with their language, when the interface language has no version', () => {
    renderIn('kk', entry);
    expect(screen.getByRole('figure').querySelector('blockquote')).toHaveAttribute('lang', 'en');
    // The marks of the text's language, not the interface's.
    expect(screen.getByRole('figure').querySelector('blockquote')?.textContent).toBe('“We are one family.”');
    expect(screen.getByRole('link', { name: 'The Assembly met' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'Қасым-Жомарт Тоқаев' })).not.toHaveAttribute('lang');
  });

  it('marks a registered name that falls back to English', () => {
    renderIn('ru', { ...entry, speakerId: 'partial' });
    expect(screen.getByRole('link', { name: 'Only English' })).toHaveAttribute('lang', 'en');
  });

  it('names an unregistered speaker as the article does, without a link', () => {
    const named: Entry = {
      ...entry,
      speakerId: undefined,
      speakerNames: { en: { name: 'Marat K.', role: 'a resident' }, ru: { name: 'Марат К.' } },
    };
    renderIn('ru', named);
    const caption = screen.getByRole('figure').querySelector('figcaption')!;
    expect(caption).toHaveTextContent('Марат К.');
    expect(within(caption).getAllByRole('link')).toHaveLength(1);
  });

  it('leaves the speaker out on their own page', () => {
    renderIn('en', entry, false);
    expect(screen.queryByText('Kassym-Jomart Tokayev')).toBeNull();
    expect(screen.getByRole('link', { name: 'The Assembly met' })).toBeVisible();
  });
});
