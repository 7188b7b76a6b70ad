// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDraft } from '../../../../pipeline/import/draft';
import { readText } from '../../../../pipeline/import/read-text';
import type { Entities } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { i18nFor } from '../../../shared/i18n/i18n';
import { DraftReview } from './draft-review';

const entities: Entities = { people: {}, organizations: {}, awards: {} };
const text = [
  'date 2024-08-08 Tokayev awards the Altyn Qyran order to Shavkat Mirziyoyev',
  'President Kassym-Jomart Tokayev awarded his Uzbek counterpart Shavkat Mirziyoyev with the Order of Altyn Qyran in Akorda.',
  '“May the friendship of Kazakhstan and Uzbekistan be eternal,” said Berik Uali, the spokesperson.',
].join('\n\n');
const { article, evidence } = buildDraft({
  doc: readText(new TextEncoder().encode(text)),
  lang: 'en',
  entities,
  file: 'mirziyoyev.txt',
  today: '2000-01-01',
  id: 'a-draft',
});

let requests: string[] = [];
beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    return url === '/articles/a-draft/en.evidence.json' ? new Response(JSON.stringify(evidence)) : new Response('', { status: 404 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const show = (lang: Lang) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={i18nFor(lang)}>
        <DraftReview article={article} lang={lang} />
      </I18nextProvider>
    </QueryClientProvider>,
  );

describe('the draft review', () => {
  it('says the article is a draft, what is left, and where each quote, speaker and award came from', async () => {
    show('en');
    const review = screen.getByRole('complementary', { name: 'Draft: not published' });
    expect(
      await within(review).findByText(
        'Imported from mirziyoyev.txt. Check each quote, speaker and award against the words of the source below.',
      ),
    ).toBeVisible();
    expect(within(review).getByRole('heading', { name: '2 things left to do' })).toBeVisible();
    const table = within(review).getByRole('table', { name: 'What the importer found, and where' });
    const quote = within(table).getByRole('row', { name: /^Quote/ });
    expect(within(quote).getByRole('link', { name: 'Quote' })).toHaveAttribute('href', '#q-may-the-friendship');
    expect(quote).toHaveTextContent('“May the friendship of Kazakhstan and Uzbekistan be eternal,” said Berik Uali, the spokesperson.');
    expect(quote).toHaveTextContent('90 %');
    const speaker = within(table).getByRole('row', { name: /^Speaker/ });
    expect(speaker).toHaveTextContent('said Berik Uali, the spokesperson.');
    expect(within(table).getByRole('row', { name: /^Award/ })).toHaveTextContent('Order of Altyn Qyran');
    expect(requests).toEqual(['/articles/a-draft/en.evidence.json']);
  });

  it('speaks the interface language', async () => {
    show('ru');
    const review = screen.getByRole('complementary', { name: 'Черновик: не опубликован' });
    expect(await within(review).findByRole('heading', { name: 'Осталось 2 дела' })).toBeVisible();
    show('kk');
    expect(screen.getByRole('complementary', { name: 'Жоба: жарияланбаған' })).toBeVisible();
  });
});
