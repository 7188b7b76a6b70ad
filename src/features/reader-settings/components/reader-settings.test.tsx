// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../shared/languages';
import { i18nFor } from '../../../shared/i18n/i18n';
import { createSettingsStore, STORAGE_KEY, type SettingsStore } from '../model/settings';
import { ReaderSettings } from './reader-settings';

const root = document.documentElement;
let store: SettingsStore;

beforeEach(() => {
  window.localStorage.clear();
  for (const name of ['data-theme', 'data-text-size', 'data-measure']) root.removeAttribute(name);
  // A store of its own per test, on the real localStorage and <html>, as in the browser.
  store = createSettingsStore({ storage: () => window.localStorage, root: () => document.documentElement, events: () => window });
});
afterEach(cleanup);

const renderIn = (lang: Lang = 'en') =>
  render(
    <I18nextProvider i18n={i18nFor(lang)}>
      <ReaderSettings store={store} />
    </I18nextProvider>,
  );

describe('ReaderSettings', () => {
  it('is a disclosure button controlling a panel that starts closed', () => {
    renderIn();
    const button = screen.getByRole('button', { name: 'Reading settings' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls')!);
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
  });

  it('offers three labelled groups of choices', async () => {
    const user = userEvent.setup();
    renderIn();
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    const theme = screen.getByRole('group', { name: 'Theme' });
    const size = screen.getByRole('group', { name: 'Text size' });
    const width = screen.getByRole('group', { name: 'Line width' });
    const names = (group: HTMLElement) =>
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value') + ':' + radio.parentElement?.textContent);
    expect(names(theme)).toEqual(['system:System', 'light:Light', 'dark:Dark']);
    expect(names(size)).toEqual(['s:Small', 'm:Medium', 'l:Large', 'xl:Largest']);
    expect(names(width)).toEqual(['narrow:Narrow', 'normal:Normal', 'wide:Wide']);
    expect(within(theme).getByRole('radio', { name: 'System' })).toBeChecked();
    expect(within(size).getByRole('radio', { name: 'Medium' })).toBeChecked();
    expect(within(width).getByRole('radio', { name: 'Normal' })).toBeChecked();
  });

  it('choosing Dark sets data-theme=dark on <html> and keeps the choice', async () => {
    const user = userEvent.setup();
    renderIn();
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)).toEqual({ theme: 'dark', textSize: 'm', measure: 'normal' });

    await user.click(screen.getByRole('radio', { name: 'System' }));
    expect(root).not.toHaveAttribute('data-theme');
  });

  it('works with the keyboard alone: Tab, arrows within a group, Escape back to the button', async () => {
    const user = userEvent.setup();
    renderIn();
    const button = screen.getByRole('button', { name: 'Reading settings' });
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');

    await user.tab();
    expect(screen.getByRole('radio', { name: 'System' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Light' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(root).toHaveAttribute('data-theme', 'light');

    await user.tab();
    expect(screen.getByRole('radio', { name: 'Medium' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(root).toHaveAttribute('data-text-size', 'l');

    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(root).toHaveAttribute('data-measure', 'narrow');

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(document.getElementById(button.getAttribute('aria-controls')!)).not.toBeVisible();
  });

  it('closes when focus or a click goes elsewhere', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18nFor('en')}>
        <ReaderSettings store={store} />
        <a href="#main">elsewhere</a>
      </I18nextProvider>,
    );
    const button = screen.getByRole('button', { name: 'Reading settings' });
    await user.click(button);
    await user.click(screen.getByText('elsewhere'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    screen.getByText('elsewhere').focus();
    await act(async () => undefined);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('speaks Kazakh in a Kazakh page', async () => {
    const user = userEvent.setup();
    renderIn('kk');
    await user.click(screen.getByRole('button', { name: 'Оқу баптаулары' }));
    expect(screen.getByRole('group', { name: 'Түс схемасы' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Қараңғы' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Мәтін өлшемі' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Ең үлкен' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Жол ені' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Кең' })).toBeInTheDocument();
  });

  it('prerenders the defaults whatever is stored, hydrates without a mismatch, then shows the stored choice', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{"theme":"dark","textSize":"xl","measure":"wide"}');
    const ui = (
      <I18nextProvider i18n={i18nFor('en')}>
        <ReaderSettings store={store} />
      </I18nextProvider>
    );
    const html = renderToString(ui);
    expect(html).toMatch(/checked="" value="system"/);
    expect(html).toMatch(/checked="" value="m"/);
    expect(html).toMatch(/checked="" value="normal"/);
    expect(html).not.toContain('style=');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const app = await act(async () => hydrateRoot(container, ui, { onRecoverableError: (error) => errors.push(error) }));
    expect(errors).toEqual([]);
    const radio = (name: string) => within(container).getByRole('radio', { name, hidden: true });
    expect(radio('Dark')).toBeChecked();
    expect(radio('Largest')).toBeChecked();
    expect(radio('Wide')).toBeChecked();
    act(() => app.unmount());
    container.remove();
  });
});
