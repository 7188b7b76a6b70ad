// Turkic casing for Kazakh Latin text: i ↔ İ and ı ↔ I. The language-insensitive methods pair i with I
// (бір → bır → BIR is right, but кісі → kısı → KISI and ине → ine → INE lose the difference), and
// `toLocaleUpperCase('kk')` does the same; 'tr' is right in Node but depends on the engine's locale data.
// Written out here, the result is the same in every browser. Not for English text: IBM would lower to ıbm.

const TURKIC_UPPER: Readonly<Record<string, string>> = { i: 'İ', ı: 'I' };
const TURKIC_LOWER: Readonly<Record<string, string>> = { I: 'ı', İ: 'i' };

/** `kısı ine` → `KISI İNE`. */
export const upperLatin = (text: string): string => text.replace(/[iı]/g, (letter) => TURKIC_UPPER[letter]!).toUpperCase();

/** `KISI İNE` → `kısı ine`. */
export const lowerLatin = (text: string): string => text.replace(/[Iİ]/g, (letter) => TURKIC_LOWER[letter]!).toLowerCase();

/** The first letter capital, the rest small: `iasaui` → `İasaui`, `IRGETAS` → `Irgetas`. */
export const titleLatin = (word: string): string => {
  if (!word) return word;
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return upperLatin(first) + lowerLatin(word.slice(first.length));
};
