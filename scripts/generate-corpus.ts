// Writes a synthetic corpus of clearly fictional articles (test data, never shipped) into a content folder:
//   npx tsx scripts/generate-corpus.ts --count 40 --out .fixtures/public [--seed 1] [--with-seed-content]
// The out folder is emptied first. --with-seed-content also copies the site's public/ folder (favicon, schema,
// entities.json, articles) and merges the fixture entities into its entities.json, and adds the hostile
// article (pipeline/corpus/hostile.ts: script payloads and odd Unicode as text) for the XSS tests.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from '../pipeline/corpus/generate.ts';
import { HOSTILE_PHOTO, hostileArticle } from '../pipeline/corpus/hostile.ts';
import { parseEntities, type Entities } from '../src/content/schema.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE_PUBLIC = join(REPO_ROOT, 'public');

const fail = (message: string): never => {
  console.error(`generate-corpus: ${message}`);
  process.exit(2);
};

const { values: options } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'with-seed-content': { type: 'boolean', default: false },
  },
});
const count = Number(options.count);
const seed = Number(options.seed);
if (options.count === undefined || !Number.isInteger(count) || count < 0) fail('--count needs a whole number of articles');
if (!Number.isInteger(seed)) fail(`--seed needs a whole number, not ${options.seed}`);
if (!options.out) fail('--out needs the folder to write, e.g. .fixtures/public');

// The out folder is removed first: refuse one that holds the repository, the working folder or the site's content.
const out = resolve(options.out!);
/** Whether `path` is `folder` or inside it. */
const inside = (path: string, folder: string) => {
  const rel = relative(folder, path);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
};
if ([REPO_ROOT, process.cwd()].some((folder) => inside(folder, out)) || inside(out, SITE_PUBLIC))
  fail(`refusing to empty ${out}: it holds the repository or the working folder, or is in the site's public/ folder`);

rmSync(out, { recursive: true, force: true });
let baseEntities: Entities | undefined;
if (options['with-seed-content']) {
  cpSync(SITE_PUBLIC, out, { recursive: true });
  const parsed = parseEntities(JSON.parse(readFileSync(join(out, 'entities.json'), 'utf8')));
  if (!parsed.ok) fail(`${join(SITE_PUBLIC, 'entities.json')} is invalid; run npm run content:check`);
  else baseEntities = parsed.value;
}
const corpus = generateCorpus({ count, seed });
// The test site only: one more article, full of payloads, that the XSS tests open (never shipped).
if (options['with-seed-content']) {
  corpus.articles.push(...hostileArticle());
  corpus.photos.push(HOSTILE_PHOTO);
}
const written = await writeCorpus(corpus, out, { baseEntities });
console.log(
  `generate-corpus: wrote ${written.articles} fictional article${written.articles === 1 ? '' : 's'} (${written.versions} language versions, ${written.photos} photos, seed ${seed}) to ${options.out}${options['with-seed-content'] ? ', with the site’s own content and the hostile article' : ''}`,
);
