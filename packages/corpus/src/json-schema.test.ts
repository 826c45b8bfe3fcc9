import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../test/helpers.js';
import { documents } from './bundled.js';
import { recordJsonSchema } from './json-schema.js';

const shipped = join(PACKAGE_DIR, 'dist', 'record.schema.json');

describe('JSON Schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(recordJsonSchema());

  it('accepts every bundled record, as a non-TypeScript consumer would check it', () => {
    for (const d of documents)
      expect(validate(JSON.parse(JSON.stringify(d))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the zod schema rejects', () => {
    const letter = JSON.parse(JSON.stringify(documents[1]));
    expect(validate({ ...letter, kind: 'memo' })).toBe(false);
    expect(validate({ ...letter, date: '17 January 2020' })).toBe(false);
    expect(validate({ ...letter, extra: true })).toBe(false);
    const { provenance: _p, ...noProvenance } = letter;
    expect(validate(noProvenance)).toBe(false);
  });

  it.skipIf(!existsSync(shipped))('ships the generated schema unchanged in dist/', () => {
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(recordJsonSchema());
  });
});
