import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR, withSections } from '../test/helpers.js';
import { documents } from './bundled.js';
import { CITATION_STYLES, citeEach, shippedCitation } from './citations.js';
import { bibliography, citationStyles, cite } from './cite.js';
import { createCorpus } from './corpus.js';
import { CiteError } from './errors.js';
import { BUILTIN_STYLES } from './internal/cite/builtin.js';
import { renderShippedTable } from './internal/cite/shipped-render.js';
import type { DocumentRecord } from './schema.js';

const SHIPPED = join(PACKAGE_DIR, 'src/internal/records/shipped-citations.json');

describe('shipped citations', () => {
  it('equal live rendering of every corpus record in every built-in style, mode and format', () => {
    const live = renderShippedTable(documents);
    const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8'));
    // Stale after a change to records or styles: run `pnpm --filter @black-january/corpus build`.
    expect(shipped).toEqual(live);
    expect(Object.keys(live.citations)).toHaveLength(documents.length);
  });

  it('with a pinpoint put in equal live rendering of the same pinpoint', () => {
    const pins = [
      { annex: 1 },
      { annex: 1, paragraph: 8 },
      { section: 'II' },
      { paragraph: 2 },
      { annex: 1, section: '2.1', paragraph: 1 },
      { section: '2-3' },
    ];
    for (const style of citationStyles().filter((s) => s.builtin))
      for (const mode of style.modes)
        for (const format of ['text', 'html', 'markdown'] as const)
          for (const record of documents)
            for (const pinpoint of pins) {
              if (pinpoint.annex && record.annexes.length === 0) continue;
              const options = { style: style.name, mode, format, pinpoint };
              // No corpus record has numbered sections: a section pinpoint is refused by both.
              if (pinpoint.section) {
                expect(() => shippedCitation(record, options)).toThrow(/has no section/);
                expect(() => cite(record, options)).toThrow(/has no section/);
                continue;
              }
              const shipped = shippedCitation(record, options);
              // Under another id the record is not a corpus record, so it is rendered live.
              const live = cite({ ...record, id: 'not-in-corpus' }, options);
              expect(shipped?.text).toBe(live.text);
              expect(shipped?.warnings.map((w) => w.code)).toEqual(
                live.warnings.map((w) => w.code),
              );
            }
  });

  it('covers corpus records in built-in styles only', () => {
    expect(shippedCitation('2020-01-17-letter', { style: 'oscola' })?.text).toMatch(
      /^UNGA and UNSC/,
    );
    const clone = structuredClone(documents[0] as (typeof documents)[number]);
    expect(shippedCitation(clone, { style: 'oscola' })).toBeDefined();
    expect(shippedCitation({ ...clone, date: '2009-01-20' }, { style: 'oscola' })).toBeUndefined();
    expect(CITATION_STYLES.join(' ')).toBe('un un-bibliography bluebook oscola apa chicago mla');
    expect(Object.keys(BUILTIN_STYLES)).toEqual(CITATION_STYLES);
  });

  it('bibliographies of corpus records come out in the order the engine sorts them', () => {
    for (const style of citationStyles().filter(
      (s) => s.builtin && s.modes.includes('bibliography'),
    )) {
      const shipped = bibliography(documents, { style: style.name });
      // Under other ids the records are not corpus records: sorted and rendered by the engine.
      const live = bibliography(
        documents.map((d) => ({ ...d, id: `${d.id}-live` })),
        { style: style.name },
      );
      expect(shipped.entries.map((e) => `${e.id}-live`)).toEqual(live.entries.map((e) => e.id));
      expect(shipped.text).toBe(live.text);
    }
    expect(bibliography(documents, { style: 'apa' }).entries.map((e) => e.id)).toEqual([
      '2024-01-20-statement',
      '2009-01-19-press-release',
      '2020-01-20-press-release',
      '2023-01-20-letter',
      '2020-01-17-letter',
    ]);
  });
});

describe('citation errors', () => {
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(CiteError);
      return `${(e as CiteError).code}: ${(e as CiteError).message}`;
    }
    throw new Error('no error thrown');
  };
  it('say what was wrong and what to choose', () => {
    expect(error(() => shippedCitation('2020-01-17', { style: 'apa' }))).toBe(
      "unknown-document: unknown document '2020-01-17': did you mean 2020-01-17-letter?",
    );
    expect(error(() => shippedCitation('2020-01-17-letter', { style: 'harvard' }))).toBe(
      "unknown-style: unknown style 'harvard'; choose one of un, un-bibliography, bluebook, oscola, apa, chicago, mla, or register a CSL style",
    );
    expect(error(() => shippedCitation('2020-01-17-letter', { style: 'oscla' }))).toMatch(
      /did you mean oscola\?/,
    );
    expect(
      error(() =>
        shippedCitation('2020-01-17-letter', { style: 'bluebook', mode: 'bibliography' }),
      ),
    ).toBe("unsupported-mode: style 'bluebook' has no bibliography form; use note");
    expect(
      error(() => shippedCitation('2020-01-17-letter', { style: 'apa', format: 'rtf' as 'text' })),
    ).toBe("unknown-format: unknown format 'rtf'; choose one of text, html, markdown");
    expect(
      error(() => shippedCitation('2020-01-17-letter', { style: 'apa', pinpoint: { annex: 1 } })),
    ).toBe('invalid-pinpoint: 2020-01-17-letter has no annex 1 (it has no annexes)');
    expect(
      error(() =>
        cite('2023-01-20-letter', { style: 'apa', pinpoint: { annex: 1, paragraph: 9 } }),
      ),
    ).toBe('invalid-pinpoint: 2023-01-20-letter has no paragraph 9 in annex 1');
    expect(
      error(() => cite('2023-01-20-letter', { style: 'apa', pinpoint: { section: '<b>' } })),
    ).toMatch(/not a section label/);
    // A section is cited only where the record's headings number one.
    expect(
      error(() => cite('2020-01-17-letter', { style: 'oscola', pinpoint: { section: 'II' } })),
    ).toBe('invalid-pinpoint: 2020-01-17-letter has no section II (it has no numbered sections)');
    const sectioned = withSections(documents[1] as DocumentRecord);
    expect(cite(sectioned, { style: 'oscola', pinpoint: { section: 'II' } }).text).toMatch(
      /, s II\.$/,
    );
    expect(cite(sectioned, { style: 'oscola', pinpoint: { section: '2-3' } }).text).toMatch(
      /, ss 2–3\.$/,
    );
    expect(error(() => cite(sectioned, { style: 'oscola', pinpoint: { section: 'IV' } }))).toBe(
      `invalid-pinpoint: ${sectioned.id} has no section IV (sections: I, II, 2, 2.1, 3)`,
    );
    expect(error(() => cite(sectioned, { style: 'oscola', pinpoint: { section: '2-4' } }))).toMatch(
      /has no section 4 /,
    );
    expect(error(() => bibliography(['2020-01-17-letter'], { style: 'un' }))).toMatch(
      /^unsupported-mode/,
    );
  });

  it('are used for a record equal in content to a corpus record, not only for the bundled object', () => {
    const bundled = documents.find((d) => d.id === '2023-01-20-letter') as DocumentRecord;
    const copy = JSON.parse(JSON.stringify(bundled)) as DocumentRecord;
    const reordered = Object.fromEntries(Object.entries(copy).reverse()) as DocumentRecord;
    const fromCorpus = createCorpus(JSON.parse(JSON.stringify(documents))).getDocument(
      bundled.id,
    ) as DocumentRecord;
    const want = shippedCitation(bundled, { style: 'oscola', pinpoint: { annex: 1 } });
    expect(want).toBeDefined();
    for (const same of [copy, reordered, fromCorpus])
      expect(shippedCitation(same, { style: 'oscola', pinpoint: { annex: 1 } })).toEqual(want);
    expect(shippedCitation({ ...copy, title: `${copy.title}.` }, { style: 'oscola' })).toBe(
      undefined,
    );
  });

  it('refuse the names of Object.prototype as modes and formats', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(
        error(() => cite('2020-01-17-letter', { style: 'oscola', mode: name as 'note' })),
      ).toBe(`unsupported-mode: unknown mode '${name}'; choose one of note, bibliography`);
      expect(error(() => cite('2020-01-17-letter', { style: name }))).toMatch(/^unknown-style/);
      expect(
        error(() => cite('2020-01-17-letter', { style: 'apa', format: name as 'text' })),
      ).toMatch(/^unknown-format/);
    }
  });
});

describe('citeEach', () => {
  const ids = documents.map((d) => d.id);
  const live = () => import('./cite.js');

  it('gives the shipped citation of each corpus record, and live ones for anything else', async () => {
    const shipped = await citeEach(ids, { style: 'oscola' });
    expect(shipped.map((c) => c.text)).toEqual(
      ids.map((id) => shippedCitation(id, { style: 'oscola' })?.text),
    );
    const own = { ...(documents[1] as DocumentRecord), id: 'my-own-letter' };
    const options = { style: 'oscola', pinpoint: { paragraph: 2 } } as const;
    const [rendered] = await citeEach([own], { ...options, live });
    expect(rendered).toEqual(cite(own, options));
    // Without a way to load the engine, what needs it is refused, not rendered.
    await expect(citeEach([own], options)).rejects.toThrow(
      expect.objectContaining({ code: 'engine-not-loaded' }),
    );
  });

  it('sorts a bibliography as bibliography() does, shipped or live', async () => {
    for (const style of ['apa', 'chicago', 'oscola'] as const) {
      const sorted = await citeEach([...ids].reverse(), {
        style,
        mode: 'bibliography',
        sorted: true,
        live,
      });
      expect(sorted.map((c) => c.text)).toEqual(
        bibliography(ids, { style }).entries.map((e) => e.text),
      );
    }
    const unsorted = await citeEach([...ids].reverse(), { style: 'apa', mode: 'bibliography' });
    expect(unsorted.map((c) => c.id)).toEqual([...ids].reverse());
  });

  it('throws what cite throws', async () => {
    await expect(citeEach(['no-such-id'], { style: 'apa' })).rejects.toThrow(CiteError);
    await expect(citeEach(ids, { style: 'harvard' })).rejects.toThrow(/unknown style/);
  });
});
