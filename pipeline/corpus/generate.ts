// A synthetic corpus of clearly fictional articles, for tests and benchmarks only (never shipped).
// Deterministic: the same count and seed give the same JSON. Article n depends only on the seed and n,
// so a corpus of 40 articles is the first 40 articles of a corpus of 10,000 with the same seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockDefinition, Localized, SampleContext } from '../../src/content/blocks/block-definition.ts';
import { BLOCK_TYPES, blockDefinitions, type BlockType } from '../../src/content/blocks/registry.ts';
import { PHOTO_DESIGNS, renderPhoto } from './photos.ts';
import { type Article, type Block, type Entities, type Names } from '../../src/content/schema.ts';
import { type WrittenLang as Lang } from '../../src/shared/languages.ts';

export interface Corpus {
  /** Fictional people, organisations and awards (ids `fixture-…`), the only entities the articles refer to. */
  entities: Entities;
  /** Every language version of every article, by article (in id order) and then in en, kk, ru order. */
  articles: Article[];
  /** The photos stored with the articles: which of the generated designs each file is. */
  photos: CorpusPhoto[];
}

export interface CorpusPhoto {
  articleId: string;
  file: string;
  design: number;
}

export interface GenerateOptions {
  /** How many articles (each has one to three language versions). */
  count: number;
  seed?: number;
}

/**
 * Distinctive words, each in the first paragraph of exactly one known article, article `n` (its id ends in
 * `-0000<n>`), and only in its `lang` version; no other generated text contains them, whatever the count or
 * seed. The other versions say the same in their words ("summer pasture", "летнее пастбище", …).
 */
export const SEARCH_MARKERS = [
  { word: 'жайлау', lang: 'kk', n: 2 },
  { word: 'Жайлау', lang: 'kk', n: 3 },
  { word: 'ТҰЛПАР', lang: 'kk', n: 4 },
  { word: 'степь', lang: 'ru', n: 5 },
  { word: 'СТЕПНОЙ', lang: 'ru', n: 6 },
  { word: 'pipeline', lang: 'en', n: 7 },
] as const satisfies readonly { word: string; lang: Lang; n: number }[];

/** The first sentence of every summary: the article is test data. */
export const FICTION_MARKER: Record<Lang, string> = {
  en: 'Fictional test article.',
  kk: 'Ойдан шығарылған сынақ мақаласы.',
  ru: 'Вымышленная тестовая статья.',
};

type Tri = Record<Lang, string>;
type Rng = () => number;

// ---------------------------------------------------------------------------------------------------------
// Randomness: mulberry32, seeded per article from (seed, index).

export const mulberry32 = (seed: number): Rng => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const seedFor = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((b + 0x632be5ab) | 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
};

const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
/** `count` different items, in random order. */
const pickSome = <T>(rng: Rng, items: readonly T[], count: number): T[] => {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
};
const weighted = <T>(rng: Rng, choices: readonly (readonly [T, number])[]): T => {
  let r = rng() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of choices) if ((r -= weight) < 0) return value;
  return choices[choices.length - 1]![0];
};

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const tri = (en: string, kk: string, ru: string): Tri => ({ en, kk, ru });

// ---------------------------------------------------------------------------------------------------------
// Entities: fixed (the seed only changes the articles).

const FIRST_NAMES: readonly (Tri & { female: boolean })[] = [
  { ...tri('Aigerim', 'Әйгерім', 'Айгерим'), female: true },
  { ...tri('Nurlan', 'Нұрлан', 'Нурлан'), female: false },
  { ...tri('Dana', 'Дана', 'Дана'), female: true },
  { ...tri('Yerlan', 'Ерлан', 'Ерлан'), female: false },
  { ...tri('Saule', 'Сәуле', 'Сауле'), female: true },
  { ...tri('Askar', 'Асқар', 'Аскар'), female: false },
  { ...tri('Gulnara', 'Гүлнара', 'Гульнара'), female: true },
  { ...tri('Timur', 'Тимур', 'Тимур'), female: false },
  { ...tri('Zhanna', 'Жанна', 'Жанна'), female: true },
  { ...tri('Bolat', 'Болат', 'Болат'), female: false },
  { ...tri('Madina', 'Мәдина', 'Мадина'), female: true },
  { ...tri('Daniyar', 'Данияр', 'Данияр'), female: false },
  { ...tri('Aruzhan', 'Аружан', 'Аружан'), female: true },
  { ...tri('Serik', 'Серік', 'Серик'), female: false },
  { ...tri('Olga', 'Ольга', 'Ольга'), female: true },
  { ...tri('Dmitry', 'Дмитрий', 'Дмитрий'), female: false },
];
/** Invented surnames, masculine; the feminine form adds -a / -а. */
const SURNAMES: readonly Tri[] = [
  tri('Terekbayev', 'Терекбаев', 'Терекбаев'),
  tri('Konyratov', 'Қоңыратов', 'Коныратов'),
  tri('Ozenbayev', 'Өзенбаев', 'Озенбаев'),
  tri('Bulakov', 'Бұлақов', 'Булаков'),
  tri('Satzhanov', 'Сәтжанов', 'Сатжанов'),
  tri('Kumiskhanov', 'Күмісханов', 'Кумисханов'),
  tri('Akzhelov', 'Ақжелов', 'Акжелов'),
  tri('Lesnikov', 'Лесников', 'Лесников'),
  tri('Polyanin', 'Полянин', 'Полянин'),
  tri('Ryabinin', 'Рябинин', 'Рябинин'),
];
const ROLES: readonly Tri[] = [
  tri('Chair of the Lakeshore Water Council', 'Көлжаға су кеңесінің төрағасы', 'Председатель Совета по водным ресурсам Приозёрья'),
  tri('Secretary of the Northern Crafts Union', 'Солтүстік қолөнер одағының хатшысы', 'Секретарь Союза ремёсел Севера'),
  tri(
    'Librarian of the Riverside Library Society',
    'Өзен жағасы кітапхана қоғамының кітапханашысы',
    'Библиотекарь Библиотечного общества Заречья',
  ),
  tri('Forecaster at the Mountain Weather Bureau', 'Тау ауа райы бюросының синоптигі', 'Синоптик Горного бюро погоды'),
  tri('Captain of the Young Engineers League', 'Жас инженерлер лигасының капитаны', 'Капитан Лиги молодых инженеров'),
  tri('Village teacher', 'Ауыл мұғалімі', 'Сельский учитель'),
  tri('Beekeeper', 'Омарташы', 'Пчеловод'),
  tri('Bridge engineer', 'Көпір инженері', 'Инженер-мостостроитель'),
  tri('Choir conductor', 'Хор дирижері', 'Хормейстер'),
  tri('Museum guide', 'Мұражай гиді', 'Экскурсовод музея'),
];
const ORGANIZATIONS: readonly Tri[] = [
  tri('Lakeshore Water Council', 'Көлжаға су кеңесі', 'Совет по водным ресурсам Приозёрья'),
  tri('Northern Crafts Union', 'Солтүстік қолөнер одағы', 'Союз ремёсел Севера'),
  tri('Riverside Library Society', 'Өзен жағасы кітапхана қоғамы', 'Библиотечное общество Заречья'),
  tri('Mountain Weather Bureau', 'Тау ауа райы бюросы', 'Горное бюро погоды'),
  tri('Young Engineers League', 'Жас инженерлер лигасы', 'Лига молодых инженеров'),
];
type AwardEntity = Entities['awards'][string];
const AWARDS: readonly [string, AwardEntity][] = [
  [
    'fixture-order-1',
    { kind: 'order', name: tri('Order of the Silver Poplar', '«Күміс терек» ордені', 'орден «Серебряный тополь»'), degrees: [1, 2, 3] },
  ],
  [
    'fixture-order-2',
    { kind: 'order', name: tri('Order of the Blue Lake', '«Көк көл» ордені', 'орден «Синее озеро»'), degrees: [1, 2, 3] },
  ],
  ['fixture-order-3', { kind: 'order', name: tri('Order of the Copper Bell', '«Мыс қоңырау» ордені', 'орден «Медный колокол»') }],
  ['fixture-medal-1', { kind: 'medal', name: tri('White Heron Medal', '«Ақ құтан» медалі', 'медаль «Белая цапля»') }],
  ['fixture-medal-2', { kind: 'medal', name: tri('Green Valley Medal', '«Жасыл алқап» медалі', 'медаль «Зелёная долина»') }],
  ['fixture-medal-3', { kind: 'medal', name: tri('Northern Wind Medal', '«Солтүстік жел» медалі', 'медаль «Северный ветер»') }],
];

const PEOPLE_COUNT = 30;
const personId = (n: number) => `fixture-person-${n}`;
/** People whose names lack a language, so the interface falls back to English (and the build warns). */
const MISSING_NAMES: Record<number, { name?: Lang[]; role?: Lang[] }> = {
  28: { name: ['kk'] },
  29: { name: ['ru'] },
  30: { name: ['kk', 'ru'], role: ['ru'] },
};

const names = (text: Tri, missing: Lang[] = []): Names => {
  const out: Names = { en: text.en };
  if (!missing.includes('kk')) out.kk = text.kk;
  if (!missing.includes('ru')) out.ru = text.ru;
  return out;
};

const fixtureEntities = (): Entities => {
  const people: Entities['people'] = {};
  for (let n = 1; n <= PEOPLE_COUNT; n++) {
    const first = FIRST_NAMES[(n - 1) % FIRST_NAMES.length]!;
    const surname = SURNAMES[((n - 1) * 3) % SURNAMES.length]!;
    const ending = first.female ? tri('a', 'а', 'а') : tri('', '', '');
    const full = (lang: Lang) => `${first[lang]} ${surname[lang]}${ending[lang]}`;
    people[personId(n)] = {
      name: names(tri(full('en'), full('kk'), full('ru')), MISSING_NAMES[n]?.name),
      role: names(ROLES[(n - 1) % ROLES.length]!, MISSING_NAMES[n]?.role),
    };
  }
  const organizations: Entities['organizations'] = {};
  ORGANIZATIONS.forEach((name, i) => (organizations[`fixture-org-${i + 1}`] = { name: names(name) }));
  const awards: Entities['awards'] = {};
  for (const [id, award] of AWARDS)
    awards[id] = { ...award, name: { ...award.name }, ...(award.degrees && { degrees: [...award.degrees] }) };
  return { people, organizations, awards };
};

/** The real entities with the fixture ones added; a real entity wins over a fixture one with the same id. */
export const mergeEntities = (base: Entities, fixtures: Entities): Entities => ({
  ...(base.$schema !== undefined && { $schema: base.$schema }),
  people: { ...fixtures.people, ...base.people },
  organizations: { ...fixtures.organizations, ...base.organizations },
  awards: { ...fixtures.awards, ...base.awards },
});

// ---------------------------------------------------------------------------------------------------------
// Text: aligned word lists and sentences, so every version says the same thing in its language.
// None of this text contains a search marker (see SEARCH_MARKERS); the test checks it.

/** Subjects as they read mid-sentence; `g` is the Russian gender / number the past-tense verb agrees with. */
const SUBJECTS: readonly (Tri & { g: 'm' | 'f' | 'n' | 'p' })[] = [
  { ...tri('the village council', 'ауыл кеңесі', 'сельский совет'), g: 'm' },
  { ...tri('the school choir', 'мектеп хоры', 'школьный хор'), g: 'm' },
  { ...tri('the river library', 'өзен жағасындағы кітапхана', 'библиотека у реки'), g: 'f' },
  { ...tri('local volunteers', 'жергілікті еріктілер', 'местные волонтёры'), g: 'p' },
  { ...tri('the weather bureau', 'ауа райы бюросы', 'бюро погоды'), g: 'n' },
  { ...tri('the young engineers', 'жас инженерлер', 'молодые инженеры'), g: 'p' },
  { ...tri('the district museum', 'аудандық мұражай', 'районный музей'), g: 'm' },
  { ...tri('the crafts union', 'қолөнер одағы', 'союз ремесленников'), g: 'm' },
  { ...tri('the farmers’ cooperative', 'фермерлер кооперативі', 'фермерский кооператив'), g: 'm' },
  { ...tri('the city orchestra', 'қалалық оркестр', 'городской оркестр'), g: 'm' },
  { ...tri('the regional theatre', 'облыстық театр', 'областной театр'), g: 'm' },
  { ...tri('a group of students', 'студенттер тобы', 'группа студентов'), g: 'f' },
  { ...tri('the water council', 'су кеңесі', 'водный совет'), g: 'm' },
  { ...tri('the bridge builders', 'көпір құрылысшылары', 'строители моста'), g: 'p' },
];
const RU_ENDING = { m: '', f: 'а', n: 'о', p: 'и' } as const;
/** Past-tense actions; `%` takes its / their in English and the verb's gender / number ending in Russian. */
const ACTIONS: readonly Tri[] = [
  tri('opened a new reading room', 'жаңа оқу залын ашты', 'открыл% новый читальный зал'),
  tri('presented % annual report', 'жылдық есебін ұсынды', 'представил% годовой отчёт'),
  tri('planted two hundred poplars', 'екі жүз терек отырғызды', 'посадил% двести тополей'),
  tri('repaired the old footbridge', 'ескі жаяу көпірді жөндеді', 'отремонтировал% старый пешеходный мост'),
  tri('held an open meeting', 'ашық жиналыс өткізді', 'организовал% открытое собрание'),
  tri('started a winter reading club', 'қысқы оқу клубын бастады', 'начал% зимний читательский клуб'),
  tri('published a short guide', 'қысқа нұсқаулық жариялады', 'опубликовал% краткое руководство'),
  tri('collected old photographs', 'ескі фотосуреттерді жинады', 'собрал% старые фотографии'),
  tri('tested a new irrigation scheme', 'жаңа суару жүйесін сынады', 'испытал% новую систему орошения'),
  tri('marked % tenth anniversary', 'оныншы мерейтойын атап өтті', 'отметил% десятую годовщину'),
  tri('invited guests from neighbouring towns', 'көрші қалалардан қонақтар шақырды', 'пригласил% гостей из соседних городов'),
  tri('cleaned the riverbank', 'өзен жағасын тазалады', 'очистил% берег реки'),
  tri('recorded a concert for the radio', 'радио үшін концерт жазып алды', 'записал% концерт для радио'),
  tri('built a small weather station', 'шағын ауа райы станциясын салды', 'построил% небольшую метеостанцию'),
  tri('received a grant for new books', 'жаңа кітаптарға грант алды', 'получил% грант на новые книги'),
  tri('discussed the spring timetable', 'көктемгі кестені талқылады', 'обсудил% весенний график'),
];
const TIMES: readonly Tri[] = [
  tri('on Monday', 'дүйсенбі күні', 'в понедельник'),
  tri('last week', 'өткен аптада', 'на прошлой неделе'),
  tri('this spring', 'биыл көктемде', 'этой весной'),
  tri('in early autumn', 'күздің басында', 'в начале осени'),
  tri('after a long break', 'ұзақ үзілістен кейін', 'после долгого перерыва'),
  tri('on a cold morning', 'суық таңертең', 'холодным утром'),
  tri('for the first time', 'алғаш рет', 'впервые'),
  tri('at the end of the month', 'ай соңында', 'в конце месяца'),
  tri('over the weekend', 'демалыс күндері', 'в выходные'),
  tri('despite the rain', 'жаңбырға қарамастан', 'несмотря на дождь,'),
];
/** Whole sentences, with typography that must survive: ’ “” «» — and non-breaking spaces. */
const SENTENCES: readonly Tri[] = [
  tri(
    'Residents said the work would continue next year.',
    'Тұрғындар жұмыс келесі жылы жалғасатынын айтты.',
    'Жители сказали, что работа продолжится в следующем году.',
  ),
  tri(
    'The weather stayed dry and warm all week.',
    'Апта бойы ауа райы құрғақ әрі жылы болды.',
    'Всю неделю погода оставалась сухой и тёплой.',
  ),
  tri(
    'Admission was free, and the hall was full by noon.',
    'Кіру тегін болды, түске қарай зал толып кетті.',
    'Вход был свободным, и к полудню зал был полон.',
  ),
  tri(
    'Organisers thanked everyone who helped — from drivers to cooks.',
    'Ұйымдастырушылар көмектескендердің бәріне — жүргізушілерден бастап аспазшыларға дейін алғыс айтты.',
    'Организаторы поблагодарили всех, кто помогал, — от водителей до поваров.',
  ),
  tri('The next meeting is planned for the autumn.', 'Келесі кездесу күзге жоспарланған.', 'Следующая встреча запланирована на осень.'),
  tri('Children read poems in three languages.', 'Балалар үш тілде өлең оқыды.', 'Дети читали стихи на трёх языках.'),
  tri(
    'The old school building now houses a small museum.',
    'Ескі мектеп ғимаратында енді шағын мұражай орналасқан.',
    'В старом здании школы теперь находится небольшой музей.',
  ),
  tri(
    'A local bakery brought bread for the guests.',
    'Жергілікті наубайхана қонақтарға нан әкелді.',
    'Местная пекарня привезла хлеб для гостей.',
  ),
  tri('The road to the village was repaired in time.', 'Ауылға баратын жол уақытында жөнделді.', 'Дорогу в село отремонтировали вовремя.'),
  tri(
    'Photos from the event are on display in the library.',
    'Іс-шарадан түсірілген суреттер кітапханада көрмеге қойылды.',
    'Фотографии с мероприятия выставлены в библиотеке.',
  ),
  tri(
    '“We are only at the beginning,” one of the organisers said.',
    '«Біз әлі бастапқы кезеңдеміз», – деді ұйымдастырушылардың бірі.',
    '«Мы только в начале пути», — сказал один из организаторов.',
  ),
  tri(
    'The new footbridge is 1,200 metres long.',
    'Жаңа жаяу көпірдің ұзындығы — 1\u00a0200 метр.',
    'Длина нового пешеходного моста — 1\u00a0200 метров.',
  ),
  tri('Volunteers worked in two shifts.', 'Еріктілер екі ауысыммен жұмыс істеді.', 'Волонтёры работали в две смены.'),
  tri(
    'The project is funded by the district budget.',
    'Жоба аудандық бюджеттен қаржыландырылады.',
    'Проект финансируется из районного бюджета.',
  ),
  tri(
    'Tea and baursaks were served after the concert.',
    'Концерттен кейін шай мен бауырсақ берілді.',
    'После концерта подали чай и баурсаки.',
  ),
  tri(
    'Some of the guests travelled more than 300 kilometres.',
    'Кейбір қонақтар 300 шақырымнан астам жол жүрді.',
    'Некоторые гости проехали более 300 километров.',
  ),
];
const MARKER_SENTENCES: Record<(typeof SEARCH_MARKERS)[number]['word'], Tri> = {
  жайлау: tri('This year the summer pasture opened early.', 'Биыл жайлау ерте ашылды.', 'В этом году летнее пастбище открылось рано.'),
  Жайлау: tri(
    'The summer pasture season began in late May.',
    'Жайлау маусымы мамырдың соңында басталды.',
    'Сезон летних пастбищ начался в конце мая.',
  ),
  ТҰЛПАР: tri('The Tulpar team won the relay.', '«ТҰЛПАР» командасы эстафетада жеңді.', 'Команда «Тулпар» победила в эстафете.'),
  степь: tri(
    'In spring the steppe bloomed earlier than usual.',
    'Көктемде дала әдеттегіден ерте гүлдеді.',
    'Весной степь зацвела раньше обычного.',
  ),
  СТЕПНОЙ: tri(
    'The Steppe Wind festival took place for the third time.',
    '«ДАЛА ЖЕЛІ» фестивалі үшінші рет өтті.',
    'Фестиваль «СТЕПНОЙ ВЕТЕР» прошёл в третий раз.',
  ),
  pipeline: tri(
    'The new data pipeline processed the archive overnight.',
    'Жаңа деректер жүйесі мұрағатты бір түнде өңдеді.',
    'Новый конвейер данных обработал архив за ночь.',
  ),
};
const QUOTES: readonly Tri[] = [
  tri(
    'We did this together, and we will keep doing it together.',
    'Біз мұны бірге істедік және бұдан әрі де бірге істейміз.',
    'Мы сделали это вместе и будем делать это вместе и дальше.',
  ),
  tri(
    'Every book here was brought by someone from the village.',
    'Мұндағы әр кітапты ауылдан біреу әкелді.',
    'Каждую книгу здесь принёс кто-то из села.',
  ),
  tri(
    'The river is calm now, but we remember the spring floods.',
    'Қазір өзен тыныш, бірақ біз көктемгі тасқынды ұмытқан жоқпыз.',
    'Сейчас река спокойна, но мы помним весенние паводки.',
  ),
  tri(
    'Young people should see that their ideas matter.',
    'Жастар өз идеяларының маңызды екенін көруі керек.',
    'Молодые люди должны видеть, что их идеи важны.',
  ),
  tri(
    'I have worked here for twenty years, and I am still learning.',
    'Мен мұнда жиырма жыл жұмыс істеп келемін, әлі де үйреніп жүрмін.',
    'Я работаю здесь двадцать лет и всё ещё учусь.',
  ),
  tri(
    'Music brings people together faster than any meeting.',
    'Музыка адамдарды кез келген жиналыстан тезірек біріктіреді.',
    'Музыка объединяет людей быстрее любого собрания.',
  ),
  tri(
    'We measured the wind every morning, even on holidays.',
    'Біз желді күн сайын таңертең, тіпті мереке күндері де өлшедік.',
    'Мы измеряли ветер каждое утро, даже в праздники.',
  ),
  tri(
    'This award belongs to the whole team, not to me.',
    'Бұл марапат маған емес, бүкіл командаға тиесілі.',
    'Эта награда принадлежит всей команде, а не мне.',
  ),
  tri(
    'Next year we want to open a second workshop.',
    'Келесі жылы екінші шеберхана ашқымыз келеді.',
    'В следующем году мы хотим открыть вторую мастерскую.',
  ),
  tri(
    '“Slowly but surely” — that is our motto.',
    '«Асықпай, бірақ сенімді» — біздің ұранымыз осы.',
    '«Медленно, но верно» — таков наш девиз.',
  ),
];
/** Speakers named in the article rather than registered; `role` is left out for some. */
const NAMED_SPEAKERS: readonly { name: Tri; role?: Tri }[] = [
  { name: tri('Marat K.', 'Марат Қ.', 'Марат К.'), role: tri('a local resident', 'жергілікті тұрғын', 'местный житель') },
  { name: tri('Aliya S.', 'Әлия С.', 'Алия С.'), role: tri('a volunteer', 'ерікті', 'волонтёр') },
  { name: tri('Pyotr V.', 'Пётр В.', 'Пётр В.'), role: tri('a retired teacher', 'зейнеткер мұғалім', 'учитель на пенсии') },
  { name: tri('Gaukhar M.', 'Гауһар М.', 'Гаухар М.') },
];
const NAMED_RECIPIENTS: readonly { name: Tri; description?: Tri }[] = [
  {
    name: tri('The Lakeshore school choir', 'Көлжаға мектебінің хоры', 'Хор школы Приозёрья'),
    description: tri('for twenty years of concerts', 'жиырма жылдық концерттері үшін', 'за двадцать лет концертов'),
  },
  {
    name: tri('Volunteers of the river library', 'Өзен жағасындағы кітапхананың еріктілері', 'Волонтёры библиотеки у реки'),
    description: tri('for saving the archive', 'мұрағатты сақтап қалғаны үшін', 'за спасение архива'),
  },
  {
    name: tri('The night shift of the weather bureau', 'Ауа райы бюросының түнгі ауысымы', 'Ночная смена бюро погоды'),
    description: tri('for accurate forecasts', 'дәл болжамдары үшін', 'за точные прогнозы'),
  },
  { name: tri('A team of young engineers', 'Жас инженерлер тобы', 'Команда молодых инженеров') },
];
const HEADINGS: readonly Tri[] = [
  tri('What happens next', 'Алдағы жоспар', 'Что дальше'),
  tri('Background', 'Тарихы', 'Предыстория'),
  tri('Voices from the village', 'Ауыл тұрғындарының пікірі', 'Голоса из села'),
  tri('Awards and thanks', 'Марапаттар мен алғыс', 'Награды и благодарности'),
  tri('In numbers', 'Сандармен', 'В цифрах'),
];
const AWARD_NOTE = tri('Presented at the spring ceremony.', 'Көктемгі салтанатта табысталды.', 'Вручено на весенней церемонии.');
const SOURCE_NAME = tri('Fixture Wire', 'Сынақ хабар агенттігі', 'Тестовое информагентство');

type Text = Localized;

/** A subject and an action that agrees with it. */
const subjectAction = (rng: Rng): { subject: Tri; action: Tri } => {
  const subject = pick(rng, SUBJECTS);
  const action = pick(rng, ACTIONS);
  return {
    subject,
    action: {
      en: action.en.replace('%', subject.g === 'p' ? 'their' : 'its'),
      kk: action.kk,
      ru: action.ru.replace('%', RU_ENDING[subject.g]),
    },
  };
};

/** "Subject did something [when]." in each language's word order. */
const eventSentence = (rng: Rng, withTime: boolean): Text => {
  const { subject, action } = subjectAction(rng);
  const time = withTime ? pick(rng, TIMES) : undefined;
  return (lang) => {
    if (lang === 'en') return `${cap(subject.en)} ${action.en}${time ? ` ${time.en}` : ''}.`;
    return time ? `${cap(time[lang])} ${subject[lang]} ${action[lang]}.` : `${cap(subject[lang])} ${action[lang]}.`;
  };
};

const numberSentence = (rng: Rng): Text => {
  if (rng() < 0.5) {
    const n = int(rng, 2, 99) * 10; // ends in 0: "человек" agrees with it in Russian
    return (lang) => tri(`${n} people took part.`, `Іс-шараға ${n} адам қатысты.`, `В мероприятии приняли участие ${n} человек.`)[lang];
  }
  const year = int(rng, 1950, 2015);
  return (lang) =>
    tri(`The tradition dates back to ${year}.`, `Бұл дәстүр ${year} жылдан бастау алады.`, `Эта традиция существует с ${year} года.`)[lang];
};

const sentence = (rng: Rng): Text => {
  const r = rng();
  if (r < 0.5) return eventSentence(rng, rng() < 0.7);
  if (r < 0.85) {
    const text = pick(rng, SENTENCES);
    return (lang) => text[lang];
  }
  return numberSentence(rng);
};

const paragraph = (rng: Rng, extra?: Tri): Text => {
  const sentences = Array.from({ length: int(rng, 2, 4) }, () => sentence(rng));
  if (extra) sentences.splice(1, 0, (lang) => extra[lang]);
  return (lang) => sentences.map((s) => s(lang)).join(' ');
};

// ---------------------------------------------------------------------------------------------------------
// Dates.

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAYS = (Date.UTC(2026, 0, 1) - FIRST_DAY) / DAY;
const OFFSETS = ['+05:00', '+06:00', 'Z'] as const;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A date-time with an offset: daytime, or near midnight so that the UTC day and the Kazakh day differ. */
const dateTime = (rng: Rng, day: string): string => {
  const offset = pick(rng, OFFSETS);
  const kind = rng();
  // Late evening UTC is the next day in Kazakhstan; just after midnight at +05:00/+06:00 is the previous day in UTC.
  const hour = kind < 0.4 ? int(rng, 8, 18) : offset === 'Z' ? int(rng, 19, 23) : int(rng, 0, 4);
  return `${day}T${pad(hour)}:${pad(int(rng, 0, 11) * 5)}:00${offset}`;
};

// ---------------------------------------------------------------------------------------------------------
// Articles.

type VersionMix = 'all' | 'en-ru' | 'en-kk' | 'kk' | 'ru' | 'en';
interface Plan {
  mix: VersionMix;
  original: Lang;
  dateTime: boolean;
  updated: boolean;
  marker?: keyof typeof MARKER_SENTENCES;
  /** How many blocks of each type; a type not given is drawn by its own sample. */
  blocks?: Partial<Record<BlockType, number>>;
}
const MIX_LANGS: Record<VersionMix, Lang[]> = {
  all: ['en', 'kk', 'ru'],
  'en-ru': ['en', 'ru'],
  'en-kk': ['en', 'kk'],
  kk: ['kk'],
  ru: ['ru'],
  en: ['en'],
};

const randomPlan = (rng: Rng): Plan => {
  const mix = weighted<VersionMix>(rng, [
    ['all', 60],
    ['en-ru', 14],
    ['en-kk', 8],
    ['kk', 8],
    ['ru', 8],
    ['en', 2],
  ]);
  const langs = MIX_LANGS[mix];
  const original =
    mix === 'all'
      ? weighted<Lang>(rng, [
          ['en', 45],
          ['kk', 20],
          ['ru', 35],
        ])
      : pick(rng, langs);
  return {
    mix,
    original,
    dateTime: rng() < 0.3,
    updated: rng() < 0.08,
  };
};

/** Articles 1 to 8 cover every version mix and kind of block, and carry the search markers. */
const FIXED_PLANS: readonly Partial<Plan>[] = [
  { mix: 'all', original: 'en', blocks: { awards: 1, timeline: 1, quote: 2, heading: 1 }, dateTime: true },
  { mix: 'kk', original: 'kk', marker: 'жайлау' },
  { mix: 'all', original: 'kk', marker: 'Жайлау', blocks: { timeline: 1 } },
  { mix: 'en-kk', original: 'kk', marker: 'ТҰЛПАР', blocks: { awards: 1 } },
  { mix: 'ru', original: 'ru', marker: 'степь', blocks: { quote: 1 } },
  { mix: 'en-ru', original: 'ru', marker: 'СТЕПНОЙ', blocks: { awards: 1, timeline: 1 }, dateTime: true },
  { mix: 'en-ru', original: 'en', marker: 'pipeline', updated: true },
  { mix: 'en', original: 'en', updated: true, dateTime: true },
];

const personIds = Array.from({ length: PEOPLE_COUNT }, (_, i) => personId(i + 1));
const orgIds = ORGANIZATIONS.map((_, i) => `fixture-org-${i + 1}`);
const localized =
  (text: Tri): Localized =>
  (lang) =>
    text[lang];
/** People and groups named in place (speakers, recipients), not registered. */
const NAMED = [
  ...NAMED_SPEAKERS,
  ...NAMED_RECIPIENTS.map(({ name, description }) => ({ name, ...(description && { role: description }) })),
];

/** What a block type's sample draws on: the article's random numbers, the fixture entities and texts. */
const sampleContext = (rng: Rng, publishedDay: number, photos: Omit<CorpusPhoto, 'articleId'>[]): SampleContext => ({
  random: rng,
  int: (min, max) => int(rng, min, max),
  pick: (items) => pick(rng, items),
  pickSome: (items, count) => pickSome(rng, items, count),
  people: personIds,
  awards: AWARDS.map(([id, { degrees }]) => ({ id, ...(degrees && { degrees }) })),
  namedPerson: () => {
    const { name, role } = pick(rng, NAMED);
    return { name: localized(name), ...(role && { role: localized(role) }) };
  },
  text: {
    paragraph: () => paragraph(rng),
    sentence: () => eventSentence(rng, false),
    quote: () => localized(pick(rng, QUOTES)),
    heading: () => localized(pick(rng, HEADINGS)),
    note: () => localized(AWARD_NOTE),
  },
  photo: () => {
    const file = `photo-${photos.length + 1}.jpg`;
    photos.push({ file, design: int(rng, 0, PHOTO_DESIGNS - 1) });
    return file;
  },
  dateNear: (days, withTime) => {
    const date = isoDay(FIRST_DAY + (publishedDay + days) * DAY);
    return withTime ? dateTime(rng, date) : date;
  },
});

type BlockTemplate = Localized<Block>;

/**
 * The article's blocks in every language: paragraphs first (the first one with the article's search
 * marker), then every other block type, as many as its sample draws, placed where its sample says.
 */
const articleBody = (context: SampleContext, plan: Plan): BlockTemplate[] => {
  const count = (type: BlockType) => plan.blocks?.[type] ?? blockDefinitions[type].sample.count(context);
  const marker = plan.marker && MARKER_SENTENCES[plan.marker];
  const slots: BlockTemplate[][] = Array.from({ length: Math.max(1, count('paragraph')) }, (_, p) => {
    const text = paragraph(context.random, p === 0 ? marker : undefined);
    return [(lang) => ({ type: 'paragraph', text: text(lang) })];
  });
  const last = slots.length - 1;
  const lead: BlockTemplate[] = [];
  for (const type of BLOCK_TYPES) {
    if (type === 'paragraph') continue;
    const { make, place } = blockDefinitions[type].sample as BlockDefinition<Block>['sample'];
    for (let n = 1; n <= count(type); n++) {
      const block = make(context, n);
      if (place === 'lead') lead.push(block);
      else if (place === 'section') slots[Math.max(1, Math.floor(slots.length / 2))]?.unshift(block);
      else if (place === 'late') slots[context.int(Math.floor(last / 2), last)]!.push(block);
      else if (place === 'last') slots[last]!.push(block);
      else slots[context.int(0, last)]!.push(block);
    }
  }
  return [...lead, ...slots.flat()];
};

const generateArticle = (index: number, seed: number, idWidth: number): { versions: Article[]; photos: CorpusPhoto[] } => {
  const rng = mulberry32(seedFor(seed, index));
  const plan: Plan = { ...randomPlan(rng), ...FIXED_PLANS[index] };
  const langs = MIX_LANGS[plan.mix];

  const day = int(rng, 0, DAYS - 1);
  const date = isoDay(FIRST_DAY + day * DAY);
  const publishedAt = plan.dateTime ? dateTime(rng, date) : date;
  let updatedAt: string | null = null;
  if (plan.updated) {
    const later = isoDay(FIRST_DAY + (day + int(rng, 1, 30)) * DAY);
    updatedAt = plan.dateTime ? dateTime(rng, later) : later;
  }
  const id = `fixture-${date}-${pad(index + 1, idWidth)}`;

  const headline = subjectAction(rng);
  const summary = eventSentence(rng, true);
  const tags = ['fixture', ...(rng() < 0.4 ? [pick(rng, orgIds)] : [])];
  const source = rng() < 0.3;

  const photos: Omit<CorpusPhoto, 'articleId'>[] = [];
  const body = articleBody(sampleContext(rng, day, photos), plan);

  const versions = langs.map((lang) => ({
    id,
    lang,
    translatedFrom: lang === plan.original ? null : plan.original,
    publishedAt,
    updatedAt,
    headline:
      lang === 'en'
        ? `${cap(headline.subject.en.replace(/^the /, ''))} ${headline.action.en}`
        : `${cap(headline.subject[lang])} ${headline.action[lang]}`,
    summary: `${FICTION_MARKER[lang]} ${summary(lang)}`,
    ...(source && { source: { name: SOURCE_NAME[lang], url: `https://example.org/fixture/${id}` } }),
    tags: [...tags],
    body: body.map((block) => block(lang)),
  }));
  return { versions, photos: photos.map((photo) => ({ articleId: id, ...photo })) };
};

/** A deterministic corpus of `count` fictional articles; see the module comment. */
export const generateCorpus = ({ count, seed = 1 }: GenerateOptions): Corpus => {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, not ${count}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
  const idWidth = Math.max(5, String(count).length);
  const articles: Article[] = [];
  const photos: CorpusPhoto[] = [];
  for (let index = 0; index < count; index++) {
    const article = generateArticle(index, seed, idWidth);
    articles.push(...article.versions);
    photos.push(...article.photos);
  }
  return { entities: fixtureEntities(), articles, photos };
};

export interface WriteOptions {
  /** The real entities.json: written merged with the fixture entities (the real ones are kept). */
  baseEntities?: Entities;
}

/** Writes `articles/<id>/<lang>.json`, the photos and `entities.json` into `publicDir`; returns what it wrote. */
export const writeCorpus = async (
  corpus: Corpus,
  publicDir: string,
  { baseEntities }: WriteOptions = {},
): Promise<{ articles: number; versions: number; photos: number }> => {
  const ids = new Set<string>();
  for (const article of corpus.articles) {
    const dir = join(publicDir, 'articles', article.id);
    if (!ids.has(article.id)) {
      mkdirSync(dir, { recursive: true });
      ids.add(article.id);
    }
    writeFileSync(join(dir, `${article.lang}.json`), `${JSON.stringify(article, null, 2)}\n`);
  }
  // Each design is drawn once, however many articles show it.
  const designs = new Map<number, Promise<Buffer>>();
  for (const { articleId, file, design } of corpus.photos) {
    if (!designs.has(design)) designs.set(design, renderPhoto(design));
    mkdirSync(join(publicDir, 'articles', articleId), { recursive: true });
    writeFileSync(join(publicDir, 'articles', articleId, file), await designs.get(design)!);
  }
  const entities = baseEntities ? mergeEntities(baseEntities, corpus.entities) : corpus.entities;
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(join(publicDir, 'entities.json'), `${JSON.stringify(entities, null, 2)}\n`);
  return { articles: ids.size, versions: corpus.articles.length, photos: corpus.photos.length };
};
