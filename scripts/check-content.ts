// `npm run content:check`: every article and entities.json, checked as the build checks them.
// Errors (which stop the build) and warnings are printed one per line: file: JSON path: what to do.
import { formatFinding } from '../pipeline/content/check.ts';
import { loadContent } from '../pipeline/content/load.ts';

const content = loadContent(process.cwd());
for (const warning of content.warnings) console.warn(`warning: ${formatFinding(warning)}`);
for (const error of content.errors) console.error(`error: ${formatFinding(error)}`);
// Drafts are not published, so what they still need is reported without failing the check.
for (const item of content.left) console.log(`draft: ${formatFinding(item)}`);
const versions = [...content.articles.values()].reduce((sum, v) => sum + v.length, 0);
const drafts = [...content.drafts.values()].reduce((sum, v) => sum + v.length, 0);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
console.log(
  `content: ${plural(content.articles.size, 'article')} (${versions} language versions), ${plural(content.errors.length, 'error')}, ${plural(content.warnings.length, 'warning')}${drafts ? `; ${plural(drafts, 'draft')} (not published), ${content.left.length} thing${content.left.length === 1 ? '' : 's'} left to do on them` : ''}`,
);
process.exit(content.errors.length ? 1 : 0);
