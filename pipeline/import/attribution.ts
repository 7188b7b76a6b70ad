// Who a quote's attribution names, and how: "…,” Tokayev said. / «…», — сказал Касым-Жомарт Токаев. /
// «…», деп атап өтті Мемлекет басшысы. The speaker is kept as printed (a name, a role, a pronoun); the
// speakers module decides who that is.
import type { WrittenLang as Lang } from '../../src/shared/languages.ts';

export type SpeakerRef =
  | { kind: 'name'; name: string; role?: string }
  /** `headOfState`: the Head of State, the President (of the country the article is about). */
  | { kind: 'role'; role: string; headOfState: boolean; qualifier?: string }
  | { kind: 'pronoun'; word: string }
  | { kind: 'none' };

export interface Attribution {
  verb: string;
  speaker: SpeakerRef;
  /** The attribution as printed, from its first word to the end of its sentence. */
  text: string;
  /** Where in the tail the attribution's first word is, and how much of the tail it takes (punctuation before it included). */
  start: number;
  length: number;
}

const alt = (words: readonly string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const VERBS: Record<Lang, string[]> = {
  en: [
    'said',
    'says',
    'added',
    'adds',
    'noted',
    'notes',
    'stressed',
    'stresses',
    'emphasized',
    'emphasised',
    'emphasizes',
    'stated',
    'explained',
    'continued',
    'remarked',
    'pointed out',
    'underlined',
    'underscored',
    'highlighted',
    'revealed',
    'declared',
    'concluded',
    'announced',
    'wrote',
    'recalled',
    'replied',
    'answered',
    'urged',
    'insisted',
    'observed',
    'commented',
    'assured',
    'summed up',
    'told reporters',
    'told journalists',
    'told the audience',
  ],
  ru: [
    'сказал',
    'сказала',
    'отметил',
    'отметила',
    'подчеркнул',
    'подчеркнула',
    'добавил',
    'добавила',
    'заявил',
    'заявила',
    'пояснил',
    'пояснила',
    'заключил',
    'заключила',
    'резюмировал',
    'резюмировала',
    'констатировал',
    'констатировала',
    'ответил',
    'ответила',
    'уточнил',
    'уточнила',
    'напомнил',
    'напомнила',
    'говорит',
    'отмечает',
    'подчеркивает',
    'подчёркивает',
    'заявляет',
    'добавляет',
    'высказался',
    'высказалась',
    'признался',
    'заверил',
    'заверила',
    'призвал',
    'призвала',
    'сообщил',
    'сообщила',
  ],
  kk: [
    'деді',
    'дейді',
    'деп атап өтті',
    'деп атап көрсетті',
    'деп атап айтты',
    'деп жеткізді',
    'деп қорытындылады',
    'деп жауап берді',
    'деп түйіндеді',
    'деп сенім білдірді',
    'деп мәлімдеді',
    'деп айтты',
    'деп толықтырды',
    'деп қосты',
    'деп баса айтты',
    'деп ескертті',
    'деп пікір білдірді',
    'деп атап өтеді',
    'деп сөзін түйіндеді',
    'деп сөзін қорытындылады',
    'екенін жеткізді',
    'екенін атап өтті',
    'екенін айтты',
    'атап өтті',
    'атап көрсетті',
    'жеткізді',
    'қорытындылады',
    'түйіндеді',
    'мәлімдеді',
  ],
};

/** Verbs that end an unmarked paragraph as direct speech; the news agency's "reports" never does. */
const STRICT_VERBS: Record<Lang, RegExp> = {
  en: /^(said|added|noted|stressed|emphasized|emphasised|stated|explained|continued|remarked|pointed out|underlined|concluded)$/,
  ru: /^(сказал|сказала|отметил|отметила|подчеркнул|подчеркнула|добавил|добавила|заявил|заявила|пояснил|пояснила|заключил|заключила|резюмировал|ответил|ответила)$/,
  kk: /^(деді|дейді|деп .+)$/,
};

const HEAD_OF_STATE: Record<Lang, string> = {
  en: "(?:the\\s+)?(?:Kazakh\\s+|Kazakhstan['’]s\\s+)?(?:Head\\s+of\\s+State|head\\s+of\\s+state|President(?:\\s+of\\s+(?:the\\s+Republic\\s+of\\s+)?Kazakhstan)?)",
  ru: '(?:[Гг]лава\\s+государства|[Пп]резидент(?:\\s+Казахстана|\\s+РК|\\s+Республики\\s+Казахстан)?)',
  kk: '(?:Мемлекет\\s+басшысы|ҚР\\s+Президенті|Қазақстан\\s+Президенті|Президенті|Президент)',
};

/** Roles that name one person the article introduces elsewhere ("пресс-секретарь Президента Берик Уали"). */
const ROLES: Record<Lang, string> = {
  en: "(?:the\\s+)?(?:(?:President['’]s\\s+|presidential\\s+)?(?:spokesperson|spokesman|press\\s+secretary)|minister|governor|akim|mayor|ambassador|chairman|chairwoman|deputy)",
  ru: '(?:пресс-секретарь|министр|аким|посол|председатель|депутат|спикер|вице-министр)',
  kk: '(?:баспасөз\\s+хатшысы|министр|әкім|елші|төраға|депутат|вице-министр|әкімі)',
};

const PRONOUNS: Record<Lang, string> = { en: '(?:he|she|they)', ru: '(?:он|она|они)', kk: '(?:ол|олар)' };

/** A capitalised word of a name, Kazakh and Russian names included (Қасым-Жомарт, O’Brien). */
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
export const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;

/** Words that are capitalised in running text but are not anybody's name. */
const NOT_NAMES = new Set(
  (
    'The A An In At On As For This That It According After Before During Addressing Among Also However Today Yesterday ' +
    'Kazakhstan Kazakh Republic Assembly People National Council Order Medal Akorda Government Ministry Security Parliament ' +
    'Senate Mazhilis Astana Almaty Nur-Sultan Kazinform News Agency Head State President Prime Minister Day Independence Year ' +
    'Facebook Telegram Twitter Instagram Address Nation Decree Uzbekistan Russia Türkiye Turkey China ' +
    'Президент Глава Казахстан Казахстана Республики РК Акорда Ассамблея Указ Орден Правительство Парламент Сенат Мажилис ' +
    'Астана Алматы Послании Послание Национального Национальный Об Как В На По Это Также Кроме Однако ' +
    'Мемлекет Қазақстан Республикасы Ақорда Елбасы Ассамблеясы Үкімет Парламент Сенат Мәжіліс Жолдау Жолдауында Бұл Осы Сондай-ақ'
  ).split(' '),
);

/** A single word after a role is a name only when it looks like a surname ("President Tokayev"). */
const SURNAME = /(ev|ov|in|yev|ova|eva|ina|uly|kyzy|bek|bay|ев|ов|ин|ева|ова|ина|ұлы|қызы|бек|бай|ко|ук|ян|дзе|швили)$/u;

/** A person's name: two or more name words, or one that is shaped like a surname. */
export const isPersonName = (name: string): boolean => looksLikeName(name) && (name.includes(' ') || SURNAME.test(name));

const nameAfterRole = (text: string): string | undefined => {
  const named = new RegExp(`^\\s+(${NAME})`, 'u').exec(text);
  return named && isPersonName(named[1]!) ? named[0] : undefined;
};

/** Beginnings of capitalised words that are titles, places and institutions in any of their forms (Президента, Қазақстанның). */
const NOT_NAME_STEMS =
  /^(President|Президент|Глав|Мемлекет|Қазақстан|Казахстан|Kazakhstan|Республик|Ассамбле|Акорд|Ақорд|Akorda|Правительств|Үкімет|Министр|Minist|Парламент|Parliament)/u;

const nameWord = (token: string) => token.length > 1 && !NOT_NAMES.has(token) && !NOT_NAME_STEMS.test(token) && !/^\p{Lu}+$/u.test(token);

export const looksLikeName = (text: string): boolean => {
  const tokens = text.split(/\s+/);
  return tokens.length > 0 && tokens.every(nameWord);
};

/** The runs of name words inside a sequence of capitalised words ("Ақорда Нұрсұлтан Назарбаевтың" → "Нұрсұлтан Назарбаевтың"). */
export const nameRuns = (text: string): { name: string; offset: number }[] => {
  const runs: { name: string; offset: number }[] = [];
  let run: { words: string[]; offset: number } | undefined;
  for (const match of text.matchAll(/\S+/gu)) {
    if (nameWord(match[0])) {
      run ??= { words: [], offset: match.index };
      run.words.push(match[0]);
    } else if (run) {
      runs.push({ name: run.words.join(' '), offset: run.offset });
      run = undefined;
    }
  }
  if (run) runs.push({ name: run.words.join(' '), offset: run.offset });
  return runs;
};

const INDIRECT = /^\s*,?\s*(that|что|чтобы|екенін|деп)(\s|$)/iu;

const sentenceEnd = (text: string): number => {
  const match = /[.!?…](?=\s+[\p{Lu}«“"–—-]|\s*$)/u.exec(text);
  return match ? match.index + 1 : text.length;
};

interface Patterns {
  verbFirst: RegExp;
  speakerFirst: RegExp;
}

const patterns = new Map<Lang, Patterns>();
const patternsFor = (lang: Lang): Patterns => {
  let found = patterns.get(lang);
  if (!found) {
    const verb = `(${alt([...VERBS[lang]].sort((a, b) => b.length - a.length))})`;
    found = {
      verbFirst: new RegExp(`^${verb}(?=[\\s.,!?]|$)\\s*(.*)$`, 'su'),
      speakerFirst: new RegExp(`^(.{1,120}?)\\s+(?:has\\s+|had\\s+)?${verb}(?=[\\s.,!?:]|$)(.*)$`, 'su'),
    };
    patterns.set(lang, found);
  }
  return found;
};

const anchored = (source: string, flags = 'u') => new RegExp(`^(?:${source})(?=$|[\\s.,!?;:])`, flags);

/** A speaker phrase read from the start of `text`: what it names, and how much of `text` it takes. */
export const readSpeaker = (text: string, lang: Lang): { speaker: SpeakerRef; length: number } => {
  const trimmed = text.replace(/^\s+/, '');
  const lead = text.length - trimmed.length;
  const pronoun = anchored(PRONOUNS[lang], 'iu').exec(trimmed);
  if (pronoun) return { speaker: { kind: 'pronoun', word: pronoun[0] }, length: lead + pronoun[0].length };
  const headOfState = anchored(HEAD_OF_STATE[lang]).exec(trimmed);
  if (headOfState) {
    // "President Kassym-Jomart Tokayev": a role printed before the name names the person.
    const named = nameAfterRole(trimmed.slice(headOfState[0].length));
    if (named)
      return { speaker: { kind: 'name', name: named.trim(), role: headOfState[0] }, length: lead + headOfState[0].length + named.length };
    return { speaker: { kind: 'role', role: headOfState[0], headOfState: true }, length: lead + headOfState[0].length };
  }
  const role = anchored(ROLES[lang], 'iu').exec(trimmed);
  if (role) {
    const named = nameAfterRole(trimmed.slice(role[0].length));
    if (named) return { speaker: { kind: 'name', name: named.trim(), role: role[0] }, length: lead + role[0].length + named.length };
    return { speaker: { kind: 'role', role: role[0], headOfState: false }, length: lead + role[0].length };
  }
  // "Италия Президенті", "Italian President": a role of another country's head of state.
  const qualified = new RegExp(`^(${NAME_WORD})\\s+(${HEAD_OF_STATE[lang].replace('(?:the\\s+)?', '')})(?=$|[\\s.,!?])`, 'u').exec(trimmed);
  if (qualified && !/^(Kazakh|Қазақстан|ҚР)$/u.test(qualified[1]!)) {
    return {
      speaker: { kind: 'role', role: qualified[0], headOfState: true, qualifier: qualified[1]! },
      length: lead + qualified[0].length,
    };
  }
  const name = new RegExp(`^(?:(?:${HEAD_OF_STATE[lang]})\\s+)?(${NAME})`, 'u').exec(trimmed);
  if (name && looksLikeName(name[1]!)) {
    let length = lead + name[0].length;
    let role: string | undefined;
    // ", member of Kazakhstan’s Vainakh Chechen-Ingush Association": the role after the name.
    const apposition = /^,\s+([^,.;]{3,160}?)(?=[.;]?\s*$|[.;]\s)/u.exec(trimmed.slice(name[0].length));
    if (apposition && /^\p{Ll}/u.test(apposition[1]!)) {
      role = apposition[1]!;
      length += apposition[0].length;
    }
    return { speaker: { kind: 'name', name: name[1]!, ...(role && { role }) }, length };
  }
  return { speaker: { kind: 'none' }, length: 0 };
};

/**
 * The attribution that a quote's tail starts with (`, said Tokayev.` / `», — сказал он.` / `», деді
 * Президент.`), or undefined when the tail is anything else. `strict` asks for the verbs of plain direct
 * speech only (for a paragraph printed without quotation marks).
 */
export const readAttribution = (tail: string, lang: Lang, strict = false): Attribution | undefined => {
  const lead = /^[\s,.!?…]*(?:[-–—]\s*)?/u.exec(tail)![0];
  const rest = tail.slice(lead.length);
  if (!rest.trim()) return undefined;
  const sentence = rest.slice(0, sentenceEnd(rest));
  const { verbFirst, speakerFirst } = patternsFor(lang);
  const accept = (verb: string, speaker: SpeakerRef): Attribution | undefined =>
    strict && !STRICT_VERBS[lang].test(verb.replace(/\s+/g, ' '))
      ? undefined
      : { verb, speaker, text: sentence.trim(), start: lead.length, length: lead.length + sentence.length };

  const byVerb = verbFirst.exec(sentence);
  if (byVerb && !INDIRECT.test(byVerb[2]!)) {
    const after = byVerb[2]!;
    const { speaker } = readSpeaker(after, lang);
    // "деп Тоқаев атап өтті": Kazakh puts the speaker between деп and the verb as well.
    return accept(byVerb[1]!, speaker);
  }
  const bySpeaker = speakerFirst.exec(sentence);
  // "Tokayev stated that …" reports what was said: indirect speech is never a quote's attribution.
  if (bySpeaker && !INDIRECT.test(bySpeaker[3]!)) {
    const head = bySpeaker[1]!.replace(/^деп\s+/u, '');
    const { speaker, length } = readSpeaker(head, lang);
    // The speaker must be all that stands before the verb ("Kassym-Jomart Tokayev emphasized").
    if (speaker.kind !== 'none' && head.slice(length).trim() === '') return accept(bySpeaker[2]!, speaker);
  }
  return undefined;
};

/** An attribution that introduces the quote (`Tokayev said:` / `Мемлекет басшысы:`), read from the text before it. */
export const readIntroduction = (before: string, lang: Lang): Attribution | undefined => {
  if (!/:\s*$/.test(before)) return undefined;
  const clause = before.replace(/:\s*$/, '');
  const start = Math.max(clause.lastIndexOf('. '), clause.lastIndexOf('! '), clause.lastIndexOf('? '));
  const sentence = clause.slice(start + 1).trim();
  const { speakerFirst } = patternsFor(lang);
  const withVerb = speakerFirst.exec(sentence);
  const speakerText = withVerb ? withVerb[1]! : sentence;
  const { speaker, length } = readSpeaker(speakerText, lang);
  if (speaker.kind === 'none' || speakerText.slice(length).trim() !== '') return undefined;
  return { verb: withVerb?.[2] ?? ':', speaker, text: `${sentence}:`, start: 0, length: 0 };
};
