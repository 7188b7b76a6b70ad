// @vitest-environment jsdom
import { QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Link, MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../shared/api/fetch-json';
import { i18nFor } from '../../shared/i18n/i18n';
import { lazyPage } from '../lazy-page';
import { createQueryClient } from '../query-client';
import { PageBoundary } from './page-boundary';

// React reports every error a boundary catches on the console; these are the failures under test.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const en = i18nFor('en');

function Data({ fetch }: { fetch: () => Promise<string> }) {
  const { data } = useSuspenseQuery({ queryKey: ['data'], queryFn: fetch, retry: false });
  return <p>{data}</p>;
}

const renderApp = (page: React.ReactNode) =>
  render(
    <I18nextProvider i18n={en}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={['/a']}>
          <Link to="/a">to a</Link>
          <Link to="/b">to b</Link>
          <PageBoundary>
            <Routes>
              <Route path="/a" element={<p>page a</p>} />
              <Route path="/b" element={page} />
            </Routes>
          </PageBoundary>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );

describe('PageBoundary', () => {
  it('fetches a failing page once per visit, and again on the next visit', async () => {
    const fetch = vi.fn().mockRejectedValue(new HttpError('/b.json', 500));
    renderApp(<Data fetch={fetch} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('link', { name: 'to b' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en.t('status.errorNetwork'));
    expect(fetch).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('link', { name: 'to a' }));
    expect(await screen.findByText('page a')).toBeInTheDocument();
    fetch.mockResolvedValue('page b');
    await user.click(screen.getByRole('link', { name: 'to b' }));
    expect(await screen.findByText('page b')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('tries the data again on “Try again”, once', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new HttpError('/b.json', 503)).mockResolvedValue('page b');
    renderApp(<Data fetch={fetch} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'to b' }));
    await user.click(await screen.findByRole('button', { name: en.t('status.retry') }));
    expect(await screen.findByText('page b')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('answers a page whose code failed to load, and loads it on “Try again”', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: () => <p>lazy page</p> });
    const Page = lazyPage(load);
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderApp(<Page />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('link', { name: 'to b' }));
    // Offline, the code is as missing as any data: the connection message, and trying again works.
    expect(await screen.findByRole('alert')).toHaveTextContent(en.t('status.errorNetwork'));
    expect(load).toHaveBeenCalledTimes(1);
    offline.mockRestore();
    await user.click(screen.getByRole('button', { name: en.t('status.retry') }));
    expect(await screen.findByText('lazy page')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tells the reader to reload when a page’s code is missing while online (a new version was published)', async () => {
    const Page = lazyPage(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    renderApp(<Page />);
    await act(() => userEvent.setup().click(screen.getByRole('link', { name: 'to b' })));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.t('status.errorUpdated'));
    expect(screen.getByRole('button', { name: en.t('status.reload') })).toBeInTheDocument();
  });
});
