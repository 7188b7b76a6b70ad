// Proof that an incremental build equals a full one: builds a generated corpus fully, then applies a random
// sequence of edits (add, correct and delete an article, delete a version, rename a person, change an
// interface string), and after each builds incrementally (`npm run build -- --incremental`) and fully into
// another folder, and compares every file of the two, byte for byte.
//   npx tsx scripts/check-incremental.ts [--seed N | --seed random] [--articles 8] [--edits 6] [--keep] [--report FILE]
// It works in a copy of the project under .tmp/ (the edits change the locales), and prints its seed and the
// command that replays it. Exits 1 on the first difference, naming the files that differ.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, mulberry32, writeCorpus } from '../pipeline/corpus/generate.ts';
import { loadContent } from '../pipeline/content/load.ts';
import { WRITTEN_LANGS } from '../src/shared/languages.ts';

const { values: options } = parseArgs({
  options: {
    seed: { type: 'string', default: process.env.PROPERTY_SEED ?? '20231203' },
    articles: { type: 'string', default: '8' },
    edits: { type: 'string', default: '6' },
    keep: { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});
const seed = options.seed === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(options.seed);
const articleCount = Number(options.articles);
const editCount = Number(options.edits);
const replay = `npx tsx scripts/check-incremental.ts --seed ${seed} --articles ${articleCount} --edits ${editCount}`;
console.log(`incremental equality: seed ${seed}; replay with: ${replay}`);

/** The corpus generator's seeded generator: the same seed gives the same edits. */
const random = mulberry32(seed);
/** Prints the suite's one line, and writes it to the --report file for `npm test`. */
const finish = (line: string, code: number): never => {
  console.log(line);
  if (options.report) {
    mkdirSync(dirname(resolve(options.report)), { recursive: true });
    writeFileSync(resolve(options.report), JSON.stringify({ line }));
  }
  process.exit(code);
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// A copy of the project whose locales and content the edits may change.
const root = process.cwd();
const work = resolve(root, '.tmp/incremental-equality');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const name of [
  'src',
  'locales',
  'pipeline',
  'scripts',
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
])
  cpSync(join(root, name), join(work, name), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
const content = join(work, 'content');
const reserve = join(work, 'reserve');

// The corpus, and articles held back for the edits that add one.
const HELD_BACK = 3;
const corpus = generateCorpus({ count: articleCount + HELD_BACK, seed });
await writeCorpus(corpus, content);
mkdirSync(reserve);
const ids = readdirSync(join(content, 'articles')).sort();
for (const id of ids.filter(() => random() < HELD_BACK / ids.length).slice(0, HELD_BACK))
  renameSync(join(content, 'articles', id), join(reserve, id));

let passed = 0;
const build = (out: string, incremental: boolean): string => {
  const result = spawnSync(join(work, 'node_modules/.bin/tsx'), ['scripts/build.ts', ...(incremental ? ['--incremental'] : [])], {
    cwd: work,
    env: { ...process.env, READER_PUBLIC_DIR: content, READER_OUT_DIR: out, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    finish(
      `incremental: ${passed} passed, 1 failed (the ${incremental ? 'incremental' : 'full'} build failed; seed ${seed}; ${replay})`,
      1,
    );
  }
  return result.stdout.trim().split('\n').at(-1) ?? '';
};

/** Every file under `folder` with its bytes. */
const tree = (folder: string, prefix = ''): Map<string, Buffer> => {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) for (const [p, bytes] of tree(join(folder, entry.name), `${path}/`)) files.set(p, bytes);
    else files.set(path, readFileSync(join(folder, entry.name)));
  }
  return files;
};

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const writeJson = (path: string, json: unknown) => writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
const articles = () => readdirSync(join(content, 'articles')).sort();
const versionsOf = (id: string) =>
  readdirSync(join(content, 'articles', id))
    .filter((name) => /^[a-z]{2}\.json$/.test(name))
    .sort();

type Edit = { kind: string; apply: () => string | undefined };
const EDITS: Edit[] = [
  {
    kind: 'add an article',
    apply: () => {
      const id = readdirSync(reserve).sort()[0];
      if (!id) return undefined;
      renameSync(join(reserve, id), join(content, 'articles', id));
      return id;
    },
  },
  {
    kind: 'correct an article',
    apply: () => {
      const id = pick(articles());
      const file = join(content, 'articles', id, pick(versionsOf(id)));
      const article = readJson(file);
      article.headline = `${String(article.headline)} (corrected ${Math.floor(random() * 1000)})`;
      writeJson(file, article);
      return file.slice(content.length + 1);
    },
  },
  {
    kind: 'delete an article',
    apply: () => {
      const id = pick(articles());
      rmSync(join(content, 'articles', id), { recursive: true });
      return id;
    },
  },
  {
    kind: 'delete a version',
    apply: () => {
      // A translation: the original stays.
      const candidates = articles().flatMap((id) =>
        versionsOf(id)
          .filter((name) => readJson(join(content, 'articles', id, name)).translatedFrom !== null)
          .map((name) => join(id, name)),
      );
      if (!candidates.length) return undefined;
      const path = pick(candidates);
      rmSync(join(content, 'articles', path));
      return path;
    },
  },
  {
    kind: 'rename a person',
    apply: () => {
      const file = join(content, 'entities.json');
      const entities = readJson(file) as { people: Record<string, { name: Record<string, string> }> };
      const id = pick(Object.keys(entities.people).sort());
      const name = entities.people[id]!.name;
      for (const lang of Object.keys(name)) name[lang] = `${name[lang]} ${pick(['Jr', 'Sr', 'II'])}`;
      writeJson(file, entities);
      return id;
    },
  },
  {
    kind: 'change an interface string',
    apply: () => {
      // A language whose strings are written (kk-Latn's are made from kk's, so a kk edit changes its pages too).
      const lang = pick(WRITTEN_LANGS);
      const file = join(work, 'locales', lang, 'translation.json');
      const messages = readJson(file);
      const leaves: { parent: Record<string, unknown>; key: string }[] = [];
      const walk = (node: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(node))
          if (typeof value === 'string' && !value.includes('{{')) leaves.push({ parent: node, key });
          else if (typeof value === 'object' && value !== null) walk(value as Record<string, unknown>);
      };
      walk(messages);
      const leaf = pick(leaves);
      leaf.parent[leaf.key] = `${String(leaf.parent[leaf.key])} ·`;
      writeJson(file, messages);
      return `${lang}: ${leaf.key}`;
    },
  },
];

const incremental = join(work, 'dist');
const full = join(work, 'dist-full');
console.log(`build: ${build(incremental, false)}`);
// Every kind of edit once, in a random order, then random ones.
const order = [...EDITS].sort(() => random() - 0.5);
while (order.length < editCount) order.push(pick(EDITS));
for (const edit of order.slice(0, Math.max(editCount, 0))) {
  const saved = join(work, 'saved');
  rmSync(saved, { recursive: true, force: true });
  cpSync(content, saved, { recursive: true });
  const what = edit.apply();
  // An edit the content cannot take (nothing left to add, an invalid result) is undone and skipped.
  if (what === undefined || loadContent(work, content).errors.length) {
    rmSync(content, { recursive: true });
    renameSync(saved, content);
    console.log(`- ${edit.kind}: skipped`);
    continue;
  }
  const summary = build(incremental, true);
  rmSync(full, { recursive: true, force: true });
  build(full, false);
  const [a, b] = [tree(incremental), tree(full)];
  const differ = [...new Set([...a.keys(), ...b.keys()])].filter(
    (path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) || !b.has(path),
  );
  if (differ.length) {
    console.error(`- ${edit.kind} (${what}): ${differ.length} files differ from a full build: ${differ.slice(0, 10).join(', ')}`);
    finish(`incremental: ${passed} passed, 1 failed (seed ${seed}; replay with: ${replay} --keep)`, 1);
  }
  passed += 1;
  console.log(`- ${edit.kind} (${what}): equal to a full build, ${a.size} files; ${summary}`);
}
if (!options.keep) rmSync(work, { recursive: true, force: true });
if (existsSync(work)) console.log(`kept ${work}`);
finish(`incremental: ${passed} passed, 0 failed`, 0);
