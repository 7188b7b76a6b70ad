import { describe, expect, it } from 'vitest';
import type { WrittenLang as Lang } from '../../src/shared/languages';
import { findQuotes, markedSpans, quoteText } from './quotes';
import type { BodyLine } from './structure';

const body = (...paragraphs: string[]): BodyLine[] => {
  let start = 0;
  return paragraphs.map((text) => {
    const line: BodyLine = { kind: 'paragraph', text, start };
    start += text.length + 2;
    return line;
  });
};
const quotes = (lang: Lang, ...paragraphs: string[]) =>
  findQuotes(body(...paragraphs), lang).map(({ text, attribution: { speaker } }) => ({ text, speaker }));

describe('quotes in quotation marks', () => {
  it.each<[Lang, string, string, unknown]>([
    ['en', '“We are all one family,” Tokayev said.', 'We are all one family.', { kind: 'name', name: 'Tokayev' }],
    ['en', '"We are all one family," added Tokayev.', 'We are all one family.', { kind: 'name', name: 'Tokayev' }],
    [
      'en',
      '«We all must work in the interests of the state,» he stressed.',
      'We all must work in the interests of the state.',
      { kind: 'pronoun', word: 'he' },
    ],
    [
      'en',
      '„Peace and harmony are our ideology“ the President noted.',
      'Peace and harmony are our ideology.',
      { kind: 'role', role: 'the President', headOfState: true },
    ],
    [
      'en',
      '“It is a shared home,” said the Head of State.',
      'It is a shared home.',
      { kind: 'role', role: 'the Head of State', headOfState: true },
    ],
    [
      'en',
      '“I liked the new vision,” said Tanzila Khashiyeva, member of the Vainakh association.',
      'I liked the new vision.',
      { kind: 'name', name: 'Tanzila Khashiyeva', role: 'member of the Vainakh association' },
    ],
    [
      'en',
      '“Our land will not be sold,” President Kassym-Jomart Tokayev emphasized.',
      'Our land will not be sold.',
      { kind: 'name', name: 'Kassym-Jomart Tokayev', role: 'President' },
    ],
    ['ru', '«Мы все одна семья», — сказал Касым-Жомарт Токаев.', 'Мы все одна семья.', { kind: 'name', name: 'Касым-Жомарт Токаев' }],
    [
      'ru',
      '«Это наш общий дом», - подчеркнул Глава государства.',
      'Это наш общий дом.',
      { kind: 'role', role: 'Глава государства', headOfState: true },
    ],
    [
      'ru',
      '"Надо очень хорошо поработать", – добавил Президент.',
      'Надо очень хорошо поработать.',
      { kind: 'role', role: 'Президент', headOfState: true },
    ],
    ['ru', '«Город будет восстановлен в срок», — отметил он.', 'Город будет восстановлен в срок.', { kind: 'pronoun', word: 'он' }],
    ['kk', '«Біз бәріміз бір отбасымыз», – деді Тоқаев.', 'Біз бәріміз бір отбасымыз.', { kind: 'name', name: 'Тоқаев' }],
    [
      'kk',
      '«Бұл үлкен еңбекті қажет етеді», - деп атап өтті Мемлекет басшысы.',
      'Бұл үлкен еңбекті қажет етеді.',
      { kind: 'role', role: 'Мемлекет басшысы', headOfState: true },
    ],
    [
      'kk',
      '«Біз жыл сайын кездесіп тұрамыз», деп айтты Президент.',
      'Біз жыл сайын кездесіп тұрамыз.',
      { kind: 'role', role: 'Президент', headOfState: true },
    ],
    ['kk', '«Достығымыз мәңгі болсын», екенін жеткізді Тоқаев.', 'Достығымыз мәңгі болсын.', { kind: 'name', name: 'Тоқаев' }],
  ])('%s: %s', (lang, paragraph, text, speaker) => {
    expect(quotes(lang, paragraph)).toEqual([{ text, speaker }]);
  });

  it('takes a quote that goes on over several paragraphs', () => {
    const found = quotes(
      'ru',
      '«Вы знаете, Алматы - мой родной город. Здесь я родился.',
      'Надо очень хорошо поработать», - сказал Касым-Жомарт Токаев.',
    );
    expect(found).toEqual([
      {
        text: 'Вы знаете, Алматы - мой родной город. Здесь я родился.\n\nНадо очень хорошо поработать.',
        speaker: { kind: 'name', name: 'Касым-Жомарт Токаев' },
      },
    ]);
  });

  it('takes the English way of a long quote, which opens every paragraph again', () => {
    const found = quotes('en', '“The first paragraph of what he said goes here.', '“And the second one ends it,” Tokayev said.');
    expect(found.map((quote) => quote.text)).toEqual(['The first paragraph of what he said goes here.\n\nAnd the second one ends it.']);
  });

  it('keeps quotation marks inside a quote: a name or a title quoted by the speaker', () => {
    const found = quotes(
      'ru',
      '«Я подписал Указ о присвоении ему звания «Қазақстанның Еңбек Ері» сегодня», - добавил Касым-Жомарт Токаев.',
    );
    expect(found[0]?.text).toBe('Я подписал Указ о присвоении ему звания «Қазақстанның Еңбек Ері» сегодня.');
  });

  it('takes an attribution that introduces the quote', () => {
    expect(quotes('en', 'Tokayev said: “Peace and harmony should be our state ideology.”')).toEqual([
      { text: 'Peace and harmony should be our state ideology.', speaker: { kind: 'name', name: 'Tokayev' } },
    ]);
    expect(quotes('kk', 'Мемлекет басшысы:', '«Бауырлас елдерге бақ-береке тілеймін.»')).toHaveLength(1);
  });

  it('finds a quote in the middle of a paragraph, after a sentence', () => {
    const found = findQuotes(
      body('According to President Tokayev, stability matters. «We all must work in the interests of the state,» he stressed.'),
      'en',
    );
    expect(found.map((quote) => [quote.text, quote.from.index])).toEqual([['We all must work in the interests of the state.', 51]]);
  });
});

describe('speech without quotation marks', () => {
  it.each<[Lang, string, string]>([
    [
      'ru',
      '– Благодаря Вашей политике авторитет Турции вырос. Турция – наш партнер, – отметил Глава государства.',
      'Благодаря Вашей политике авторитет Турции вырос. Турция – наш партнер.',
    ],
    [
      'kk',
      'Биыл Астана күнінде біз ешқандай отшашуды ұйымдастыруды жоспарлаған жоқпыз, - деп жауап берді Жеңіс Қасымбек.',
      'Биыл Астана күнінде біз ешқандай отшашуды ұйымдастыруды жоспарлаған жоқпыз.',
    ],
    [
      'en',
      'I came to meet specially with you. I understand that the situation is difficult, said the Head of State.',
      'I came to meet specially with you. I understand that the situation is difficult.',
    ],
  ])('%s: a dash or a comma, then the attribution, ends direct speech', (lang, paragraph, text) => {
    expect(quotes(lang, paragraph).map((quote) => quote.text)).toEqual([text]);
  });
});

describe('what is never a quote', () => {
  it.each<[Lang, string]>([
    ['en', 'President Tokayev stated that peace and harmony should be perceived as the state ideology, as he said before.'],
    ['en', 'Additionally, President Tokayev stated that peace and harmony should be perceived as the state ideology.'],
    ['ru', 'Президент отметил, что в конце года грудь министров, депутатов и акимов будет полна различных наград.'],
    ['ru', 'Глава государства наградил его орденом «Құрмет» и медалью «Шапағат» за большой вклад.'],
    ['kk', 'Мемлекет басшысы оны «Құрмет» орденімен марапаттады.'],
    ['en', 'Certain people calling themselves «protesters» gathered in the square in the evening.'],
    ['ru', '«За значительный вклад в развитие страны ряд граждан отмечен госнаградами», — говорится в сообщении.'],
    ['kk', '«Мемлекет басшысы көрсетілген құрмет үшін алғыс айтты» делінген хабарламада.'],
    ['en', '“This is a quote that the page cut off before it ended and before anyone'],
    ['en', 'The agency said the talks will go on tomorrow, Kazinform reports.'],
  ])('%s: %s', (lang, paragraph) => {
    expect(quotes(lang, paragraph)).toEqual([]);
  });
});

describe('quotation marks', () => {
  it('pairs marks by their shape, a wrong closing mark included', () => {
    const spans = markedSpans(['«Words here and there«, — сказал пресс-секретарь.']);
    expect(spans.map(({ open, close }) => [open.index, close.index])).toEqual([[0, 21]]);
  });

  it('turns the comma before the attribution into a full stop, and keeps other endings', () => {
    expect(quoteText('We are one family,')).toBe('We are one family.');
    expect(quoteText('Are we one family?')).toBe('Are we one family?');
    expect(quoteText('we need new standards…')).toBe('we need new standards…');
    expect(quoteText('Бұл үлкен еңбек')).toBe('Бұл үлкен еңбек.');
  });
});
