import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusVersion } from '../src/data-version.js';
import { declaredValues } from './declared-exports.js';
import { PACKAGE_DIR } from './helpers.js';

const require = createRequire(import.meta.url);
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** pnpm as the test was started by it (`npx pnpm` leaves no global binary), else from PATH. */
const pnpm = (args: string[], cwd: string) => {
  const execPath = process.env.npm_execpath;
  return execPath?.includes('pnpm')
    ? run(process.execPath, [execPath, ...args], cwd)
    : run('pnpm', args, cwd);
};
const bin = (pkg: string, path: string) => join(require.resolve(`${pkg}/package.json`), '..', path);

const built = existsSync(join(PACKAGE_DIR, 'dist', 'index.js'));

describe.skipIf(!built && !process.env.CI)(
  'the packed package, installed like a user would',
  () => {
    const work = mkdtempSync(join(tmpdir(), 'bj-pack-'));
    const app = join(work, 'app');
    let tarball = '';
    let symbolsTarball = '';

    beforeAll(() => {
      // With the package it depends on, packed too: neither is on the registry.
      pnpm(['pack', '--pack-destination', work], join(PACKAGE_DIR, '..', 'un-symbols'));
      pnpm(['pack', '--pack-destination', work], PACKAGE_DIR);
      const packed = (name: string) =>
        join(
          work,
          readdirSync(work).find((f) => f.startsWith(name) && f.endsWith('.tgz')) as string,
        );
      tarball = packed('black-january-corpus-');
      symbolsTarball = packed('black-january-un-symbols-');
      run('mkdir', ['-p', app], work);
      writeFileSync(
        join(app, 'package.json'),
        JSON.stringify({ name: 'app', private: true, type: 'module' }),
      );
      run(
        'npm',
        ['install', '--no-audit', '--no-fund', '--prefer-offline', symbolsTarball, tarball],
        app,
      );
    }, 180_000);
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('has at run time every value its declarations export, in ESM and CommonJS', () => {
      const entries = [
        '',
        '/records',
        '/symbols',
        '/ingest',
        '/cite',
        '/citations',
        '/citation-js',
        '/errors',
        '/export',
        '/vocabulary',
        '/parquet',
      ];
      const specs = entries.map((e) => `@black-january/corpus${e}`);
      for (const kind of ['esm', 'cjs'] as const) {
        const declared = declaredValues(app, specs, kind);
        const script =
          kind === 'esm'
            ? `const specs = ${JSON.stringify(specs)}; for (const s of specs) console.log(JSON.stringify([s, Object.keys(await import(s))]));`
            : `const specs = ${JSON.stringify(specs)}; for (const s of specs) console.log(JSON.stringify([s, Object.keys(require(s))]));`;
        const args = kind === 'esm' ? ['--input-type=module', '-e', script] : ['-e', script];
        const runtime = new Map<string, string[]>(
          run('node', args, app)
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l)),
        );
        for (const spec of specs) {
          const values = declared.get(spec) ?? [];
          expect(values.length, `${kind} ${spec} declares values`).toBeGreaterThan(0);
          const missing = values.filter((v) => !runtime.get(spec)?.includes(v));
          expect(missing, `${kind} ${spec}: declared but missing at run time`).toEqual([]);
        }
      }
    }, 90_000);

    it('works from ESM', () => {
      const out = run(
        'node',
        [
          '--input-type=module',
          '-e',
          `
      import { documents, findBySymbol, corpusVersion } from '@black-january/corpus';
      console.log(documents.length, findBySymbol('A/74/649')?.referencedBy[0].document.id, corpusVersion.version);`,
        ],
        app,
      );
      expect(out.trim()).toBe(`5 2020-01-17-letter ${corpusVersion.version}`);
    });

    it('offers a zod-free records entry with the same data and query API', () => {
      const out = run(
        'node',
        [
          '-e',
          `
      const { documents, searchDocuments } = require('@black-january/corpus/records');
      console.log(documents.length, searchDocuments('Martyrs').length, Object.keys(require.cache).some((k) => k.includes('zod')), '__zod_globalRegistry' in globalThis);`,
        ],
        app,
      );
      // zod is built into a module of the package, so the mark of it having run is its registry.
      expect(out.trim()).toBe('5 6 false false');
    });

    it("composes its schemas with the app's own zod, in ESM and CommonJS", () => {
      const script = (load: string) => `${load}
      const schema = corpus.DocumentRecordSchema;
      const many = z.array(schema);
      const json = z.toJSONSchema(schema);
      console.log(schema instanceof z.ZodObject, many.safeParse(corpus.documents).success,
        many.safeParse([{ ...corpus.documents[0], title: 5 }]).error.issues[0].message,
        schema.extend({ note: z.string() }).safeParse({ ...corpus.documents[0], note: 'n' }).success,
        json.properties.title.description);`;
      const expected =
        'true true Invalid input: expected string, received number true As printed, or a description when titleIsDescriptive is true';
      const esm = run(
        'node',
        [
          '--input-type=module',
          '-e',
          script("import * as z from 'zod'; import * as corpus from '@black-january/corpus';"),
        ],
        app,
      );
      expect(esm.trim()).toBe(expected);
      const cjs = run(
        'node',
        [
          '-e',
          script("const z = require('zod'); const corpus = require('@black-january/corpus');"),
        ],
        app,
      );
      expect(cjs.trim()).toBe(expected);
    });

    it('offers the symbols subpath from ESM and CommonJS', () => {
      const esm = run(
        'node',
        [
          '--input-type=module',
          '-e',
          `
      import { normalizeSymbol, extractSymbols } from '@black-january/corpus/symbols';
      console.log(normalizeSymbol('a/74/649 – s/2020/34'), extractSymbols('see S/PV.8699.').length);`,
        ],
        app,
      );
      expect(esm.trim()).toBe('A/74/649-S/2020/34 1');
      const cjs = run(
        'node',
        ['-e', `console.log(require('@black-january/corpus/symbols').describeSymbol('S/2020/34'))`],
        app,
      );
      expect(cjs.trim()).toBe('Security Council, 2020, document 34');
    });

    it('throws the SymbolParseError of the un-symbols package, by instanceof, from its built-in copy', () => {
      const script = `
      const caught = (f) => { try { f(); } catch (e) { return e; } };
      const ours = caught(() => corpus.parseSymbol('not a symbol'));
      const theirs = caught(() => symbols.parseSymbol('not a symbol'));
      console.log(ours instanceof symbols.SymbolParseError, theirs instanceof corpus.SymbolParseError,
        ours instanceof errors.CorpusError, theirs instanceof errors.CorpusError,
        ours instanceof errors.SymbolParseError, theirs instanceof errors.SymbolParseError,
        corpus.SymbolParseError === symbols.SymbolParseError,
        corpus.SymbolParseError === errors.SymbolParseError);`;
      const load = {
        esm: `import * as corpus from '@black-january/corpus/symbols'; import * as symbols from '@black-january/un-symbols'; import * as errors from '@black-january/corpus/errors';`,
        cjs: `const corpus = require('@black-january/corpus/symbols'); const symbols = require('@black-january/un-symbols'); const errors = require('@black-january/corpus/errors');`,
      };
      const esm = run('node', ['--input-type=module', '-e', load.esm + script], app);
      const cjs = run('node', ['-e', load.cjs + script], app);
      // Three copies of the class: the package's, and two built into the corpus package (the
      // symbols entry's and the records' code's). One class to instanceof.
      expect(esm.trim()).toBe('true true true true true true false false');
      expect(cjs.trim()).toBe('true true true true true true false false');
    });

    it('offers the ingest subpath', () => {
      const out = run(
        'node',
        [
          '--input-type=module',
          '-e',
          `
      import { ingestText } from '@black-january/corpus/ingest';
      const { record } = ingestText('United Nations S/2021/305\\n\\nSecurity Council\\nDistr.: General\\n30 March 2021\\n\\nLetter dated 29 March 2021 from the Permanent Representative of Latvia to the United Nations addressed to the President of the Security Council\\n\\nText.');
      console.log(record.symbols[0], record.organs[0].year, record.author.country);`,
        ],
        app,
      );
      expect(out.trim()).toBe('S/2021/305 2021 Latvia');
    });

    it('offers the cite subpath for exports', () => {
      const out = run(
        'node',
        [
          '-e',
          `
      const { exportRecords } = require('@black-january/corpus/cite');
      const { documents } = require('@black-january/corpus/records');
      console.log(exportRecords(documents, 'bibtex').match(/^@\\w+\\{[^,]+/gm).join(' '));`,
        ],
        app,
      );
      expect(out.trim()).toBe(
        '@misc{2009-01-19-press-release @techreport{2020-01-17-letter @misc{2020-01-20-press-release @techreport{2023-01-20-letter @misc{2024-01-20-statement',
      );
    });

    it('cites from ESM and CommonJS: shipped citations without citation-js, live ones with it', () => {
      const esm = run(
        'node',
        [
          '--input-type=module',
          '-e',
          `
      import { shippedCitation } from '@black-january/corpus/citations';
      import { createRequire } from 'node:module';
      const text = shippedCitation('2023-01-20-letter', { style: 'oscola', pinpoint: { annex: 1 } }).text;
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('citeproc'));
      console.log(text, loaded);`,
        ],
        app,
      );
      expect(esm.trim()).toBe(
        'UNGA ‘Letter Dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations Addressed to the Secretary-General’ (20 January 2023), annex. false',
      );
      const cjs = run(
        'node',
        [
          '-e',
          `
      const { cite } = require('@black-january/corpus/cite');
      const { documents } = require('@black-january/corpus/records');
      const copy = structuredClone(documents[1]);
      console.log(cite(copy, { style: 'apa', mode: 'in-text', pinpoint: { paragraph: 2 } }).text);
      require('@black-january/corpus/citation-js');
      const { Cite } = require('@citation-js/core');
      console.log(new Cite('A/74/649-S/2020/34').data[0].number);
      console.log(require('node:fs').readFileSync(require.resolve('@black-january/corpus/styles/oscola.csl'), 'utf8').includes('<style'));`,
        ],
        app,
      );
      expect(cjs.trim().split('\n')).toEqual([
        '(United Nations General Assembly & United Nations Security Council, 2020, para. 2)',
        'A/74/649-S/2020/34',
        'true',
      ]);
    });

    it('works from CommonJS', () => {
      const out = run(
        'node',
        [
          '-e',
          `
      const { getDocument, compareFigures } = require('@black-january/corpus');
      console.log(getDocument('2024-01-20-statement').date, compareFigures('killed')[0].values.join(','));`,
        ],
        app,
      );
      expect(out.trim()).toBe('null 131,134,147,150');
    });

    it('ships the JSON Schema and the source texts as subpaths', () => {
      const out = run(
        'node',
        [
          '--input-type=module',
          '-e',
          `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const schema = require('@black-january/corpus/record.schema.json');
      const fs = await import('node:fs');
      const src = fs.readFileSync(require.resolve('@black-january/corpus/sources/004_d2cd1108914180da.txt'), 'utf8');
      console.log(schema.type, src.trim().split('\\n').at(-1));`,
        ],
        app,
      );
      expect(out.trim()).toBe('object New York, 19 January 2009');
    });

    it('type-checks a TypeScript consumer (node16 and bundler resolution)', () => {
      writeFileSync(
        join(app, 'index.ts'),
        `
      import { type DocumentRecord, documents, searchDocuments, QueryError } from '@black-january/corpus';
      const first: DocumentRecord | undefined = documents[0];
      const kind: 'letter' | 'note-verbale' | 'press-release' | 'statement' | 'unknown' | undefined = first?.kind;
      const hits: number = searchDocuments('Baku').length;
      export { kind, hits, QueryError };
    `,
      );
      for (const resolution of ['node16', 'bundler']) {
        const module = resolution === 'node16' ? 'node16' : 'esnext';
        const args = [
          '--noEmit',
          '--strict',
          '--target',
          'es2022',
          '--skipLibCheck',
          'false',
          '--module',
          module,
          '--moduleResolution',
          resolution,
          'index.ts',
        ];
        expect(() => run('node', [bin('typescript', 'bin/tsc'), ...args], app)).not.toThrow();
      }
    }, 90_000);

    it('passes publint and arethetypeswrong, and so does @black-january/un-symbols', () => {
      const symbolsDir = join(PACKAGE_DIR, '..', 'un-symbols');
      for (const [dir, packed] of [
        [PACKAGE_DIR, tarball],
        [symbolsDir, symbolsTarball],
      ] as const) {
        expect(pnpm(['exec', 'publint', '--strict'], dir)).not.toMatch(/error|warning|suggestion/i);
        expect(() =>
          pnpm(['exec', 'attw', packed, '--profile', 'node16', '--format', 'ascii'], dir),
        ).not.toThrow();
      }
      // Every value the symbols package declares is there at run time, in ESM and CommonJS.
      for (const kind of ['esm', 'cjs'] as const) {
        const spec = '@black-january/un-symbols';
        const declared = declaredValues(app, [spec], kind).get(spec) ?? [];
        const script =
          kind === 'esm'
            ? `console.log(JSON.stringify(Object.keys(await import('${spec}'))))`
            : `console.log(JSON.stringify(Object.keys(require('${spec}'))))`;
        const args = kind === 'esm' ? ['--input-type=module', '-e', script] : ['-e', script];
        const runtime = JSON.parse(run('node', args, app)) as string[];
        expect(declared.length).toBeGreaterThan(10);
        expect(declared.filter((v) => !runtime.includes(v))).toEqual([]);
      }
    }, 90_000);
  },
);
