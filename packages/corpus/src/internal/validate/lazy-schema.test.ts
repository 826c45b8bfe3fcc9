import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PACKAGE_DIR } from '../../../test/helpers.js';
import { lazySchema, once } from './lazy-schema.js';

const party = () => z.object({ name: z.string().min(1), country: z.string().nullable() }).strict();

describe('lazySchema', () => {
  it('builds on first use, once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return party();
    });
    expect(builds).toBe(0);
    expect(schema.safeParse({ name: 'A', country: null }).success).toBe(true);
    expect(schema.safeParse({ name: '', country: null }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('stands in for the schema: instanceof, shape, keys, extend, meta, parse errors', () => {
    const eager = party();
    const lazy = lazySchema(party);
    expect(lazy).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(lazy.shape)).toEqual(Object.keys(eager.shape));
    expect(Object.keys(lazy)).toEqual(Object.keys(eager));
    const wider = lazy.extend({ role: z.string() });
    expect(wider.safeParse({ name: 'A', country: null, role: 'r' }).success).toBe(true);
    expect(lazy.describe('a party').description).toBe('a party');
    expect(lazy.safeParse({ name: 5 }).error?.issues).toEqual(
      eager.safeParse({ name: 5 }).error?.issues,
    );
  });

  it('shows in console.log and util.inspect as the schema does', () => {
    expect(inspect(lazySchema(party), { depth: 4 })).toBe(inspect(party(), { depth: 4 }));
  });

  it('is one object wherever it is used, so JSON Schema reuses one definition', () => {
    const json = (item: z.ZodType) =>
      z.toJSONSchema(
        z.object({ list: z.array(item), one: item.nullable(), more: z.array(item).optional() }),
        { reused: 'ref' },
      );
    expect(json(lazySchema(party))).toEqual(json(party()));
  });
});

describe('once', () => {
  it('builds on the first call and returns the same value after', () => {
    let builds = 0;
    const text = once(() => {
      builds++;
      return z.string().min(1);
    });
    expect(builds).toBe(0);
    expect(text()).toBe(text());
    expect(builds).toBe(1);
  });
});

describe('the schema modules', () => {
  it('call zod only inside builders, so that importing them builds no schema', () => {
    for (const name of ['schema', 'schema-text', 'schema-facts', 'schema-metadata']) {
      const source = readFileSync(join(PACKAGE_DIR, 'src', `${name}.ts`), 'utf8');
      const topLevel = source
        .split('\n')
        .filter((line) => /^\S/.test(line) && /\bz\./.test(line))
        .filter((line) => !/^export type \w+ = z\.infer</.test(line))
        .filter((line) => !/ = (lazySchema|once)\(\(\) =>/.test(line));
      expect(topLevel, name).toEqual([]);
    }
  });
});
