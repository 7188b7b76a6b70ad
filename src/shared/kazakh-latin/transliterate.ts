// Whole documents in Latin: a Kazakh article version, the Kazakh names of entities.json, the Kazakh interface
// strings. Every string value is converted; keys are not. Ids, dates, file names and addresses are written in
// Latin already, and the converter leaves Latin text as it is.
import { toLatin } from './to-latin';

/** The value with every string in it written in the 2021 Latin alphabet. */
export const transliterate = <T>(value: T): T => {
  if (typeof value === 'string') return toLatin(value) as T;
  if (Array.isArray(value)) return value.map(transliterate) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, transliterate(item)])) as T;
  return value;
};

type Tree = { [key: string]: string | Tree };

/** Converted Kazakh strings with the hand corrections laid over them, key by key (corrections win). */
export const withCorrections = (converted: Tree, corrections: Tree): Tree =>
  Object.fromEntries(
    Object.entries(converted).map(([key, value]) => {
      const fix = corrections[key];
      if (fix === undefined) return [key, value];
      return [key, typeof value === 'object' && typeof fix === 'object' ? withCorrections(value, fix) : fix];
    }),
  );
