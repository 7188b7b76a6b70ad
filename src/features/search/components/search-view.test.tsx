// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleFile } from '../../../../pipeline/content/load';
import { generateCorpus } from '../../../../pipeline/corpus/generate';
import { SEARCH_BUCKETS, searchFiles } from '../../../../pipeline/search/build-index';
import { bucketOf } from '../model/pieces';
import type { Lang } from '../../../shared/languages';
import { i18nFor } from '../../../shared/i18n/i18n';
import { SearchView } from './search-view';

const articles = new Map<string, ArticleFile[]>();
for (const article of generateCorpus({ count: 60 }).articles)
  articles.set(article.id, [...(articles.get(article.id) ?? []), { file: '', article }]);
const files = searchFiles(articles);
const pipelineId = [...articles.keys()].find((id) => id.endsWith('-00007'))!;

let requests: string[] = [];
let failing = false;
beforeEach(() => {
  requests = [];
  failing = false;
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    const data = files.get(url.replace(/^\//, ''));
    if (failing) return new Response('', { status: 500 });
    return data === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(data), { status: 200 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function Location() {
  const { pathname, search } = useLocation();
  return <p data-testid="location">{pathname + search}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{String(this.state.error)}</p> : this.props.children;
  }
}

const renderAt = (address: string, lang: Lang = 'en') =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 5 * 60_000 } } })}>
      <I18nextProvider i18n={i18nFor(lang)}>
        <MemoryRouter initialEntries={[address]}>
          <Boundary>
            <SearchView lang={lang} text={{ title: i18nFor(lang).t('search.title'), description: i18nFor(lang).t('search.hint') }} />
          </Boundary>
          <Location />
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );

describe('SearchView', () => {
  it('shows a hint and a GET form to the page itself before there is a query', () => {
    renderAt('/en/search');
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('action', '/en/search');
    expect(form).toHaveAttribute('method', 'get');
    const input = within(form).getByRole('searchbox', { name: 'Words to search for' });
    expect(input).toHaveAttribute('name', 'q');
    expect(screen.getByRole('status')).toHaveTextContent('Search every article in English, Kazakh and Russian.');
    expect(requests).toEqual([]);
  });

  it('lists the matches with highlighted words, language, date and a link in the interface language', async () => {
    renderAt('/kk/search?q=%D1%81%D1%82%D0%B5%D0%BF', 'kk');
    expect(await screen.findByText('2 нәтиже')).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('степ');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(within(item).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/kk\/articles\/fixture-/));
      expect(item.querySelector('article')).toHaveAttribute('lang', 'ru');
      expect(within(item).getByText('Орыс тілінде')).toBeInTheDocument();
      expect(item.querySelector('time')).toHaveAttribute('datetime');
    }
    expect(document.title).toContain('Іздеу: степ');
  });

  it('finds Kazakh from a query in either script, and shows a Kazakh result in Latin in kk-Latn', async () => {
    // The kk article 4 has the word ТҰЛПАР; `tūlpar` is how the 2021 alphabet writes it.
    for (const [address, lang] of [
      ['/kk/search?q=t%C5%ABlpar', 'kk'],
      ['/kk-Latn/search?q=%D1%82%D2%B1%D0%BB%D0%BF%D0%B0%D1%80', 'kk-Latn'],
    ] as const) {
      renderAt(address, lang);
      // The Kazakh version (an English one that writes the word in Latin is found too, marked as English).
      const kazakh = (await screen.findAllByRole('listitem')).filter((item) => !item.querySelector('article[lang="en"]'));
      expect(kazakh).toHaveLength(1);
      const item = kazakh[0]!;
      const link = within(item).getByRole('link');
      expect(link).toHaveAttribute('href', expect.stringMatching(new RegExp(`^/${lang}/articles/fixture-.*-00004$`)));
      // The headline in the edition's script.
      expect(link.textContent).toMatch(lang === 'kk' ? /\p{Script=Cyrillic}/u : /^[^\p{Script=Cyrillic}]+$/u);
      cleanup();
    }
  });

  it('marks matches in the headline and summary, keeping their letters', async () => {
    renderAt('/en/search?q=pipeline');
    expect(await screen.findByText('1 result')).toBeInTheDocument();
    const item = screen.getByRole('listitem');
    expect(within(item).getByRole('link')).toHaveAttribute('href', `/en/articles/${pipelineId}`);
    expect(item.querySelector('article')).not.toHaveAttribute('lang');
    expect(within(item).getByText('In English')).toBeInTheDocument();
    renderAt('/en/search?q=Volunteers');
    const marks = await screen.findAllByText(/^volunteers$/i, { selector: 'mark' });
    expect(marks.length).toBeGreaterThan(0);
  });

  it('counts with the plural forms of the language', async () => {
    renderAt('/ru/search?q=степ', 'ru');
    expect(await screen.findByText('2 результата')).toBeInTheDocument();
    cleanup();
    renderAt('/ru/search?q=pipeline', 'ru');
    expect(await screen.findByText('1 результат')).toBeInTheDocument();
    cleanup();
    renderAt('/ru/search?q=the', 'ru');
    expect(await screen.findByText(/^\d+ результат(ов|а)?$/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByText('Показаны первые 20. Добавьте слова, чтобы уточнить поиск.')).toBeInTheDocument();
  });

  it('says when a query is too short, and when nothing is found', async () => {
    renderAt('/en/search?q=a');
    expect(screen.getByRole('status')).toHaveTextContent('Type at least two letters of a word.');
    cleanup();
    renderAt('/en/search?q=pipeline%20zebra');
    expect(await screen.findByText(/^Nothing was found for “pipeline zebra”/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('puts the query in the address on submit, and fetches a shard only once (a word: its own and its Kazakh one)', async () => {
    const user = userEvent.setup();
    renderAt('/en/search');
    await user.type(screen.getByRole('searchbox'), 'pipeline{Enter}');
    expect(screen.getByTestId('location')).toHaveTextContent('/en/search?q=pipeline');
    expect(await screen.findByText('1 result')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'pipe data{Enter}');
    expect(await screen.findByText('1 result')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/en/search?q=pipe+data');
    const shardRequests = requests.filter((url) => url.includes('/terms/'));
    // The corpus is one block of the index: the buckets of `pi` and `~pi` (the mark of Kazakh words,
    // decision 16), then of `da` and `~da`, each file once.
    const buckets = (keys: string[]) => [...new Set(keys.map((key) => bucketOf(key, SEARCH_BUCKETS)))].sort((a, b) => a - b);
    const bucketFiles = [...buckets(['pi', '~pi']), ...buckets(['da', '~da']).filter((n) => !buckets(['pi', '~pi']).includes(n))];
    expect(shardRequests).toEqual(bucketFiles.map((n) => `/data/search/terms/512-0/b${n}.json`));
    expect(shardRequests.length).toBeGreaterThanOrEqual(2);
    expect(requests.filter((url) => url.endsWith('meta.json'))).toHaveLength(1);
  });

  it('throws failures to the page error boundary', async () => {
    failing = true;
    // React reports errors caught by a boundary on the console; this one is expected.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/en/search?q=pipeline');
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 500');
  });
});
