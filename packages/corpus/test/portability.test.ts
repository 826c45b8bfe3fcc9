// The shipped styles the way researchers use them: the CSL-JSON export as the bibliography and a
// .csl file from styles/, rendered (1) by pandoc's citeproc, an independent CSL processor, and
// (2) by plain citation-js with none of this package's code. Both must print what cite() prints.
// .ci/run installs Debian's pandoc; without it this test is skipped, except in CI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { afterAll, describe, expect, it } from 'vitest';
import { documents } from '../src/bundled.js';
import { cite, exportRecords } from '../src/cite.js';
import { ingestText } from '../src/ingest.js';
import { BUILTIN_STYLES } from '../src/internal/cite/builtin.js';
import { builtinLocator, type Pinpoint } from '../src/internal/cite/pinpoint.js';
import type { DocumentRecord } from '../src/schema.js';
import type { BuiltinStyleName } from '../src/vocabulary.js';
import { PACKAGE_DIR, readFixture, withSections } from './helpers.js';
import { hasTool } from './tools.js';

const PANDOC = hasTool('pandoc');
if (!PANDOC && process.env.CI) throw new Error('CI needs pandoc (Debian package pandoc)');

const georgia = ingestText(readFixture('ingest/ga-sc-double-pdf.txt'), {
  id: 'georgia-2020',
}).record;
const records: DocumentRecord[] = [...documents, georgia];
const dir = mkdtempSync(join(tmpdir(), 'portable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bibliography = join(dir, 'corpus.json');
writeFileSync(bibliography, exportRecords(records, 'csl-json'));
const styleFile = (name: string) => join(PACKAGE_DIR, 'styles', `${name}.csl`);

/** The pinpoints each record is cited with: none, a paragraph, a section, an annex, annex and paragraph. */
function pinpoints(record: DocumentRecord): Array<Pinpoint | undefined> {
  const pins: Array<Pinpoint | undefined> = [undefined, { section: 'II' }];
  if (record.body.some((b) => b.type === 'paragraph' && b.n === 1)) pins.push({ paragraph: 1 });
  if (record.annexes.length > 0) pins.push({ annex: 1 }, { annex: 1, paragraph: 1 });
  return pins;
}

interface Case {
  record: DocumentRecord;
  pin: Pinpoint | undefined;
  /** The locator as a pandoc user writes it after the comma, and as CSL-JSON carries it. */
  pandoc: string;
  csl: { locator: string; label: string } | undefined;
}

function casesFor(style: BuiltinStyleName): Case[] {
  return records.flatMap((record) =>
    pinpoints(record).map((pin) => {
      const csl = builtinLocator(record, pin, BUILTIN_STYLES[style], []);
      const pandoc = !csl
        ? ''
        : csl.label === 'part'
          ? `, {part ${csl.locator}}`
          : `, ${csl.label === 'paragraph' ? 'para.' : 'sec.'} ${csl.locator}`;
      // No corpus record has sections: a section is cited in a copy with section headings,
      // under the same id, so the CSL-JSON item pandoc and citation-js read is the same.
      return { record: pin?.section ? withSections(record) : record, pin, pandoc, csl };
    }),
  );
}

/** HTML as text, italics kept as _…_ so that they are compared too. */
const textOf = (html: string) =>
  html
    .replace(/<a [^>]*class="footnote-back"[^>]*>.*?<\/a>/g, '')
    .replace(/<\/?(?:em|i)>/g, '_')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

function pandoc(style: string, markdown: string): string {
  const file = join(dir, `${style}.md`);
  writeFileSync(file, markdown);
  return execFileSync(
    'pandoc',
    [
      file,
      '--citeproc',
      '--csl',
      styleFile(style),
      '--bibliography',
      bibliography,
      '-t',
      'html',
      '--wrap=none',
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
}

/** Each case's citation through pandoc: footnotes for note styles, the inline citation otherwise. */
function pandocCitations(style: BuiltinStyleName, cases: Case[]): string[] {
  const html = pandoc(
    style,
    `---\nsuppress-bibliography: true\n---\n\n${cases.map((c) => `[@${c.record.id}${c.pandoc}]`).join('\n\n')}\n`,
  );
  const notes = [...html.matchAll(/<li id="fn\d+"[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    textOf(m[1] as string),
  );
  if (notes.length > 0) return notes;
  // One citation per paragraph: the paragraphs are the citations.
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => textOf(m[1] as string));
}

/** The bibliography entries through pandoc, by id. */
function pandocBibliography(style: BuiltinStyleName): Map<string, string> {
  const html = pandoc(style, `---\nnocite: '@*'\n---\n`);
  return new Map(
    [...html.matchAll(/<div id="ref-([^"]+)" class="csl-entry"[^>]*>([\s\S]*?)<\/div>/g)].map(
      (m) => [m[1] as string, textOf(m[2] as string)],
    ),
  );
}

const items = JSON.parse(readFileSync(bibliography, 'utf8'));
const csl = plugins.config.get('@csl');
/** Plain citation-js: the style file registered under its own name, the exported items as they are. */
function citationJs(style: BuiltinStyleName, c: Case | undefined, id: string): string {
  const template = `portable-${style}`;
  if (!csl.styles.has(template)) csl.styles.add(template, readFileSync(styleFile(style), 'utf8'));
  const data = new Cite(items.find((i: { id: string }) => i.id === id));
  return (
    c === undefined
      ? data.format('bibliography', { template, format: 'html' })
      : data.format('citation', {
          template,
          format: 'html',
          entry: [{ id, ...(c.csl ?? {}) }],
        })
  ).toString();
}

/**
 * Known differences between the processors, each with its reason; nothing else may differ.
 */
const EXCEPTIONS: Array<{
  applies: (ours: string, theirs: string, processor: string) => boolean;
  why: string;
}> = [
  {
    // “… the ‘Black January,’” (citeproc-js) against “… the ‘Black January’,” (pandoc).
    applies: (ours, theirs, processor) =>
      processor === 'pandoc' && theirs.replace(/([’”]+)(_?)([,.])/g, '$3$1$2') === ours,
    why: 'American punctuation after quotation marks inside a title: citeproc-js moves the comma or full stop inside them, as the Chicago Manual (6.9) and MLA ask; pandoc’s citeproc leaves it after quotation marks that are part of the title text',
  },
];

const STYLE_MODES = (Object.keys(BUILTIN_STYLES) as BuiltinStyleName[]).flatMap((style) =>
  (Object.keys(BUILTIN_STYLES[style].modes) as Array<'note' | 'bibliography' | 'in-text'>)
    // The UN text note is the footnote made running text by cite(); CSL has no such layout.
    .filter((mode) => !(style === 'un' && mode === 'in-text'))
    .map((mode) => [style, mode] as const),
);

const html = (text: string) => textOf(text);

describe.skipIf(!PANDOC)('the shipped styles outside this package', () => {
  it('un, in-text: the footnote made running text, which cite() says CSL cannot express', () => {
    const cases = casesFor('un');
    const rendered = pandocCitations('un', cases);
    for (const [i, c] of cases.entries()) {
      const options = { style: 'un', ...(c.pin ? { pinpoint: c.pin } : {}) };
      const note = cite(c.record, { ...options, mode: 'note' }).text;
      const text = cite(c.record, { ...options, mode: 'in-text' });
      expect(rendered[i]).toBe(note);
      expect(note.replace(/\.$/, '').toLowerCase()).toBe(text.text.toLowerCase());
      expect(text.warnings.map((w) => w.code)).toContain('not-portable');
    }
  });

  it.each(STYLE_MODES)(
    '%s, %s: pandoc = plain citation-js = cite()',
    (style, mode) => {
      const differences: string[] = [];
      const compare = (label: string, ours: string, theirs: string, processor: string) => {
        if (ours === theirs || EXCEPTIONS.some((e) => e.applies(ours, theirs, processor))) return;
        differences.push(
          `${style} ${mode} ${label} (${processor}):\n  cite():  ${ours}\n  ${processor}: ${theirs}`,
        );
      };
      if (BUILTIN_STYLES[style].modes[mode] === 'bibliography') {
        const entries = pandocBibliography(style);
        for (const record of records) {
          const ours = html(cite(record, { style, mode, format: 'html' }).text);
          compare(record.id, ours, entries.get(record.id) ?? '(none)', 'pandoc');
          compare(record.id, ours, textOf(citationJs(style, undefined, record.id)), 'citation-js');
        }
      } else {
        const cases = casesFor(style);
        const rendered = pandocCitations(style, cases);
        for (const [i, c] of cases.entries()) {
          const label = `${c.record.id} ${JSON.stringify(c.pin ?? {})}`;
          const options = { style, mode, ...(c.pin ? { pinpoint: c.pin } : {}) };
          const ours = html(cite(c.record, { ...options, format: 'html' }).text);
          expect(ours.replaceAll('_', '')).toBe(cite(c.record, options).text);
          compare(label, ours, rendered[i] ?? '(none)', 'pandoc');
          compare(label, ours, textOf(citationJs(style, c, c.record.id)), 'citation-js');
        }
      }
      expect(differences).toEqual([]);
    },
    120_000,
  );
});
