// Writes dist/record.schema.json from the built package, so the shipped JSON Schema is generated
// from the zod schema, never hand-copied.
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../dist/index.js';

const target = new URL('../dist/record.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
