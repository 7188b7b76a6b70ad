import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toLatin } from './to-latin';

type Case = [what: string, cyrillic: string, latin: string];

/** A table of cases: what each shows, the Cyrillic, and the Latin it must give. */
const converts = (cases: Case[], title = '%s: %s → %s') =>
  it.each(cases)(title, (_, cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

// Each Kazakh letter: small between consonants, in an ALL CAPS word between consonants, and as the capital
// that starts a Title Case word. Written out by hand from the 2021 letter table (docs/kazakh-latin.md).
const LETTERS: [cyrillic: string, small: string, inCapitals: string, titleStart: string][] = [
  ['а', 'a', 'A', 'A'],
  ['ә', 'ä', 'Ä', 'Ä'],
  ['б', 'b', 'B', 'B'],
  ['в', 'v', 'V', 'V'],
  ['г', 'g', 'G', 'G'],
  ['ғ', 'ğ', 'Ğ', 'Ğ'],
  ['д', 'd', 'D', 'D'],
  ['е', 'e', 'E', 'E'],
  ['ё', 'ö', 'Ö', 'İo'],
  ['ж', 'j', 'J', 'J'],
  ['з', 'z', 'Z', 'Z'],
  ['и', 'i', 'İ', 'İ'],
  ['й', 'i', 'İ', 'İ'],
  ['к', 'k', 'K', 'K'],
  ['қ', 'q', 'Q', 'Q'],
  ['л', 'l', 'L', 'L'],
  ['м', 'm', 'M', 'M'],
  ['н', 'n', 'N', 'N'],
  ['ң', 'ñ', 'Ñ', 'Ñ'],
  ['о', 'o', 'O', 'O'],
  ['ө', 'ö', 'Ö', 'Ö'],
  ['п', 'p', 'P', 'P'],
  ['р', 'r', 'R', 'R'],
  ['с', 's', 'S', 'S'],
  ['т', 't', 'T', 'T'],
  ['у', 'u', 'U', 'U'],
  ['ұ', 'ū', 'Ū', 'Ū'],
  ['ү', 'ü', 'Ü', 'Ü'],
  ['ф', 'f', 'F', 'F'],
  ['х', 'h', 'H', 'H'],
  ['һ', 'h', 'H', 'H'],
  ['ц', 's', 'S', 'S'],
  ['ч', 'ş', 'Ş', 'Ş'],
  ['ш', 'ş', 'Ş', 'Ş'],
  ['щ', 'şş', 'ŞŞ', 'Şş'],
  ['ъ', '', '', ''],
  ['ы', 'y', 'Y', 'Y'],
  ['і', 'ı', 'I', 'I'],
  ['ь', '', '', ''],
  ['э', 'e', 'E', 'E'],
  ['ю', 'ü', 'Ü', 'İu'],
  ['я', 'ä', 'Ä', 'İa'],
];

describe('toLatin: the letters', () => {
  it('has all 42 letters of the Kazakh alphabet', () => {
    expect(LETTERS.map(([letter]) => letter).join('')).toBe('аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя');
  });

  it.each(LETTERS)('%s: тXт → t%st, ТXТ → T%sT, Xта → %sta', (letter, small, inCapitals, titleStart) => {
    const capital = letter.toUpperCase();
    expect(toLatin(`т${letter}т`)).toBe(`t${small}t`);
    expect(toLatin(`Т${capital}Т`)).toBe(`T${inCapitals}T`);
    expect(toLatin(`${capital}та`)).toBe(`${titleStart}ta`);
  });
});

describe('toLatin: words', () => {
  converts([
    // The examples of the letter table in docs/kazakh-latin.md.
    ['и and й are one letter', 'сый қалайын', 'syi qalaiyn'],
    ['у after a vowel', 'тау', 'tau'],
    ['і is the dotless ı', 'бір кісі', 'bır kısı'],
    ['ц is s', 'цех', 'seh'],
    ['ч is ş', 'чек', 'şek'],
    ['щ is şş', 'ащы', 'aşşy'],
    ['э is e', 'электр', 'elektr'],
    ['ё at the start', 'ёлка', 'iolka'],
    ['ё after a consonant', 'актёр', 'aktör'],
    ['ю after a vowel', 'аю', 'aiu'],
    ['я after a vowel', 'қоян', 'qoian'],
    // Beyond the table.
    ['я after и', 'сессиясында', 'sessiiasynda'],
    ['я after е', 'Ассамблеясының', 'Assambleiasynyñ'],
    ['ю and я after a consonant', 'бюджет, заряд', 'büdjet, zaräd'],
    ['я after ь is the glide', 'семья', 'semia'],
    ['ю after ь is the glide', 'компьютер', 'kompiuter'],
    ['я after ъ is the glide', 'объявление', 'obiavlenie'],
    ['я after й is the glide', 'Майя', 'Maiia'],
    ['ъ and ь are dropped', 'объект, фильм', 'obekt, film'],
    ['щ and ё in a loanword', 'щётка', 'şşötka'],
    ['a hyphen starts a word', 'іс-ярмарка', 'ıs-iarmarka'],
    ['a digit ends a word', '5-ші, 1990-жылы, 2023ж.', '5-şı, 1990-jyly, 2023j.'],
    ['an apostrophe ends a word', "Д'Артаньян", "D'Artanian"],
    ['names', 'Қасым-Жомарт Тоқаев', 'Qasym-Jomart Toqaev'],
    ['names with ю and я', 'Юрий Ясауи, Мария', 'İurii İasaui, Mariia'],
    ['Title Case with И and І', 'Ирина Іле', 'İrina Ile'],
    ['ALL CAPS', 'ҚАЗАҚСТАН КІСІ ИНЕ', 'QAZAQSTAN KISI İNE'],
    ['ALL CAPS with glides', 'ЮНЕСКО ЯСАУИ', 'İUNESKO İASAUİ'],
    ['ALL CAPS and Title Case with щ', 'ЩЕРБАКОВ Щербаков', 'ŞŞERBAKOV Şşerbakov'],
    ['capitals inside a word', 'ҚазМұнайГаз', 'QazMūnaiGaz'],
    ['a capital alone is a title', 'Я', 'İa'],
  ]);
});

describe('toLatin: published and real text', () => {
  // The 1902 text in modern spelling and its 2021 Latin form, as Wikipedia's "Kazakh alphabets" gives them
  // (the first sentence is also in docs/kazakh-latin.md).
  converts(
    [
      [
        'sentence',
        'Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне келіп қоныпты.',
        'Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.',
      ],
      ['sentence', 'Қазыменен сөйлесіп, қазыны сөзге жеңе беріпті.', 'Qazymenen söilesıp, qazyny sözge jeñe berıptı.'],
      ['sentence', 'Сонда қазы қорқып, — „Бұл маған келген бала', 'Sonda qazy qorqyp, — „Būl mağan kelgen bala'],
      [
        'sentence',
        'Не де болса, бұған жалынып, сый беріп, орнымда қалайын!“ — деп',
        'Ne de bolsa, būğan jalynyp, syi berıp, ornymda qalaiyn!“ — dep',
      ],
      ['sentence', 'қатынына ақылдасыпты.', 'qatynyna aqyldasypty.'],
    ],
    '%s: %s',
  );

  it('writes the seed article headline and summary', () => {
    expect(toLatin('Президент Тоқаев Қазақстан халқы Ассамблеясының XXXII сессиясында сөз сөйледі')).toBe(
      'Prezident Toqaev Qazaqstan halqy Assambleiasynyñ XXXII sessiiasynda söz söiledı',
    );
    expect(
      toLatin(
        'Қазақстан халқы Ассамблеясының XXXII сессиясының ашылуында Президент Қасым-Жомарт Тоқаев Қазақстан халқының ' +
          'бірлігіне баса назар аударып, бейбітшілік пен келісім мемлекеттік идеология ретінде қабылдануы тиіс екенін ' +
          'мәлімдеді. Мемлекет басшысы сондай-ақ диаспора өкілдерін «Құрмет» орденімен, ІІ дәрежелі «Достық» орденімен ' +
          'және «Шапағат» медалімен марапаттады.',
      ),
    ).toBe(
      'Qazaqstan halqy Assambleiasynyñ XXXII sessiiasynyñ aşyluynda Prezident Qasym-Jomart Toqaev Qazaqstan halqynyñ ' +
        'bırlıgıne basa nazar audaryp, beibıtşılık pen kelısım memlekettık ideologiia retınde qabyldanuy tiıs ekenın ' +
        'mälımdedı. Memleket basşysy sondai-aq diaspora ökılderın «Qūrmet» ordenımen, II därejelı «Dostyq» ordenımen ' +
        'jäne «Şapağat» medalımen marapattady.',
    );
  });

  // The Kazakh names in public/entities.json.
  converts([
    ['entity name', 'Қасым-Жомарт Тоқаев', 'Qasym-Jomart Toqaev'],
    ['entity name', 'Қазақстан Республикасының Президенті', 'Qazaqstan Respublikasynyñ Prezidentı'],
    ['entity name', 'Танзила Хашиева', 'Tanzila Haşieva'],
    ['entity name', 'Қазақстанның «Вайнах» шешен-ингуш қауымдастығының мүшесі', 'Qazaqstannyñ «Vainah» şeşen-inguş qauymdastyğynyñ müşesı'],
    ['entity name', 'Қазақстан халқы Ассамблеясы', 'Qazaqstan halqy Assambleiasy'],
    ['entity name', '«Құрмет» ордені', '«Qūrmet» ordenı'],
    ['entity name', '«Достық» ордені', '«Dostyq» ordenı'],
    ['entity name', '«Шапағат» медалі', '«Şapağat» medalı'],
  ]);

  it.each([
    ['Qazaqstan', 'Қазақстан'],
    ['Astana', 'Астана'],
    ['Almaty', 'Алматы'],
    ['Qazaqstan Respublikasy', 'Қазақстан Республикасы'],
  ])('gives the official spelling %s by the rules alone', (latin, cyrillic) => {
    expect(toLatin(cyrillic, { exceptions: new Map() })).toBe(latin);
  });
});

describe("toLatin: the project's Kazakh strings", () => {
  const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
  /** Every string in a JSON value, or only those under a `kk` key. */
  const strings = (value: unknown, onlyKazakh = false, key = ''): string[] => {
    if (typeof value === 'string') return !onlyKazakh || key === 'kk' ? [value] : [];
    if (typeof value !== 'object' || !value) return [];
    return Object.entries(value).flatMap(([name, child]) => strings(child, onlyKazakh, name));
  };
  const PLACEHOLDERS = /\{\{[^}]*\}\}|<\/?\d+>/g;

  it.each([
    ['interface strings', strings(read('locales/kk/translation.json'))],
    ['names in entities.json', strings(read('public/entities.json'), true)],
  ])('converts all the %s, keeping placeholders and tags', (_, kazakh) => {
    expect(kazakh.length).toBeGreaterThan(5);
    for (const text of kazakh) {
      const latin = toLatin(text);
      expect(latin, text).not.toMatch(/\p{Script=Cyrillic}/u);
      expect(latin.match(PLACEHOLDERS), text).toEqual(text.match(PLACEHOLDERS));
    }
  });
});

describe('toLatin: Roman numerals', () => {
  converts([
    ['Latin, kept', 'XXXII сессиясында', 'XXXII sessiiasynda'],
    ['Cyrillic І', 'ІІ дәрежелі', 'II därejelı'],
    ['Cyrillic Х and І', 'ХХІ ғасыр, ХІХ, ІХ', 'XXI ğasyr, XIX, IX'],
    ['Cyrillic and Latin mixed', 'ХХXІІ', 'XXXII'],
    ['before a hyphen', 'ХХ-ғасыр', 'XX-ğasyr'],
    ['a lone Х', 'Х ғасыр', 'X ğasyr'],
    ['an initial Х. is a letter', 'Х. Досмұхамедұлы', 'H. Dosmūhamedūly'],
    ['a word of other capitals', 'ХАЛЫҚ', 'HALYQ'],
    ['abbreviations with С and М', 'МС, СІ', 'MS, SI'],
    ['not a valid numeral', 'ХІІІІ', 'HIIII'],
    ['small letters are letters', 'хх', 'hh'],
  ]);
});

describe('toLatin: what is kept', () => {
  converts([
    ['digits and punctuation', '1 200,5 млн теңге (2023 ж.)!', '1 200,5 mln teñge (2023 j.)!'],
    ['no-break space', '2023\u00a0ж. 27\u00a0сәуір', '2023\u00a0j. 27\u00a0säuır'],
    ['quotation marks and dashes', '«Құрмет» — „Бұл“ – ‘іс’', '«Qūrmet» — „Būl“ – ‘ıs’'],
    ['Latin words', 'Telegram-да, Telegramда, COVID-19 пандемиясы', 'Telegram-da, Telegramda, COVID-19 pandemiiasy'],
    ['a Latin word with only look-alike letters', 'Yahooда', 'Yahooda'],
    ['line breaks and tabs', 'бір\nекі\tүш', 'bır\nekı\tüş'],
  ]);

  converts(
    [
      ['a Latin address', 'https://akorda.kz/kk/news сайтында', 'https://akorda.kz/kk/news saitynda'],
      [
        'Cyrillic in the path, encoded',
        'https://kk.wikipedia.org/wiki/Қазақстан, бет',
        'https://kk.wikipedia.org/wiki/%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%D1%81%D1%82%D0%B0%D0%BD, bet',
      ],
      ['a Cyrillic host, in punycode', 'https://қазақстан.kz', 'https://xn--80aaa0a6awh12ed.kz'],
      ['www. without a scheme', 'www.akorda.kz-тың', 'www.akorda.kz-tyñ'],
      ['a Kazakh ending after a bare host', 'https://akorda.kz-қа', 'https://akorda.kz-qa'],
      [
        'a bracketed path',
        '(https://kk.wikipedia.org/wiki/Абай_(ақын))',
        '(https://kk.wikipedia.org/wiki/%D0%90%D0%B1%D0%B0%D0%B9_(%D0%B0%D2%9B%D1%8B%D0%BD))',
      ],
      ['an @ in the path of a www. address', 'www.x.kz/@Қ', 'www.x.kz/@%D2%9A'],
      ['a user name before a Cyrillic host', 'https://me@қазақстан.kz/а', 'https://me@xn--80aaa0a6awh12ed.kz/%D0%B0'],
      [
        'a mailto: address',
        'mailto:info@президент.қаз?subject=Сұрақ',
        'mailto:info@xn--d1abbgf6aiiy.xn--80ao21a?subject=%D0%A1%D2%B1%D1%80%D0%B0%D2%9B',
      ],
      ['an e-mail address', 'info@akorda.kz-қа жазыңыз.', 'info@akorda.kz-qa jazyñyz.'],
      ['an e-mail address with a Cyrillic domain', 'info@президент.қаз', 'info@xn--d1abbgf6aiiy.xn--80ao21a'],
    ],
    '%s',
  );
});

describe('toLatin: invisible and combined characters', () => {
  converts(
    [
      ['a soft hyphen keeps its place and the word', 'қо\u00adян жай\u00adлау', 'qo\u00adian jai\u00adlau'],
      ['a zero-width joiner and non-joiner', 'а\u200dя а\u200cю', 'a\u200dia a\u200ciu'],
      ['й typed as и + breve', 'Ма\u0438\u0306ский', 'Maiskii'],
      ['ё typed as е + diaeresis', 'е\u0308лка, акте\u0308р', 'iolka, aktör'],
      ['a stress mark stays on its letter', 'за\u0301мок', 'zámok'],
      ['a Cyrillic accent (titlo) is dropped', 'х\u0483 а\u0487', 'h a'],
      ['the Cyrillic thousands sign is dropped', '\u0482а', 'a'],
    ],
    '%s',
  );
});

describe('toLatin: Latin letters typed in a Cyrillic word', () => {
  converts([
    ['a Latin i for і', 'бiрлiк', 'bırlık'],
    ['Latin K and a', 'Kaзaқ', 'Kazaq'],
    ['a Latin brand with a Kazakh ending stays', 'Appleда', 'Appleda'],
  ]);
});

describe("toLatin: other languages' Cyrillic letters", () => {
  converts([
    ['Ukrainian', 'Київ, Європа, Ґанок', 'Kiiv, Evropa, Ganok'],
    ['Serbian', 'Ђорђе, Љубљана, Његош, Џеки', 'Đorđe, Ljubljana, Njegoş, Džeki'],
    ['Belarusian ў', 'Ўладзімір', 'Ŭladzımır'],
    ['Tatar and Bashkir', 'җир, ҡала', 'jir, qala'],
    ['a letter with no Latin reading', 'ꙮ', '\ufffd'],
  ]);
});
