// The rules every content field follows (text, ids, dates, languages), shared by the article and its
// blocks, entities.json and the files the build derives.
import * as v from 'valibot';
import { LANGS } from '../shared/languages';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A real calendar date, or a date-time that states its offset (never a bare local time). */
export const isIsoDateValue = (value: string): boolean => {
  const match = ISO_DATE.exec(value.slice(0, 10));
  if (!match || !(value.length === 10 || ISO_DATE_TIME.test(value))) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * Bidirectional embedding and override controls can make text display in another order than it reads
 * (a spoofing trick); Kazakh, Russian and English text never needs them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Longer than any real paragraph; stops a runaway file from freezing a reader's browser. */
const MAX_TEXT = 20_000;

// Text is kept exactly as written (no trimming): only text that is all white space is refused.
export const Text = v.pipe(
  v.string('a string'),
  v.minLength(1, 'non-empty text'),
  v.maxLength(MAX_TEXT, `text of at most ${MAX_TEXT} characters`),
  v.check((text) => text.trim().length > 0, 'non-empty text'),
  v.check((text) => !BIDI_CONTROLS.test(text), 'text without bidirectional control characters (U+202A–U+202E, U+2066–U+2069)'),
);
/** The id rule of articles, people, awards and blocks: it becomes part of addresses and file names. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 120;
export const isId = (value: string): boolean => ID.test(value) && value.length <= MAX_ID;

export const Slug = v.pipe(
  v.string('a string'),
  v.regex(ID, 'an id of lowercase a-z, 0-9 and single hyphens'),
  v.maxLength(MAX_ID, `an id of at most ${MAX_ID} characters`),
);
export const IsoDate = v.pipe(
  v.string('a string'),
  v.check(isIsoDateValue, 'an ISO date (2023-04-27) or a date-time with offset (2023-04-27T11:00:00+05:00)'),
);
export const HttpsUrl = v.pipe(v.string('a string'), v.url('an absolute URL'), v.startsWith('https://', 'an https: URL'));
export const LangSchema = v.picklist(LANGS, `one of ${LANGS.join(', ')}`);

/** A person named in place, for someone not registered in entities.json. */
export const NamedPerson = v.strictObject({ name: Text, role: v.optional(Text) });
export const NamedRecipient = v.strictObject({ name: Text, description: v.optional(Text) });

/** A count of things: 0 or more. */
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
