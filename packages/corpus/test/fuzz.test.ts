// Properties over hostile input, run by fast-check under settings from the environment (see
// ./fuzz.ts): bounded by time in CI, 100,000 cases each with FC_TIME_MS=0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { documents, searchDocuments, verifyQuote } from '../src/bundled.js';
import { createCorpus } from '../src/corpus.js';
import { CorpusError, RecordValidationError } from '../src/errors.js';
import { IngestInputError, ingestText } from '../src/ingest.js';
import { passages } from '../src/passages.js';
import { extractSymbols, normalizeSymbol, parseSymbol, safeParseSymbol } from '../src/symbols.js';
import { validateRecord } from '../src/validate.js';
import { fuzz, fuzzSettings } from './fuzz.js';
import { PACKAGE_DIR } from './helpers.js';

const ran: string[] = [];
function timed(name: string, run: () => number) {
  const start = performance.now();
  const cases = run();
  ran.push(`${name}: ${cases} cases in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
afterAll(() => console.log(`fuzz (seed ${fuzzSettings().seed}):\n  ${ran.join('\n  ')}`));

/** Pieces symbols are made of, and the separators and damage found around them in real text. */
const PIECES = [
  'A',
  'S',
  'E',
  'ST',
  'A/C.3',
  'CN.4',
  'HRC',
  'RES',
  'PRST',
  'PV',
  'SR',
  'INF',
  'L.1',
  'WP.1',
  'Add.1',
  'Corr.2',
  'Rev.1',
  'Summary',
  'Sub.2',
  '/',
  '/',
  '/',
  '-',
  '–',
  '.',
  ' ',
  ' / ',
  '(',
  ')',
  '*',
  '1',
  '2',
  '20',
  '34',
  '74',
  '649',
  '2020',
  '1990',
  'O',
  'l',
  'and',
  'see',
  '\n',
];
const symbolish = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join(''));
const anyText = fc.oneof(
  symbolish,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

// Each property's own bound, and room for the full count when it has none.
const { timeMs } = fuzzSettings();
const TIMEOUT = timeMs > 0 ? timeMs + 30_000 : 1_800_000;

describe('fuzz', () => {
  it(
    'parseSymbol and normalizeSymbol: the normal form parses to itself',
    () => {
      timed('parse/normalize', () =>
        fuzz(
          fc.property(anyText, (text) => {
            const parsed = safeParseSymbol(text);
            if (!parsed.ok) return;
            const normal = parsed.symbol.normalized;
            expect(normalizeSymbol(text)).toBe(normal);
            expect(parseSymbol(normal).normalized).toBe(normal);
            expect(normalizeSymbol(normal)).toBe(normal);
          }),
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'extractSymbols: text, offsets and members agree, and every normal form re-parses',
    () => {
      const inText = fc
        .array(fc.oneof(symbolish, fc.string({ unit: 'grapheme', maxLength: 12 })), {
          maxLength: 8,
        })
        .map((p) => p.join(' '));
      timed('extractSymbols', () =>
        fuzz(
          fc.property(fc.oneof(inText, anyText), (text) => {
            let previousEnd = 0;
            for (const s of extractSymbols(text)) {
              expect(text.slice(s.start, s.end)).toBe(s.text);
              expect(s.start).toBeGreaterThanOrEqual(previousEnd);
              expect(s.end).toBeGreaterThan(s.start);
              previousEnd = s.end;
              const options = { unknownRoots: s.confidence === 'probable' };
              expect(parseSymbol(s.normalized, options).normalized).toBe(s.normalized);
              expect(s.members.length).toBeGreaterThan(0);
              for (const m of s.members) {
                expect(m.start).toBeGreaterThanOrEqual(s.start);
                expect(m.end).toBeLessThanOrEqual(s.end);
                expect(m.end).toBeGreaterThan(m.start);
                expect(parseSymbol(m.normalized, options).normalized).toBe(m.normalized);
              }
              expect(s.members.map((m) => m.normalized).join('-')).toBe(s.normalized);
            }
          }),
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'ingestText: never throws on text, always a schema-valid record; bytes only as IngestInputError',
    () => {
      const seeds = [
        'ga-sc-double-pdf.txt',
        'flattened.txt',
        'web-page.txt',
        'sc-only-charge.txt',
      ].map((f) => readFileSync(join(PACKAGE_DIR, 'test', 'fixtures', 'ingest', f), 'utf8'));
      const mutated = fc
        .tuple(
          fc.constantFrom(...seeds),
          fc.array(fc.tuple(fc.nat(), fc.nat({ max: 60 }), anyText), { maxLength: 6 }),
        )
        .map(([text, edits]) =>
          edits.reduce((t, [at, cut, insert]) => {
            const i = at % (t.length + 1);
            return t.slice(0, i) + insert + t.slice(i + cut);
          }, text),
        );
      timed('ingestText', () =>
        fuzz(
          fc.property(fc.oneof(mutated, anyText, fc.uint8Array({ maxLength: 300 })), (input) => {
            let record: unknown;
            try {
              record = ingestText(input).record;
            } catch (error) {
              expect(typeof input).not.toBe('string');
              expect(error).toBeInstanceOf(IngestInputError);
              return;
            }
            const checked = validateRecord(record);
            if (!checked.ok)
              expect(checked.issues.filter((i) => i.code.startsWith('schema-'))).toEqual([]);
          }),
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'verifyQuote: never throws; any stretch of a paragraph is found where it is',
    () => {
      const paragraphs = documents.flatMap((d) => [...passages(d)].map((p) => ({ id: d.id, p })));
      const stretch = fc
        .tuple(fc.constantFrom(...paragraphs), fc.nat(), fc.integer({ min: 12, max: 200 }))
        .map(([{ id, p }, at, length]) => {
          const start = at % Math.max(1, p.text.length - 12);
          return { id, locator: p.locator, quote: p.text.slice(start, start + length) };
        })
        .filter(({ quote }) => quote.trim().length >= 12);
      timed('verifyQuote', () =>
        fuzz(
          fc.property(
            fc.oneof(
              stretch,
              anyText.map((quote) => ({ quote })),
            ),
            (c) => {
              const result = verifyQuote(c.quote);
              if (!('id' in c)) return;
              expect(result.found).toBe(true);
              expect(result.matches).toContainEqual(
                expect.objectContaining({ id: c.id, locator: c.locator }),
              );
            },
          ),
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'searchDocuments: any query, quoted or not, fuzzy or not; highlights in order, in the text',
    () => {
      const words = [
        'Black',
        'January',
        'Baku',
        'Marty',
        'Sumqait',
        '"',
        '“',
        '”',
        ' ',
        'the',
        '1990',
      ];
      const query = fc.oneof(
        fc
          .array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 })
          .map((w) => w.join(' ')),
        anyText,
      );
      const options = fc.record({
        combine: fc.constantFrom('and' as const, 'or' as const),
        prefix: fc.boolean(),
        fuzzy: fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 3 })),
      });
      timed('searchDocuments', () =>
        fuzz(
          fc.property(query, options, (q, o) => {
            if (q.trim() === '') return;
            for (const hit of searchDocuments(q, o)) {
              let previous = 0;
              for (const [start, end] of hit.highlights) {
                expect(start).toBeGreaterThanOrEqual(previous);
                expect(end).toBeGreaterThan(start);
                expect(end).toBeLessThanOrEqual(hit.text.length);
                previous = end;
              }
            }
          }),
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'createCorpus: a corpus or a RecordValidationError, never another error',
    () => {
      const base = documents.map((d) => JSON.parse(JSON.stringify(d)) as Record<string, unknown>);
      const damaged = fc
        .tuple(
          fc.constantFrom(...base),
          fc.constantFrom(...Object.keys(base[0] as object)),
          fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant({ __proto__: { x: 1 } })),
        )
        .map(([record, key, value]) => ({ ...record, [key]: value }));
      timed('createCorpus', () =>
        fuzz(
          fc.property(
            fc.array(fc.oneof(damaged, fc.jsonValue(), fc.anything()), { maxLength: 4 }),
            (records) => {
              try {
                createCorpus(records);
              } catch (error) {
                expect(error).toBeInstanceOf(RecordValidationError);
                expect(error).toBeInstanceOf(CorpusError);
              }
            },
          ),
        ),
      );
    },
    TIMEOUT,
  );
});
