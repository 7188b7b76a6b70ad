// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applySettings,
  createSettingsStore,
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  parseStored,
  saveSettings,
  STORAGE_KEY,
  type ReaderSettings,
  type StorageLike,
} from './settings';

const memoryStorage = (initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } => {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (Object.prototype.hasOwnProperty.call(data, key) ? data[key]! : null),
    setItem: (key, value) => {
      data[key] = value;
    },
  };
};

const throwingStorage: StorageLike = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  },
};

const attributes = (root: HTMLElement): Record<string, string> =>
  Object.fromEntries(Array.from(root.attributes, (attribute) => [attribute.name, attribute.value]));

describe('parseSettings', () => {
  const cases: [string, unknown, ReaderSettings][] = [
    ['undefined', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'dark', DEFAULT_SETTINGS],
    ['a number', 42, DEFAULT_SETTINGS],
    ['an array', ['dark', 'xl', 'wide'], DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    ['everything valid', { theme: 'dark', textSize: 'xl', measure: 'wide' }, { theme: 'dark', textSize: 'xl', measure: 'wide' }],
    ['light, small, narrow', { theme: 'light', textSize: 's', measure: 'narrow' }, { theme: 'light', textSize: 's', measure: 'narrow' }],
    ['one field only', { textSize: 'l' }, { theme: 'system', textSize: 'l', measure: 'normal' }],
    ['an unknown theme', { theme: 'sepia', textSize: 'l' }, { theme: 'system', textSize: 'l', measure: 'normal' }],
    ['wrong types', { theme: 1, textSize: true, measure: { wide: true } }, DEFAULT_SETTINGS],
    ['another case', { theme: 'Dark', textSize: 'XL', measure: 'Wide' }, DEFAULT_SETTINGS],
    ['padding', { theme: ' dark', textSize: 'm ' }, DEFAULT_SETTINGS],
    ['names from Object.prototype', { theme: 'toString', textSize: 'constructor', measure: '__proto__' }, DEFAULT_SETTINGS],
    ['extra fields', { theme: 'dark', fontFamily: 'Comic Sans', version: 9 }, { theme: 'dark', textSize: 'm', measure: 'normal' }],
    ['inherited fields', Object.create({ theme: 'dark' }) as unknown, DEFAULT_SETTINGS],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(parseSettings(input)).toEqual(expected);
  });
});

describe('parseStored', () => {
  it.each([
    [null, DEFAULT_SETTINGS],
    ['', DEFAULT_SETTINGS],
    ['not json', DEFAULT_SETTINGS],
    ['{"theme":', DEFAULT_SETTINGS],
    ['null', DEFAULT_SETTINGS],
    ['"dark"', DEFAULT_SETTINGS],
    ['{"__proto__":{"theme":"dark"}}', DEFAULT_SETTINGS],
    ['{"theme":"dark","measure":"narrow"}', { theme: 'dark', textSize: 'm', measure: 'narrow' }],
  ] as const)('%j', (raw, expected) => {
    expect(parseStored(raw)).toEqual(expected);
  });
});

describe('storage', () => {
  it('reads what was saved', () => {
    const storage = memoryStorage();
    expect(saveSettings(() => storage, { theme: 'light', textSize: 'xl', measure: 'wide' })).toBe(true);
    expect(JSON.parse(storage.data[STORAGE_KEY]!)).toEqual({ theme: 'light', textSize: 'xl', measure: 'wide' });
    expect(loadSettings(() => storage)).toEqual({ theme: 'light', textSize: 'xl', measure: 'wide' });
  });

  it('never throws when storage is missing or refuses (privacy modes)', () => {
    expect(loadSettings(() => throwingStorage)).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(() => null)).toEqual(DEFAULT_SETTINGS);
    expect(
      loadSettings(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toEqual(DEFAULT_SETTINGS);
    expect(saveSettings(() => throwingStorage, DEFAULT_SETTINGS)).toBe(false);
    expect(saveSettings(() => undefined, DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('applySettings', () => {
  it.each([
    [DEFAULT_SETTINGS, { 'data-text-size': 'm', 'data-measure': 'normal' }],
    [
      { theme: 'dark', textSize: 'xl', measure: 'wide' },
      { 'data-theme': 'dark', 'data-text-size': 'xl', 'data-measure': 'wide' },
    ],
    [
      { theme: 'light', textSize: 's', measure: 'narrow' },
      { 'data-theme': 'light', 'data-text-size': 's', 'data-measure': 'narrow' },
    ],
  ] as const)('%j', (settings, expected) => {
    const root = document.createElement('html');
    applySettings(root, settings);
    expect(attributes(root)).toEqual(expected);
  });

  it('removes a chosen theme when the system decides again', () => {
    const root = document.createElement('html');
    root.setAttribute('lang', 'kk');
    applySettings(root, { theme: 'dark', textSize: 'l', measure: 'narrow' });
    applySettings(root, { theme: 'system', textSize: 'l', measure: 'narrow' });
    expect(attributes(root)).toEqual({ lang: 'kk', 'data-text-size': 'l', 'data-measure': 'narrow' });
  });
});

describe('createSettingsStore', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const setup = (storage: StorageLike = memoryStorage()) => {
    const root = document.createElement('html');
    const events = new EventTarget();
    const store = createSettingsStore({
      storage: () => storage,
      root: () => root,
      events: () => events as unknown as Window,
    });
    return { store, root, events, storage };
  };

  it('serves the defaults to prerendering and hydration, whatever is stored', () => {
    const { store } = setup(memoryStorage({ [STORAGE_KEY]: '{"theme":"dark"}' }));
    expect(store.getServerSnapshot()).toEqual(DEFAULT_SETTINGS);
    expect(store.getSnapshot()).toEqual({ theme: 'dark', textSize: 'm', measure: 'normal' });
  });

  it('reads storage once and gives the same object until something changes', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"textSize":"l"}' });
    const getItem = vi.spyOn(storage, 'getItem');
    const { store } = setup(storage);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    expect(getItem).toHaveBeenCalledTimes(1);
  });

  it('persists, applies and notifies on a change', () => {
    const { store, root, storage } = setup();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update({ theme: 'dark' });
    expect(store.getSnapshot()).toEqual({ theme: 'dark', textSize: 'm', measure: 'normal' });
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute('data-text-size')).toBe('m');
    expect(JSON.parse((storage as ReturnType<typeof memoryStorage>).data[STORAGE_KEY]!)).toEqual({
      theme: 'dark',
      textSize: 'm',
      measure: 'normal',
    });
    expect(listener).toHaveBeenCalledTimes(1);
    store.update({ theme: 'dark' });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.update({ measure: 'wide' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(root.getAttribute('data-measure')).toBe('wide');
  });

  it('ignores invalid values given to update', () => {
    const { store } = setup();
    store.update({ textSize: 'huge' as never, measure: 'wide' });
    expect(store.getSnapshot()).toEqual({ theme: 'system', textSize: 'm', measure: 'wide' });
  });

  it('still applies the choice for this page when storage throws', () => {
    const { store, root } = setup(throwingStorage);
    expect(store.getSnapshot()).toEqual(DEFAULT_SETTINGS);
    expect(() => store.update({ theme: 'light', textSize: 'xl' })).not.toThrow();
    expect(store.getSnapshot()).toEqual({ theme: 'light', textSize: 'xl', measure: 'normal' });
    expect(root.getAttribute('data-theme')).toBe('light');
  });

  it('follows a change made in another tab while subscribed', () => {
    const { store, root, events } = setup();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const fromOtherTab = (key: string | null, newValue: string | null) => {
      const event = new Event('storage') as Event & { key: string | null; newValue: string | null };
      Object.assign(event, { key, newValue });
      events.dispatchEvent(event);
    };
    fromOtherTab('reader.lang', 'kk');
    expect(listener).not.toHaveBeenCalled();
    fromOtherTab(STORAGE_KEY, '{"theme":"dark","measure":"narrow"}');
    expect(store.getSnapshot()).toEqual({ theme: 'dark', textSize: 'm', measure: 'narrow' });
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(listener).toHaveBeenCalledTimes(1);
    fromOtherTab(null, null);
    expect(store.getSnapshot()).toEqual(DEFAULT_SETTINGS);
    expect(root.hasAttribute('data-theme')).toBe(false);
    unsubscribe();
    fromOtherTab(STORAGE_KEY, '{"theme":"light"}');
    expect(store.getSnapshot()).toEqual(DEFAULT_SETTINGS);
  });
});
