/**
 * Control, format and separator characters, which a terminal or a CI log would act on instead of showing:
 * a line or paragraph separator breaks the line, a right-to-left override reverses the rest of it. The
 * plain space is the one separator left as it is.
 */
const ACTIVE_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Zs}]/gu;
const SHORT_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const escape = (character: string): string => {
  const short = SHORT_ESCAPES[character];
  if (short) return short;
  const code = character.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Text made safe to print as one line of a message that quotes content (`\t`, `\u2028`, `\u202e`).
 * Escaping twice changes nothing: the escapes themselves are plain ASCII.
 */
export const oneLine = (text: string): string =>
  text.replace(ACTIVE_CHARACTERS, (character) => (character === ' ' ? ' ' : escape(character)));
