import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SEEDS, readSource, SEEDS_DIR, SOURCES_DIR, sha256 } from '../../../test/helpers.js';
import { DocumentRecordSchema } from '../../schema.js';
import { recordLines } from '../../text.js';
import {
  MARKUP_RULES,
  markupLines,
  normalisedSourceLines,
  splitLines,
} from '../text/source-text.js';
import { checkRecord } from '../validate/consistency.js';
import { CURATED_RECORDS } from './index.js';

const EXPECTED_SOURCES = {
  '2020-01-17-letter': [
    '000_6516c04ea7e15ba1.txt',
    '3b3d566367eb9224df0f120f8127cb7b81b5307505658d09ab09d9c848fb4488',
  ],
  '2023-01-20-letter': [
    '001_c839c05d71a3b24a.txt',
    '9ee0bc66e1a52d57a473f0f504f997125ea5d7731f352f29a69ed9215db167f4',
  ],
  '2020-01-20-press-release': [
    '002_8fb2924badc1efc1.txt',
    'af34b628ec9c98f3ab5cf8a8d6d09bab513bbf4940f3738ee654c003a46894c6',
  ],
  '2024-01-20-statement': [
    '003_d0690a29e5b8935e.txt',
    '9d9cfafa424f420af25dfe9f22885d5884a4ed7134ac872215f0acb94fc74535',
  ],
  '2009-01-19-press-release': [
    '004_d2cd1108914180da.txt',
    '2d83aa028bfc8dbac7a94be4b6b586c0c0f986448feddeff27a5c037e598471c',
  ],
} as const;

describe('sources', () => {
  it('bundles exactly the five seed files, one record each', () => {
    expect(readdirSync(SOURCES_DIR).sort()).toEqual(
      Object.values(EXPECTED_SOURCES)
        .map(([f]) => f)
        .sort(),
    );
    expect(CURATED_RECORDS.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED_SOURCES).sort());
  });

  it.each(CURATED_RECORDS.map((r) => [r.id, r] as const))(
    '%s carries the name and SHA-256 of its unchanged source',
    (id, record) => {
      const [fileName, hash] = EXPECTED_SOURCES[id as keyof typeof EXPECTED_SOURCES];
      expect(record.source.fileName).toBe(fileName);
      expect(record.source.sha256).toBe(hash);
      expect(sha256(readFileSync(join(SOURCES_DIR, fileName)))).toBe(hash);
    },
  );

  it.skipIf(!HAS_SEEDS)('bundled sources are byte-for-byte the seeds in ../shared/seeds', () => {
    for (const [fileName] of Object.values(EXPECTED_SOURCES)) {
      expect(
        readFileSync(join(SOURCES_DIR, fileName)).equals(readFileSync(join(SEEDS_DIR, fileName))),
      ).toBe(true);
    }
  });
});

describe.each(CURATED_RECORDS.map((r) => [r.id, r] as const))('%s', (_id, record) => {
  const raw = readSource(record.source.fileName);
  const lines = splitLines(raw);
  const declared = (kind: string) =>
    record.source.normalisations.filter((n) => n.kind === kind).flatMap((n) => n.lines);

  it('is valid against the schema and the cross-field rules', () => {
    expect(DocumentRecordSchema.safeParse(record).success).toBe(true);
    expect(checkRecord(record)).toEqual([]);
  });

  it('reproduces the source text line for line after the documented normalisations', () => {
    expect(recordLines(record)).toEqual(normalisedSourceLines(raw, declared('page-break-join')));
  });

  it('declares every markup normalisation exactly where the source has it', () => {
    for (const rule of MARKUP_RULES) {
      expect({ kind: rule.kind, lines: declared(rule.kind) }).toEqual({
        kind: rule.kind,
        lines: markupLines(raw).get(rule.kind),
      });
    }
  });

  it('declares page-break joins only where a paragraph runs on after blank lines', () => {
    for (const line of declared('page-break-join')) {
      const previous = lines.slice(0, line - 1).findLast((l) => l.trim() !== '') ?? '';
      expect(previous).not.toMatch(/[.!?:”"]\s*$/);
      expect(lines[line - 1]).toMatch(/^[a-z]/);
      expect(lines[line - 2]?.trim()).toBe('');
    }
  });

  it('quotes its evidence exactly from the cited source lines', () => {
    for (const [field, entry] of Object.entries(record.provenance)) {
      const evidence = 'evidence' in entry ? (entry.evidence ?? []) : [];
      for (const { line, quote } of evidence) {
        expect(lines[line - 1], `${field} cites line ${line}`).toContain(quote);
      }
    }
  });

  it('records every UN symbol reference as printed in the source', () => {
    for (const ref of record.references) {
      if (ref.type !== 'un-document') continue;
      expect(raw).toContain(ref.asPrinted);
      expect(ref.members.join('-')).toBe(ref.symbol);
    }
  });
});
