import { describe, expect, it } from 'vitest';
import { pickVersion } from './pick-version';

describe('pickVersion', () => {
  it.each([
    [['en', 'kk', 'ru'], 'en', 'kk', 'kk'],
    [['en'], 'en', 'kk', 'en'],
    [['kk', 'ru'], 'kk', 'en', 'kk'],
    [['ru', 'en'], 'kk', 'en', 'en'],
    [['ru'], 'en', 'kk', 'ru'],
  ] as const)('versions %j (original %s) for %s → %s', (versions, original, lang, expected) => {
    expect(pickVersion({ versions: [...versions], original }, lang)).toBe(expected);
  });
});
