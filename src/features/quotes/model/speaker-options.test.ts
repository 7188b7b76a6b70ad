import { describe, expect, it } from 'vitest';
import type { Entities } from '../../../content/schema';
import { speakerOptions } from './speaker-options';

const entities: Entities = {
  people: {
    a: { name: { en: 'Bolat', kk: 'Болат', ru: 'Болат' } },
    b: { name: { en: 'Aigerim', kk: 'Әйгерім', ru: 'Айгерим' } },
    c: { name: { en: 'Dana' } },
  },
  organizations: {},
  awards: {},
};

describe('speakerOptions', () => {
  it('puts the most quoted first, then orders by name', () => {
    const speakers = {
      speakers: [
        { id: 'a', count: 2 },
        { id: 'c', count: 5 },
        { id: 'b', count: 2 },
      ],
    };
    expect(speakerOptions(speakers, entities, 'en').map((o) => o.name)).toEqual(['Dana', 'Aigerim', 'Bolat']);
  });
  it('names each speaker in the interface language, marking an English fallback', () => {
    const options = speakerOptions(
      {
        speakers: [
          { id: 'b', count: 1 },
          { id: 'c', count: 1 },
        ],
      },
      entities,
      'kk',
    );
    expect(options).toEqual([
      { id: 'c', name: 'Dana', lang: 'en', count: 1 },
      { id: 'b', name: 'Әйгерім', lang: 'kk', count: 1 },
    ]);
  });
});
