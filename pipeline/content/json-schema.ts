import { toJsonSchema } from '@valibot/to-json-schema';
import { ArticleSchema, EntitiesSchema } from '../../src/content/schema.ts';

// Checks that JSON Schema cannot say (real calendar dates, offsets) are enforced by the build;
// the published files describe the shape, which is what an editor's tool can check as one types.
const convert = (schema: Parameters<typeof toJsonSchema>[0], title: string) => ({
  ...toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-07' }),
  title,
});

export const jsonSchemas = () => ({
  'article.schema.json': convert(ArticleSchema, 'An article version: public/articles/<id>/<lang>.json'),
  'entities.schema.json': convert(EntitiesSchema, 'People, organisations and awards: public/entities.json'),
});
