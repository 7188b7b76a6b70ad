import { describe, expect, it } from 'vitest';
import type { Entities } from '../../src/content/schema';
import type { WrittenLang as Lang } from '../../src/shared/languages';
import type { SpeakerRef } from './attribution';
import { fold, nominative, registeredPerson, resolveSpeaker } from './speakers';

const entities: Entities = {
  people: {
    'kassym-jomart-tokayev': {
      name: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев' },
      role: {
        en: 'President of the Republic of Kazakhstan',
        kk: 'Қазақстан Республикасының Президенті',
        ru: 'Президент Республики Казахстан',
      },
    },
  },
  organizations: {},
  awards: {},
};
const resolve = (ref: SpeakerRef, text: string, lang: Lang = 'en', position = text.length) =>
  resolveSpeaker(ref, { lang, entities, text, position }).person;

describe('registered people', () => {
  it.each(['Tokayev', 'Kassym-Jomart Tokayev', 'Тоқаев', 'Касым-Жомарт Токаев', 'Тоқаевқа', 'Касым-Жомарта Токаева'])(
    'knows %s',
    (name) => {
      expect(registeredPerson(name, entities)).toBe('kassym-jomart-tokayev');
    },
  );

  it.each(['Aliya Tokayeva', 'Tanzila Khashiyeva', 'Берик Уали'])('does not take %s for him', (name) => {
    expect(registeredPerson(name, entities)).toBeUndefined();
  });

  it('folds Kazakh letters to compare names', () => {
    expect(fold('Қасым-Жомарт Тоқаев')).toBe(fold('Касым-Жомарт Токаев'));
  });
});

describe('a speaker named by a role', () => {
  it.each<[Lang, string, string]>([
    ['en', 'the Head of State', 'Head of State Kassym-Jomart Tokayev opened the session. Then'],
    ['en', 'the President', 'At the session, President Tokayev spoke about unity. Then'],
    ['ru', 'Глава государства', 'Президент Касым-Жомарт Токаев провел совещание. Затем'],
    ['kk', 'Мемлекет басшысы', 'Мемлекет басшысы Қасым-Жомарт Тоқаев Наурыз мейрамымен құттықтады. Мемлекет басшысы Наурыз туралы айтты.'],
  ])('%s: “%s” is the head of state the article names', (lang, role, text) => {
    expect(resolve({ kind: 'role', role, headOfState: true }, text, lang)).toMatchObject({ id: 'kassym-jomart-tokayev' });
  });

  it('is the person the article names, when the head of state is someone else', () => {
    const text = 'Ақорда Нұрсұлтан Назарбаевтың 1993 жылғы сапарынан видео жариялады. Видеода ол малшылармен сөйлеседі.';
    expect(resolve({ kind: 'role', role: 'Мемлекет басшысы', headOfState: true }, text, 'kk')).toEqual({ name: 'Нұрсұлтан Назарбаев' });
  });

  it('is the person the role stands next to, for a spokesperson', () => {
    const text = 'Об этом сообщил пресс-секретарь Президента Берик Уали. ';
    expect(resolve({ kind: 'role', role: 'пресс-секретарь', headOfState: false }, text, 'ru')).toEqual({
      name: 'Берик Уали',
      role: 'пресс-секретарь',
    });
  });

  it('is nobody when the article names nobody', () => {
    expect(resolve({ kind: 'role', role: 'the spokesperson', headOfState: false }, 'The session will be held today.')).toBeUndefined();
  });
});

describe('a speaker named by a surname or a pronoun', () => {
  it('finds the full name the article gave before', () => {
    const text = 'Kazinform has learnt from President’s spokesperson Berik Uali. ';
    expect(resolve({ kind: 'name', name: 'Uali' }, text)).toEqual({ name: 'Berik Uali' });
  });

  it('takes the speaker before, else the person named last', () => {
    const previous = { name: 'Berik Uali' };
    expect(resolveSpeaker({ kind: 'pronoun', word: 'he' }, { lang: 'en', entities, text: '', position: 0, previous }).person).toBe(
      previous,
    );
    expect(resolve({ kind: 'pronoun', word: 'he' }, 'According to President Tokayev, stability matters. ')).toMatchObject({
      id: 'kassym-jomart-tokayev',
    });
  });

  it('writes a Kazakh name in the nominative', () => {
    expect(nominative('Нұрсұлтан Назарбаевтың', 'kk')).toBe('Нұрсұлтан Назарбаев');
    expect(nominative('Серджо Маттарелланың', 'kk')).toBe('Серджо Маттарелла');
    expect(nominative('Tanzila Khashiyeva', 'en')).toBe('Tanzila Khashiyeva');
  });
});
