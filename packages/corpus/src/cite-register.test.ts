import { describe, expect, it } from 'vitest';
import {
  bibliography,
  CiteError,
  citationStyles,
  cite,
  registerLocale,
  registerStyle,
} from './cite.js';

// A minimal style written for this test: author, year and title.
const style = (attrs: string, bibliography = true) => `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" ${attrs}>
  <info><title>Test author-year</title><id>test</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout prefix="[" suffix="]"><names variable="author"><name/></names><date variable="issued" prefix=" "><date-part name="year"/></date><group prefix=", "><label variable="locator" form="short"/><text variable="locator" prefix=" "/></group></layout></citation>
  ${bibliography ? '<bibliography><sort><key variable="title"/></sort><layout><text variable="title"/><text term="no date" prefix=" "/></layout></bibliography>' : ''}
</style>`;

describe('registerStyle', () => {
  it('adds a user style with the modes its layouts give, rendered by citeproc', () => {
    registerStyle('test-author-year', style('class="in-text"'));
    const info = citationStyles().find((s) => s.name === 'test-author-year');
    expect(info).toEqual({
      name: 'test-author-year',
      title: 'Test author-year',
      builtin: false,
      modes: ['in-text', 'bibliography'],
    });
    const out = cite('2023-01-20-letter', {
      style: 'test-author-year',
      pinpoint: { paragraph: 2 },
    });
    expect(out.text).toBe('[United Nations General Assembly 2023, para. 2]');
    expect(out.warnings.map((w) => w.code)).toEqual(['missing-symbol']);
    expect(
      bibliography(['2020-01-20-press-release', '2020-01-17-letter'], {
        style: 'test-author-year',
      }).entries.map((e) => e.id),
    ).toEqual(['2020-01-17-letter', '2020-01-20-press-release']);
  });

  it('warns, for a custom style, about an annex it cannot express and a locale that is missing', () => {
    registerStyle('test-note-gb', style('class="note" default-locale="en-GB"', false));
    const out = cite('2023-01-20-letter', {
      style: 'test-note-gb',
      pinpoint: { annex: 1, paragraph: 2 },
    });
    expect(out.mode).toBe('note');
    expect(out.warnings.map((w) => w.code)).toEqual([
      'missing-symbol',
      'pinpoint-annex-dropped',
      'locale-fallback',
    ]);
    expect(() =>
      cite('2023-01-20-letter', { style: 'test-note-gb', mode: 'bibliography' }),
    ).toThrow(/has no bibliography form; use note/);
  });

  it('registers a locale, after which the fallback warning goes', () => {
    registerLocale(
      'en-GB',
      '<?xml version="1.0" encoding="utf-8"?><locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-GB"><terms><term name="no date">undated</term></terms></locale>',
    );
    registerStyle('test-note-gb-2', style('class="note" default-locale="en-GB"'));
    expect(
      cite('2024-01-20-statement', { style: 'test-note-gb-2', mode: 'bibliography' }),
    ).toMatchObject({
      text: '34th anniversary of the “Black January” tragedy undated',
      warnings: [{ code: 'missing-date' }],
    });
  });

  it('refuses built-in names, non-CSL text, broken styles and mismatched locales with typed errors', () => {
    const code = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(CiteError);
        return (e as CiteError).code;
      }
      return 'no error';
    };
    expect(code(() => registerStyle('apa', style('class="in-text"')))).toBe('style-name-taken');
    expect(code(() => registerStyle('x', '<html></html>'))).toBe('invalid-style');
    expect(code(() => registerStyle('bad name!', style('class="in-text"')))).toBe('invalid-style');
    expect(
      code(() =>
        registerStyle(
          'broken',
          style('class="in-text"').replace('<citation>', '<citation><bogus>'),
        ),
      ),
    ).toBe('invalid-style');
    expect(
      code(() =>
        registerLocale(
          'fr-FR',
          '<locale xmlns="http://purl.org/net/xbiblio/csl" xml:lang="de-DE"/>',
        ),
      ),
    ).toBe('invalid-locale');
  });
});
