import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readText } from '../import/read-text.ts';
import { buildDraft } from '../import/draft.ts';
import { listPages } from '../prerender/pages.ts';
import { formatFinding } from './check.ts';
import { deriveFiles } from './derive.ts';
import { unpublishDrafts } from './drafts.ts';
import { loadContent, withDrafts } from './load.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED_ID = '2023-04-27-assembly-32nd-session';
const DRAFT_ID = '2024-08-08-altyn-qyran';
const root = mkdtempSync(join(tmpdir(), 'drafts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A content folder with the seed article, an imported draft (with its two files), and a broken draft. */
const publicDir = join(root, 'public');
cpSync(join(REPO_ROOT, 'public/entities.json'), join(publicDir, 'entities.json'));
cpSync(join(REPO_ROOT, 'public/articles', SEED_ID), join(publicDir, 'articles', SEED_ID), { recursive: true });
const text = [
  'date 2024-08-08 Tokayev awards the Altyn Qyran order to Shavkat Mirziyoyev',
  'President Kassym-Jomart Tokayev awarded his Uzbek counterpart Shavkat Mirziyoyev with the Order of Altyn Qyran in Akorda.',
  '“May the friendship of Kazakhstan and Uzbekistan be eternal,” said Berik Uali, the spokesperson.',
].join('\n\n');
const draft = buildDraft({
  doc: readText(new TextEncoder().encode(text)),
  lang: 'en',
  entities: JSON.parse(readFileSync(join(publicDir, 'entities.json'), 'utf8')),
  file: 'a.txt',
  today: '2000-01-01',
  id: DRAFT_ID,
});
const draftDir = join(publicDir, 'articles', DRAFT_ID);
mkdirSync(draftDir, { recursive: true });
writeFileSync(join(draftDir, 'en.json'), JSON.stringify(draft.article));
writeFileSync(join(draftDir, 'en.evidence.json'), JSON.stringify(draft.evidence));
writeFileSync(join(draftDir, 'en.proposals.json'), JSON.stringify(draft.proposals));
mkdirSync(join(publicDir, 'articles/broken-draft'));
writeFileSync(
  join(publicDir, 'articles/broken-draft/ru.json'),
  JSON.stringify({ id: 'broken-draft', lang: 'ru', status: 'draft', headline: '' }),
);

describe('drafts in the content folder', () => {
  const content = loadContent(root);

  it('are loaded apart from the published articles, and their files beside them are not versions', () => {
    expect([...content.articles.keys()]).toEqual([SEED_ID]);
    expect([...content.drafts.keys()]).toEqual([DRAFT_ID]);
    expect(content.errors.map(formatFinding)).toEqual([]);
  });

  it('name what is left to do on them, without failing the check', () => {
    const left = content.left.map(formatFinding);
    expect(left).toContain(
      `public/articles/${DRAFT_ID}/en.json: body[1].items[0].award: unknown award "order-altyn-qyran"; add it to entities.json awards`,
    );
    expect(left).toContain(
      `public/articles/${DRAFT_ID}/en.json: body[2].speaker: “Berik Uali” is not in entities.json: add people.berik-uali from the proposals (with its kk and ru names) and put its id here`,
    );
    expect(left.filter((line) => line.startsWith('public/articles/broken-draft/ru.json: '))).not.toEqual([]);
  });

  it('forget a thing left once the editor has done it', () => {
    const edited = {
      ...draft.article,
      body: draft.article.body.map((block) => (block.type === 'quote' ? { ...block, speaker: 'kassym-jomart-tokayev' } : block)),
    };
    writeFileSync(join(draftDir, 'en.json'), JSON.stringify(edited));
    const again = loadContent(root).left.map(formatFinding);
    writeFileSync(join(draftDir, 'en.json'), JSON.stringify(draft.article));
    expect(again.some((line) => line.includes('Berik Uali'))).toBe(false);
    expect(again.some((line) => line.includes('order-altyn-qyran'))).toBe(true);
  });

  it('are in no derived file, page or list of the build, and in the development server’s data', () => {
    const published = JSON.stringify([...deriveFiles(content.articles, content.entities)]);
    expect(published).not.toContain(DRAFT_ID);
    expect(published).not.toContain('Berik Uali');
    expect(listPages(content.articles.keys()).some((page) => page.path.includes(DRAFT_ID))).toBe(false);
    const development = deriveFiles(withDrafts(content), content.entities);
    expect(development.has(`data/articles/${DRAFT_ID}.json`)).toBe(true);
  });

  it('leave the built site, with every importer file', () => {
    const dist = join(root, 'dist');
    cpSync(publicDir, dist, { recursive: true });
    writeFileSync(join(dist, 'articles', SEED_ID, 'en.evidence.json'), '{}');
    unpublishDrafts(dist, content.drafts);
    expect(existsSync(join(dist, 'articles', DRAFT_ID))).toBe(false);
    expect(readdirSync(join(dist, 'articles', SEED_ID)).sort()).toEqual(['en.json', 'kk.json', 'ru.json']);
  });
});
