// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../content/schema';
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

// The relative wording is loaded lazily; once the module is in, a turn of the event loop renders it.
beforeAll(async () => {
  await import('./time-ago-text');
});

/** Lets a lazily loaded part arrive and render (timers are real). */
const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const timeText = async () => {
  await settled();
  return screen.getByRole('time').textContent;
};

const ui = (iso: string, lang: Lang) => (
  <I18nextProvider i18n={i18nFor(lang)}>
    <RecentDateText iso={iso} lang={lang} />
  </I18nextProvider>
);

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
    render(ui(PUBLISHED, lang));
    expect(await timeText()).toBe(expected);
    expect(screen.getByRole('time')).toHaveAttribute('datetime', PUBLISHED);
  });

  it('writes only the date from a week on, and for a date in the future', async () => {
    clockAt(new Date('2023-05-04T11:00:00+05:00'));
    render(ui(PUBLISHED, 'en'));
    expect(await timeText()).toBe('27 April 2023');
    cleanup();
    clockAt(new Date('2023-04-27T10:00:00+05:00'));
    render(ui(PUBLISHED, 'en'));
    expect(await timeText()).toBe('27 April 2023');
  });

  it('counts a date without a time in days of the reader’s calendar', async () => {
    clockAt(new Date(2023, 3, 27, 15));
    render(ui('2023-04-27', 'kk'));
    expect(await timeText()).toBe('2023\u00a0ж. 27 сәуір (бүгін)');
    cleanup();
    clockAt(new Date(2023, 3, 30, 9));
    render(ui('2023-04-27', 'ru'));
    expect(await timeText()).toBe('27 апреля 2023\u00a0г. (3 дня назад)');
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
