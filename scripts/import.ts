// `npm run import -- FILE [--lang LANG] [--id ID] [--force]`: a plain-text article, a web page or a Word
// file becomes a draft article in public/articles/, with its evidence and proposals beside it.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { isWrittenLang as isLang, WRITTEN_LANGS } from '../src/shared/languages.ts';
import { importFile } from '../pipeline/import/import-file.ts';
import { ImportError } from '../pipeline/import/source.ts';

const USAGE = `usage: npm run import -- FILE [--lang ${WRITTEN_LANGS.join('|')}] [--id ID] [--force]`;

const fail = (message: string): never => {
  console.error(`import: ${message}`);
  process.exit(1);
};

const { values, positionals } = (() => {
  try {
    return parseArgs({ options: { lang: { type: 'string' }, id: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    return fail(`${(error as Error).message}; ${USAGE}`);
  }
})();
if (positionals.length !== 1) fail(USAGE);
if (values.lang !== undefined && !isLang(values.lang)) fail(`--lang must be en, kk or ru, not "${values.lang}"`);

const publicDir = resolve(process.env.READER_PUBLIC_DIR ?? 'public');
try {
  const { draft, written } = await importFile({
    file: positionals[0]!,
    publicDir,
    ...(values.lang && isLang(values.lang) && { lang: values.lang }),
    ...(values.id && { id: values.id }),
    force: values.force ?? false,
    today: new Date().toISOString().slice(0, 10),
  });
  const { article, evidence, proposals } = draft;
  const count = (type: string) => article.body.filter((block) => block.type === type).length;
  const awards = article.body.flatMap((block) => (block.type === 'awards' ? block.items : [])).length;
  console.log(
    `draft: public/${written.article} (${article.lang}; ${count('quote')} quotes, ${awards} awards, ${count('heading')} headings)`,
  );
  console.log(`evidence: public/${written.evidence}`);
  console.log(
    `proposals: public/${written.proposals} (${Object.keys(proposals.people).length} people, ${Object.keys(proposals.awards).length} awards)`,
  );
  if (evidence.left.length) {
    console.log('left to do before it can be published:');
    for (const { path, message } of evidence.left) console.log(`  - ${path}: ${message}`);
  }
  console.log(`review it with npm run dev at /${article.lang}/articles/${article.id}; publish it by setting "status": "ready"`);
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}
