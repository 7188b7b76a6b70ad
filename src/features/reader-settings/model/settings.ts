/**
 * Reading comfort: colour theme, text size and line width, chosen by the reader and kept in the browser.
 *
 * The one place for the storage key, the defaults and how a setting becomes an attribute: the settings
 * panel uses this module, and so does the script that applies the stored choice before the first paint
 * (`before-paint.ts`, compiled by the build and inlined into every page, allowed by its CSP hash).
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['s', 'm', 'l', 'xl'] as const;
export const MEASURES = ['narrow', 'normal', 'wide'] as const;

export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type Measure = (typeof MEASURES)[number];

export interface ReaderSettings {
  /** `system` follows the operating system's light or dark mode. */
  readonly theme: Theme;
  /** 100 %, 112.5 %, 125 %, 140 % of the browser's font size (theme.css). */
  readonly textSize: TextSize;
  /** About 55, 66 and 80 characters a line (theme.css). */
  readonly measure: Measure;
}

export const STORAGE_KEY = 'reader.settings';

export const DEFAULT_SETTINGS: ReaderSettings = Object.freeze({ theme: 'system', textSize: 'm', measure: 'normal' });

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const field = (value: object, key: keyof ReaderSettings): unknown =>
  Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;

/** Whatever was stored (by this version, an older one, or by hand): each invalid field falls back to its default. */
export const parseSettings = (value: unknown): ReaderSettings => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return DEFAULT_SETTINGS;
  return {
    theme: oneOf(THEMES, field(value, 'theme'), DEFAULT_SETTINGS.theme),
    textSize: oneOf(TEXT_SIZES, field(value, 'textSize'), DEFAULT_SETTINGS.textSize),
    measure: oneOf(MEASURES, field(value, 'measure'), DEFAULT_SETTINGS.measure),
  };
};

export const sameSettings = (a: ReaderSettings, b: ReaderSettings): boolean =>
  a.theme === b.theme && a.textSize === b.textSize && a.measure === b.measure;

/** The stored text as settings: missing, damaged or not JSON at all gives the defaults. */
export const parseStored = (raw: string | null | undefined): ReaderSettings => {
  if (raw === null || raw === undefined) return DEFAULT_SETTINGS;
  try {
    return parseSettings(JSON.parse(raw));
  } catch {
    return DEFAULT_SETTINGS;
  }
};

/** Storage that may be missing or throw on every use (privacy modes, blocked cookies). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export const loadSettings = (storage: () => StorageLike | null | undefined): ReaderSettings => {
  try {
    return parseStored(storage()?.getItem(STORAGE_KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
};

/** Returns whether the choice was kept; the page applies it either way. */
export const saveSettings = (storage: () => StorageLike | null | undefined, settings: ReaderSettings): boolean => {
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(STORAGE_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
};

/** The attributes theme.css reads. `data-theme` is absent for `system`, so the media query decides. */
export const applySettings = (root: HTMLElement, settings: ReaderSettings): void => {
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  root.setAttribute('data-text-size', settings.textSize);
  root.setAttribute('data-measure', settings.measure);
};

export interface SettingsStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ReaderSettings;
  /** Prerendering and hydration: the defaults, the same on every machine. */
  getServerSnapshot: () => ReaderSettings;
  update: (change: Partial<ReaderSettings>) => void;
}

interface StoreOptions {
  storage: () => StorageLike | null | undefined;
  root: () => HTMLElement;
  /** Where `storage` events (another tab changed the settings) come from; none in tests that do not need it. */
  events?: () => Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;
}

/** A tiny external store for `useSyncExternalStore`: read once, persisted and applied on every change. */
export const createSettingsStore = ({ storage, root, events }: StoreOptions): SettingsStore => {
  let current: ReaderSettings | undefined;
  const listeners = new Set<() => void>();

  const getSnapshot = (): ReaderSettings => (current ??= loadSettings(storage));

  const set = (next: ReaderSettings) => {
    if (current && sameSettings(current, next)) return;
    current = next;
    applySettings(root(), next);
    for (const listener of [...listeners]) listener();
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) set(parseStored(event.newValue));
  };

  return {
    getSnapshot,
    getServerSnapshot: () => DEFAULT_SETTINGS,
    subscribe(listener) {
      if (listeners.size === 0) events?.()?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.()?.removeEventListener('storage', onStorage);
      };
    },
    update(change) {
      const next = parseSettings({ ...getSnapshot(), ...change });
      saveSettings(storage, next);
      set(next);
    },
  };
};

/**
 * The browser's store. Only touched from effects, event handlers and `useSyncExternalStore`'s client snapshot.
 * Creating it has no effect of its own (pure), so the before-paint script does not carry it.
 */
export const readerSettings: SettingsStore = /* @__PURE__ */ createSettingsStore({
  storage: () => window.localStorage,
  root: () => document.documentElement,
  events: () => window,
});
