// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../languages';
import { i18nFor } from '../i18n/i18n';
import { RecentDateText } from './recent-date-text';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PUBLISHED = '2023-04-27T11:00:00+05:00';

/** The reader's clock at `now` (only Date is faked: React's scheduling keeps its real timers). */
const clockAt = (now: Date) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
};

/** Lets the relative-time forms (loaded lazily, as in the app) arrive and render; timers are real. */
const settled = () =>
  act(async () => {
    await import('../format/format-relative-time');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
const expectTimeText = async (expected: string) => {
  await settled();
  expect(screen.getByRole('time').textContent).toBe(expected);
};

const ui = (iso: string, lang: Lang) => (
  <I18nextProvider i18n={i18nFor(lang)}>
    <RecentDateText iso={iso} lang={lang} />
  </I18nextProvider>
);

/** Renders in an awaited act, so that React can wait for what it suspends on. */
const show = (iso: string, lang: Lang) =>
  act(async () => {
    render(ui(iso, lang));
  });

describe('RecentDateText in the browser', () => {
  it.each<[string, Lang, string]>([
    ['2023-04-27T14:00:00+05:00', 'en', '27 April 2023 (3 hours ago)'],
    ['2023-04-27T14:00:00+05:00', 'kk', '2023\u00a0ж. 27 сәуір (3 сағат бұрын)'],
    ['2023-04-27T14:00:00+05:00', 'ru', '27 апреля 2023\u00a0г. (3 часа назад)'],
    ['2023-04-27T11:21:30+05:00', 'ru', '27 апреля 2023\u00a0г. (21 минуту назад)'],
    ['2023-04-27T11:00:05+05:00', 'kk', '2023\u00a0ж. 27 сәуір (5 секунд бұрын)'],
    ['2023-04-29T12:00:00+05:00', 'ru', '27 апреля 2023\u00a0г. (2 дня назад)'],
    ['2023-05-04T10:00:00+05:00', 'kk', '2023\u00a0ж. 27 сәуір (6 күн бұрын)'],
  ])('at %s in %s: %s', async (now, lang, expected) => {
    clockAt(new Date(now));
    await show(PUBLISHED, lang);
    await expectTimeText(expected);
    expect(screen.getByRole('time')).toHaveAttribute('datetime', PUBLISHED);
  });

  it('writes only the date from a week on, and for a date in the future', async () => {
    clockAt(new Date('2023-05-04T11:00:00+05:00'));
    await show(PUBLISHED, 'en');
    await settled();
    expect(screen.getByRole('time').textContent).toBe('27 April 2023');
    cleanup();
    clockAt(new Date('2023-04-27T10:00:00+05:00'));
    await show(PUBLISHED, 'en');
    await settled();
    expect(screen.getByRole('time').textContent).toBe('27 April 2023');
  });

  it('counts a date without a time in days of the reader’s calendar', async () => {
    clockAt(new Date(2023, 3, 27, 15));
    await show('2023-04-27', 'kk');
    await expectTimeText('2023\u00a0ж. 27 сәуір (бүгін)');
    cleanup();
    clockAt(new Date(2023, 3, 30, 9));
    await show('2023-04-27', 'ru');
    await expectTimeText('27 апреля 2023\u00a0г. (3 дня назад)');
  });
});

describe('RecentDateText prerendered', () => {
  it('writes only the date, hydrates without a mismatch, then says how long ago', async () => {
    clockAt(new Date('2023-04-27T14:00:00+05:00'));
    const html = renderToString(ui(PUBLISHED, 'ru'));
    expect(html).toBe(`<time dateTime="${PUBLISHED}">27 апреля 2023\u00a0г.</time>`);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, ui(PUBLISHED, 'ru'), { onRecoverableError: (error) => errors.push(error) }));
    expect(errors).toEqual([]);
    await settled();
    expect(container.querySelector('time')?.textContent).toBe('27 апреля 2023\u00a0г. (3 часа назад)');
    act(() => root.unmount());
    container.remove();
  });
});
