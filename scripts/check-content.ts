// `npm run content:check`: every article and entities.json, checked as the build checks them.
// Errors (which stop the build) and warnings are printed one per line: file: JSON path: what to do.
import { formatFinding } from '../pipeline/content/check.ts';
import { loadContent } from '../pipeline/content/load.ts';

const content = loadContent(process.cwd());
for (const warning of content.warnings) console.warn(`warning: ${formatFinding(warning)}`);
for (const error of content.errors) console.error(`error: ${formatFinding(error)}`);
const versions = [...content.articles.values()].reduce((sum, v) => sum + v.length, 0);
console.log(
  `content: ${content.articles.size} article${content.articles.size === 1 ? '' : 's'} (${versions} language versions), ${content.errors.length} error${content.errors.length === 1 ? '' : 's'}, ${content.warnings.length} warning${content.warnings.length === 1 ? '' : 's'}`,
);
process.exit(content.errors.length ? 1 : 0);
