import { describe, expect, it } from 'vitest';
import { entitiesOf } from './get-entities';

const ana = { name: { en: 'Ana', kk: 'Ана' } };
const bolat = { name: { en: 'Bolat' }, role: { en: 'Teacher' } };
const kurmet = { kind: 'order' as const, name: { en: 'Order of Kurmet' } };

describe('entitiesOf', () => {
  it('merges the people and awards of the files a page loaded', () => {
    expect(entitiesOf({ people: { ana }, awards: {} }, { people: { bolat }, awards: { kurmet } })).toEqual({
      people: { ana, bolat },
      organizations: {},
      awards: { kurmet },
    });
  });

  it('is empty for no files', () => {
    expect(entitiesOf()).toEqual({ people: {}, organizations: {}, awards: {} });
  });
});
