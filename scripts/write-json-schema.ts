// `npm run schema`: writes the content schema as JSON Schema for editors' tools into public/schema/, where
// the articles' `"$schema": "../../schema/article.schema.json"` finds it. Generated, never committed; the
// build publishes the same files at /schema/ (pipeline/vite-plugin-content.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../pipeline/content/json-schema.ts';

mkdirSync('public/schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`public/schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote public/schema/${name}`);
}
