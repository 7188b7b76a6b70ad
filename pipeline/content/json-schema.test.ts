import { describe, expect, it } from 'vitest';
import { BLOCK_TYPES } from '../../src/content/blocks/registry';
import { jsonSchemas } from './json-schema';

describe('published JSON Schema', () => {
  it('describes blocks as the schema module does', () => {
    const article = jsonSchemas()['article.schema.json'] as { properties: Record<string, unknown>; required: string[] };
    expect(article.required).toEqual(expect.arrayContaining(['id', 'lang', 'headline', 'body']));
    for (const type of BLOCK_TYPES) expect(JSON.stringify(article.properties.body)).toContain(`"${type}"`);
  });
});
