import { describe, expect, it } from 'vitest';
import type { WrittenLang as Lang } from '../../src/shared/languages';
import { AWARD_CATALOGUE } from './award-catalogue';
import { findAwards, groupAwards } from './awards';

const given = (lang: Lang, ...lines: string[]) =>
  groupAwards(
    findAwards(
      lines.map((text, index) => ({ text, start: index * 1000 })),
      lang,
    ),
  ).map(({ award, degree, recipients }) => ({
    award,
    ...(degree && { degree }),
    ...(recipients && { recipients }),
  }));

describe('state awards named in running text', () => {
  it('finds the seed’s three awards, the degree with its own order, and their recipients', () => {
    expect(
      given('en', 'He awarded representatives of diasporas with the Kurmet order, the 2nd degree order of Dostyk, and the Shapagat medal.'),
    ).toEqual([
      { award: 'order-kurmet', recipients: [{ name: 'Representatives of diasporas' }] },
      { award: 'order-dostyk', degree: 2, recipients: [{ name: 'Representatives of diasporas' }] },
      { award: 'medal-shapagat', recipients: [{ name: 'Representatives of diasporas' }] },
    ]);
  });

  it.each<[Lang, string, { award: string; degree?: number }[]]>([
    ['ru', 'Глава государства наградил орденом «Достық» II степени посла.', [{ award: 'order-dostyk', degree: 2 }]],
    ['ru', 'Президент наградил орденом "Достык" 2 степени посла.', [{ award: 'order-dostyk', degree: 2 }]],
    ['ru', 'Ахан Бажанов, награжденный орденом «Барыс» III степени.', [{ award: 'order-barys', degree: 3 }]],
    ['ru', 'Он удостоен ордена «Парасат» и медали «Шапағат».', [{ award: 'order-parasat' }, { award: 'medal-shapagat' }]],
    ['ru', 'Президент присвоил звание «Қазақстанның Еңбек Ері» поэту.', [{ award: 'title-enbek-eri' }]],
    ['ru', 'Почетное звание заслуженного деятеля Казахстана присвоено композитору.', [{ award: 'title-honoured-figure' }]],
    ['kk', 'Мемлекет басшысы оны ІІ дәрежелі «Достық» орденімен марапаттады.', [{ award: 'order-dostyk', degree: 2 }]],
    ['kk', 'Ол бірінші дәрежелі «Барыс» орденімен марапатталды.', [{ award: 'order-barys', degree: 1 }]],
    ['kk', 'Ол «Құрмет» орденімен марапатталды.', [{ award: 'order-kurmet' }]],
    ['kk', 'Тоқаев Назарбаевқа «Халық қаһарманы» атағын берді.', [{ award: 'title-halyk-qaharmany' }]],
    ['en', 'Tokayev presented the Order of Altyn Qyran to the President of Tajikistan.', [{ award: 'order-altyn-qyran' }]],
    [
      'en',
      'Among the other awards were the Barys, Parasat (nobleness in Kazakh) and Otan state awards.',
      [{ award: 'order-barys' }, { award: 'order-parasat' }, { award: 'order-otan' }],
    ],
    ['en', 'She was awarded the Halyk Algysy medal.', [{ award: 'medal-khalyk-algysy' }]],
    ['en', 'Two engineers were named honored workers of Kazakhstan.', [{ award: 'title-honoured-worker' }]],
  ])('%s: %s', (lang, text, awards) => {
    expect(given(lang, text)).toEqual(awards);
  });

  it('groups the same award named twice, and a degree given once', () => {
    expect(given('ru', 'Он наградил посла орденом «Достық» II степени.', 'Орден «Достық» вручен в Акорде.')).toEqual([
      { award: 'order-dostyk', degree: 2 },
    ]);
  });
});

describe('what is not an award given', () => {
  it.each<[Lang, string]>([
    ['en', 'Tokayev awarded Kurmet Talapkazy with a certificate of honour.'],
    ['en', 'Tokayev has been bestowed the Devlet Nişanı Order of Türkiye.'],
    ['en', 'I have previously declined the Order of Parasat and other awards.'],
    ['ru', 'Токаев поручил утвердить новую государственную награду «Ел бірлігі» и орден «Барыс».'],
    ['ru', 'Глава Казахстана отказался от ордена «Достық» и от ордена «Манас» первой степени.'],
    ['ru', 'Большая группа граждан представлена к ордену «Құрмет».'],
    ['kk', 'Президент «Құрмет» орденінен бас тартты.'],
    ['kk', 'Шавкат Мирзиёев Мемлекет басшысын «Олий Даражали Дустлик» («Жоғары дәрежелі достық») орденімен марапаттады.'],
    ['kk', 'Біз құрметпен қарсы алдық, Достық үйінде кездестік.'],
  ])('%s: %s', (lang, text) => {
    expect(given(lang, text)).toEqual([]);
  });
});

describe('the catalogue', () => {
  it('names every award in en, kk and ru, with unique ids', () => {
    expect(new Set(AWARD_CATALOGUE.map((award) => award.id)).size).toBe(AWARD_CATALOGUE.length);
    for (const award of AWARD_CATALOGUE) for (const lang of ['en', 'kk', 'ru'] as const) expect(award.name[lang]).toBeTruthy();
  });
});
