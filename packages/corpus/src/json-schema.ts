import * as z from 'zod';
import { DocumentRecordSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a document record, generated from the zod schema. The same
 * schema ships as `@black-january/corpus/record.schema.json` for non-TypeScript users.
 */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://unpkg.com/@black-january/corpus/dist/record.schema.json',
    title: 'Black January corpus document record',
    ...z.toJSONSchema(DocumentRecordSchema, { target: 'draft-2020-12', reused: 'ref' }),
  };
}
