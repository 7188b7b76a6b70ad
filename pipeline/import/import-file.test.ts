import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docx } from './docx-fixture';
import { importFile } from './import-file';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = join(ROOT, 'pipeline/import/eval/en/seed-assembly-32nd-session.txt');
let dir: string;
let publicDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-'));
  publicDir = join(dir, 'public');
  cpSync(join(ROOT, 'public/entities.json'), join(publicDir, 'entities.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = () =>
  existsSync(join(publicDir, 'articles')) ? readdirSync(join(publicDir, 'articles'), { recursive: true }).map(String).sort() : [];
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (file: string, extra: Partial<Parameters<typeof importFile>[0]> = {}) =>
  importFile({ file, publicDir, today: '2000-01-01', ...extra });

describe('an import', () => {
  it('writes the draft, its evidence and its proposals, and leaves entities.json as it was', async () => {
    const entities = readFileSync(join(publicDir, 'entities.json'), 'utf8');
    const { written } = await run(SEED, { id: 'seed-again' });
    expect(written).toEqual({
      article: 'articles/seed-again/en.json',
      evidence: 'articles/seed-again/en.evidence.json',
      proposals: 'articles/seed-again/en.proposals.json',
    });
    expect(files()).toEqual(['seed-again', 'seed-again/en.evidence.json', 'seed-again/en.json', 'seed-again/en.proposals.json']);
    const article = JSON.parse(readFileSync(join(publicDir, written.article), 'utf8'));
    expect(article).toMatchObject({ $schema: '../../schema/article.schema.json', id: 'seed-again', status: 'draft', lang: 'en' });
    expect(readFileSync(join(publicDir, 'entities.json'), 'utf8')).toBe(entities);
  });

  it('drafts a web page with its headline, date and address, and a Word file with its headings', async () => {
    const paragraph = '«Біз бір отбасымыз, бұл – біздің өміріміз», – деді Мемлекет басшысы Қасым-Жомарт Тоқаев сессияда.';
    const page = write(
      'page.html',
      `<html><head><title>Site</title><link rel="canonical" href="https://example.kz/a"><meta property="article:published_time" content="2023-04-27T11:00:00+05:00"></head><body><article><h1>Ассамблея сессиясы ашылды</h1><p>${paragraph}</p><p>${paragraph.replace('Біз', 'Сіз')}</p></article></body></html>`,
    );
    const { draft } = await run(page);
    expect(draft.article).toMatchObject({
      id: '2023-04-27-assambleya-sessiyasy-ashyldy',
      lang: 'kk',
      headline: 'Ассамблея сессиясы ашылды',
      publishedAt: '2023-04-27',
      source: { name: 'example.kz', url: 'https://example.kz/a' },
    });
    expect(draft.article.body.filter((block) => block.type === 'quote')).toHaveLength(2);
    const word = write(
      'story.docx',
      await docx([
        { text: 'Ассамблея сессиясы ашылды', style: 'Heading1' },
        { text: paragraph },
        { text: 'Марапаттар тапсырылды', style: 'Heading2' },
        { text: 'Мемлекет басшысы оларды «Құрмет» орденімен марапаттады.' },
      ]),
    );
    const { draft: fromWord } = await run(word, { id: 'from-word' });
    expect(fromWord.article.body.map((block) => block.type)).toEqual(['quote', 'heading', 'paragraph', 'awards']);
  });

  it('never replaces an article version without --force', async () => {
    await run(SEED, { id: 'seed-again' });
    const before = readFileSync(join(publicDir, 'articles/seed-again/en.json'), 'utf8');
    await expect(run(SEED, { id: 'seed-again' })).rejects.toThrow(/articles\/seed-again\/en\.json exists; pass --force to replace it/);
    expect(readFileSync(join(publicDir, 'articles/seed-again/en.json'), 'utf8')).toBe(before);
    await expect(run(SEED, { id: 'seed-again', force: true })).resolves.toBeTruthy();
  });

  it.each<[string, () => string, RegExp]>([
    ['an empty file', () => write('empty.txt', ''), /^the file is empty$/],
    [
      'a binary',
      () => write('binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xd8])),
      /not UTF-8 text|control characters/,
    ],
    ['5 MB of text', () => write('big.txt', 'word '.repeat(1_000_000)), /^the file is 5\.0 MB; an article's text is under 1 MB$/],
    ['an unsupported format', () => write('article.pdf', '%PDF-1.7'), /^unsupported format "\.pdf"/],
    [
      'mixed languages',
      () =>
        write(
          'mixed.txt',
          `${readFileSync(SEED, 'utf8')}\n\n${readFileSync(join(ROOT, 'pipeline/import/eval/ru/kant-dostyk-borodavkin.txt'), 'utf8')}`,
        ),
      /^the text mixes languages/,
    ],
    ['broken HTML', () => write('page.html', '<html><body><div class="x"><p>Almost <b>nothing'), /^no article text found in the HTML page/],
    ['a corrupt Word file', () => write('article.docx', 'PK\u0003\u0004 this is not a zip'), /^the Word file cannot be read/],
    ['a missing file', () => join(dir, 'nowhere.txt'), /no such file$/],
    ['a bad id', () => SEED, /--id "Not An Id" must be lowercase/],
  ])('refuses %s in one line and writes nothing', async (_case, file, message) => {
    const path = file();
    await expect(run(path, _case === 'a bad id' ? { id: 'Not An Id' } : {})).rejects.toThrow(message);
    expect(files()).toEqual([]);
  });
});

// Each case starts the command in a process of its own: seconds on a busy machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('prints one line on bad input and exits with 1', () => {
    const empty = write('empty.txt', '');
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), empty], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, READER_PUBLIC_DIR: publicDir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('import: the file is empty\n');
    expect(files()).toEqual([]);
  });

  it('says what it wrote and what is left', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), SEED, '--id', 'seed-again'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, READER_PUBLIC_DIR: publicDir },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('draft: public/articles/seed-again/en.json (en; 3 quotes, 3 awards, 1 headings)');
    expect(result.stdout).toContain('  - headline: the text has no headline; its first sentence stands in for one');
  });
});
