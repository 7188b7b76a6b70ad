// The editions the build writes itself (kk-Latn from kk): every article version and every entity name in a
// language that has a derived edition is converted into it, unless an editor wrote that edition's version
// or name (then theirs is kept). The app, the search index, the prerendered pages and the card images all
// read the result, so none of them needs to know that an edition is derived.
import { definitionOf } from '../../src/content/blocks/registry.ts';
import type { Article, Block, Entities, Names } from '../../src/content/schema.ts';
import { derivation, LANGS, type Lang } from '../../src/shared/languages.ts';
import type { ArticleFile } from './load.ts';

/** A version written in another edition: its text converted, marked as converted from its language. */
export const derivedVersion = (source: Article, lang: Lang, convert: (text: string) => string): Article => {
  // The editor's pointer to the JSON Schema is for their file, not for one the build writes.
  const article = { ...source };
  delete article.$schema;
  return {
    ...article,
    lang,
    transliteratedFrom: source.lang,
    headline: convert(source.headline),
    summary: convert(source.summary),
    ...(source.source && { source: { ...source.source, name: convert(source.source.name) } }),
    body: source.body.map((block): Block => definitionOf(block).mapText(block, convert)),
  };
};

/** An article's versions with those the build derives added (kk-Latn from kk, where no kk-Latn is written). */
export const withDerivedVersions = (versions: readonly ArticleFile[]): ArticleFile[] => {
  const out = [...versions];
  for (const lang of LANGS) {
    const derived = derivation(lang);
    if (!derived || versions.some(({ article }) => article.lang === lang)) continue;
    const source = versions.find(({ article }) => article.lang === derived.from);
    if (source) out.push({ file: source.file, article: derivedVersion(source.article, lang, derived.convert) });
  }
  return out.sort((a, b) => LANGS.indexOf(a.article.lang) - LANGS.indexOf(b.article.lang));
};

const withDerivedName = <N extends Partial<Record<Lang, string>>>(names: N): N => {
  const out: Partial<Record<Lang, string>> = { ...names };
  for (const lang of LANGS) {
    const derived = derivation(lang);
    const source = derived && names[derived.from];
    if (derived && source && !names[lang]) out[lang] = derived.convert(source);
  }
  return out as N;
};

const mapNames = <T extends { name: Names; role?: Names }>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(
    Object.entries(record).map(([id, entity]) => [
      id,
      { ...entity, name: withDerivedName(entity.name), ...(entity.role && { role: withDerivedName(entity.role) }) },
    ]),
  );

/** entities.json with a derived edition's name for every name its source language has (a written one wins). */
export const withDerivedNames = (entities: Entities): Entities => ({
  ...entities,
  people: mapNames(entities.people),
  organizations: mapNames(entities.organizations),
  awards: mapNames(entities.awards),
});
