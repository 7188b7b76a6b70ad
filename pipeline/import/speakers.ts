// Who said it: the attribution's name, role or pronoun turned into a person, registered in entities.json
// (an id) or named as the article names them (a proposal for the editor).
import type { Entities } from '../../src/content/schema.ts';
import type { WrittenLang as Lang } from '../../src/shared/languages.ts';
import { isPersonName, NAME, nameRuns, type SpeakerRef } from './attribution.ts';

export interface Person {
  /** A person registered in entities.json. */
  id?: string;
  /** The name as the article writes it (nominative), for someone not registered. */
  name: string;
  role?: string;
}

export interface ResolvedSpeaker {
  person?: Person;
  /** How the person was found, for the evidence an editor checks. */
  how: string;
  confidence: number;
}

/** Kazakh letters folded to their Russian neighbours, so Тоқаев and Токаев compare equal. */
const FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' };
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[әғқңөұүһіё]/g, (char) => FOLD[char]!)
    .replace(/[’']/g, '');

const tokens = (name: string) => name.split(/\s+/).filter(Boolean).map(fold);

/** Kazakh case endings after a surname (Назарбаевтың, Тоқаевқа): the importer wants the name itself. */
const KAZAKH_CASE = /(тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|ты|ті|ды|ді|ны|ні|мен|пен|бен|тан|тен|дан|ден|нан|нен|та|те|да|де)$/u;
export const nominative = (name: string, lang: Lang): string =>
  lang === 'kk'
    ? name
        .split(' ')
        .map((word, index, all) => (index === all.length - 1 && word.length >= 7 ? word.replace(KAZAKH_CASE, '') : word))
        .join(' ')
    : name;

/** The registered person whose surname (in any language) the text names, first names agreeing. */
export const registeredPerson = (name: string, entities: Entities): string | undefined => {
  const words = tokens(name);
  for (const [id, person] of Object.entries(entities.people)) {
    for (const written of Object.values(person.name)) {
      if (!written) continue;
      const known = tokens(written);
      const surname = known.at(-1)!;
      const at = words.findIndex((word) => word.startsWith(surname) && word.length <= surname.length + 4);
      if (at < 0) continue;
      // "Kassym-Jomart Tokayev" and "Tokayev" are him; "Aliya Tokayeva" is not.
      const given = words.slice(0, at);
      if (given.length && !given.some((word) => known.slice(0, -1).some((part) => word.slice(0, 3) === part.slice(0, 3)))) continue;
      if (words[at]!.length > surname.length && /^(а|a)$/u.test(words[at]!.slice(surname.length)) && given.length === 0) continue;
      return id;
    }
  }
  return undefined;
};

/** Full names in the text (two to four capitalised words), with where they are. */
export const nameMentions = (text: string): { name: string; index: number }[] =>
  [...text.matchAll(new RegExp(NAME, 'gu'))]
    .flatMap((match) => nameRuns(match[0]).map((run) => ({ name: run.name, index: match.index + run.offset })))
    .filter((mention) => mention.name.includes(' '));

interface Mention {
  person: Person;
  index: number;
}

/** Every person the text names: registered people by their surname in any language, others by full name. */
const mentions = (text: string, entities: Entities, lang: Lang): Mention[] => {
  const found: Mention[] = [];
  const folded = fold(text);
  for (const [id, registered] of Object.entries(entities.people)) {
    for (const surname of new Set(Object.values(registered.name).map((name) => tokens(name ?? '').at(-1)!))) {
      for (const match of folded.matchAll(new RegExp(`(?<![\\p{L}-])${surname}`, 'gu'))) {
        found.push({ person: { id, name: registered.name[lang] ?? registered.name.en }, index: match.index });
      }
    }
  }
  for (const mention of nameMentions(text)) {
    if (!registeredPerson(mention.name, entities)) found.push({ person: { name: nominative(mention.name, lang) }, index: mention.index });
  }
  return found.sort((a, b) => a.index - b.index);
};

const HEAD_OF_STATE_NAMED: Record<Lang, RegExp> = {
  en: new RegExp(`(?:Head of State|President)\\s+(${NAME})`, 'gu'),
  ru: new RegExp(`(?:[Гг]лава государства|[Пп]резидент(?: Казахстана| РК)?)\\s+(${NAME})`, 'gu'),
  kk: new RegExp(`(?:Мемлекет басшысы|Президент|Президенті)\\s+(${NAME})`, 'gu'),
};

export interface SpeakerContext {
  lang: Lang;
  entities: Entities;
  /** The article's text, and where in it the quote is. */
  text: string;
  position: number;
  /** The speaker of the quote before this one, for "he added". */
  previous?: Person;
}

const person = (name: string, entities: Entities, lang: Lang, role?: string): Person => {
  const id = registeredPerson(name, entities);
  return id ? { id, name } : { name: nominative(name, lang), ...(role && { role }) };
};

const lastBefore = <T extends { index: number }>(items: T[], position: number): T | undefined =>
  items.filter((item) => item.index < position).at(-1) ?? items[0];

/** The article's head of state: named next to the title, else a registered president the text names, else the last person named. */
const headOfState = (context: SpeakerContext): ResolvedSpeaker => {
  const { lang, entities, text, position } = context;
  const named = [...text.matchAll(HEAD_OF_STATE_NAMED[lang])]
    .filter((match) => isPersonName(match[1]!))
    .map((match) => ({ name: match[1]!, index: match.index }));
  const near = lastBefore(named, position);
  if (near) return { person: person(near.name, entities, lang), how: `the head of state, named as “${near.name}”`, confidence: 0.9 };
  const all = mentions(text, entities, lang);
  const president = all.find(({ person: { id } }) =>
    Object.values((id && entities.people[id]?.role) || {}).some((role) => role && /president|президент/iu.test(role)),
  );
  if (president) return { person: president.person, how: 'the president the article names', confidence: 0.85 };
  const last = lastBefore(all, position);
  if (last) return { person: last.person, how: `the person last named before the quote, “${last.person.name}”`, confidence: 0.6 };
  return { how: 'nobody named', confidence: 0 };
};

export const resolveSpeaker = (ref: SpeakerRef, context: SpeakerContext): ResolvedSpeaker => {
  const { lang, entities, text, position, previous } = context;
  switch (ref.kind) {
    case 'name': {
      const id = registeredPerson(ref.name, entities);
      if (id) return { person: { id, name: ref.name }, how: `named “${ref.name}”, registered as ${id}`, confidence: 0.95 };
      if (!ref.name.includes(' ')) {
        // "Uali revealed": the article introduced him with his full name.
        const full = nameMentions(text).find((mention) => fold(mention.name).split(' ').at(-1)!.startsWith(fold(ref.name)));
        if (full)
          return {
            person: person(full.name, entities, lang, ref.role),
            how: `“${ref.name}”, named in full as “${full.name}”`,
            confidence: 0.8,
          };
      }
      return {
        person: { name: ref.name, ...(ref.role && { role: ref.role }) },
        how: `named “${ref.name}”, not registered`,
        confidence: 0.85,
      };
    }
    case 'role': {
      if (ref.headOfState && !ref.qualifier) return headOfState(context);
      // "пресс-секретарь Президента Берик Уали": the role next to a name earlier in the article.
      const role = ref.role
        .replace(/^the\s+/i, '')
        .split(/\s+/)
        .at(-1)!;
      const pattern = new RegExp(`${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s+\\p{L}+){0,2}?\\s+(${NAME})`, 'giu');
      const named = [...text.matchAll(pattern)].flatMap((match) =>
        nameRuns(match[1]!)
          .filter((run) => run.name.includes(' '))
          .map((run) => ({ name: run.name, index: match.index })),
      );
      const near = lastBefore(named, position);
      if (near)
        return { person: person(near.name, entities, lang, ref.role), how: `“${ref.role}”, named as “${near.name}”`, confidence: 0.75 };
      return { how: `“${ref.role}”, named nowhere in the article`, confidence: 0 };
    }
    case 'pronoun':
    case 'none': {
      if (previous) return { person: previous, how: 'the speaker of the quote before', confidence: 0.75 };
      const last = mentions(text, entities, lang)
        .filter((mention) => mention.index < position)
        .at(-1);
      if (last) return { person: last.person, how: `the person last named before the quote, “${last.person.name}”`, confidence: 0.6 };
      return { how: 'nobody named', confidence: 0 };
    }
  }
};
