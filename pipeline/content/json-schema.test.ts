import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './json-schema';

describe('published JSON Schema', () => {
  it.each(Object.entries(jsonSchemas()))('public/schema/%s is up to date (run `npm run schema`)', (name, schema) => {
    const committed: unknown = JSON.parse(readFileSync(new URL(`../../public/schema/${name}`, import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('describes blocks as the schema module does', () => {
    const article = jsonSchemas()['article.schema.json'] as { properties: Record<string, unknown>; required: string[] };
    expect(article.required).toEqual(expect.arrayContaining(['id', 'lang', 'headline', 'body']));
    expect(JSON.stringify(article.properties.body)).toContain('"timeline"');
  });
});
