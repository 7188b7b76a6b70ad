// `npm run schema`: publishes the content schema as JSON Schema for editors' tools (public/schema/).
// A unit test fails when the committed files differ from what the schema module gives.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../pipeline/content/json-schema.ts';

mkdirSync('public/schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`public/schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote public/schema/${name}`);
}
