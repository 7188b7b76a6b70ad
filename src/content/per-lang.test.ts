import { describe, expect, it } from 'vitest';
import { pickLang } from './per-lang';

describe('pickLang', () => {
  it('gives the interface language when that version exists', () => {
    expect(pickLang({ en: 'A', kk: 'Ә', ru: 'А' }, 'kk', 'en')).toEqual({ value: 'Ә', lang: 'kk' });
  });
  it('falls back to the original language, and says so', () => {
    expect(pickLang({ en: 'A', ru: 'А' }, 'kk', 'ru')).toEqual({ value: 'А', lang: 'ru' });
  });
  it('takes any version when neither exists', () => {
    expect(pickLang({ ru: 'А' }, 'kk', 'en')).toEqual({ value: 'А', lang: 'ru' });
  });
  it('has nothing for an empty record', () => {
    expect(pickLang({}, 'en', 'en')).toBeUndefined();
  });
  it('works for any kind of value', () => {
    expect(pickLang({ en: [{ id: 'x' }] }, 'ru', 'en')).toEqual({ value: [{ id: 'x' }], lang: 'en' });
  });
});
