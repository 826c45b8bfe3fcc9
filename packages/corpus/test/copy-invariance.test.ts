import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../src/ingest.js';
import type { DocumentRecord } from '../src/schema.js';
import { misreadAsWindows1252 } from './copies.js';
import { PACKAGE_DIR, SEEDS_DIR } from './helpers.js';

/**
 * The same document copied another way reads the same. Each text (the ingest fixtures, the seeds,
 * and the real-world letters beside the clone) is changed as copies change it: line endings, odd
 * and trailing spaces, tabs, a byte-order mark, blank lines, an indent, ligatures, invisible
 * characters, site chrome above it, page breaks. Its metadata must not move. Found so far:
 * ligatures, a breadcrumb trail, an indented Markdown heading, a page break after a paragraph's
 * first line, organs in capitals, a name under a bare "(Signed)", a comma between the name and
 * the rank, blank lines lost, "(signed)" in lower case in a flattened copy, a blog's sharing
 * links and tags under a letter, a site's menu above a press release, a title wrapped at a
 * compound's hyphen, page numbers printed "- 2 -" or before the job number, the masthead's date
 * above "Distr.", a PDF layout copy's paragraphs set apart by their first-line indent alone, a
 * double-spaced copy, a PDF's non-breaking hyphens, a flattened copy wrapped again and UTF-8 misread
 * as Windows-1252 (see their commits).
 */
const REAL_WORLD = join(PACKAGE_DIR, '..', '..', '..', 'shared', 'real-world', 'letters');
const texts = [join(PACKAGE_DIR, 'test', 'fixtures', 'ingest'), SEEDS_DIR, REAL_WORLD].flatMap(
  (dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }))
      : [],
);
if (process.env.CI && !(existsSync(SEEDS_DIR) && existsSync(REAL_WORLD)))
  throw new Error(`CI needs ${SEEDS_DIR} and ${REAL_WORLD} beside the clone`);

/** A page break as a UN PDF prints it: footer, bar code, running header, page number. */
const pageBreak = (r: DocumentRecord) =>
  `\n\n20-12345 (E) 011020\n*2012345*\n\n${r.symbols.map((s) => `${s}\n`).join('')}\n2/4 20-12345\n\n`;
const BODY = /I have the honour/;
const BLANK_LINES = /\n(?:[ \t\u00a0]*\n)+/g;

const COPIES: Record<string, (t: string, r: DocumentRecord) => string> = {
  'CRLF line endings': (t) => t.replace(/\r?\n/g, '\r\n'),
  'NEL line ends (U+0085)': (t) => t.replace(/\r?\n/g, '\u0085'),
  'Unicode line and paragraph separators': (t) =>
    t.replace(/\r?\n(?:[ \t\u00a0]*\r?\n)+/g, '\u2029').replace(/\r?\n/g, '\u2028'),
  "a word processor's vertical tabs for line breaks": (t) => t.replace(/\r?\n(?!\r?\n)/g, '\v'),
  'trailing spaces': (t) => t.replace(/\n/g, '  \n'),
  'no-break spaces in the masthead': (t) =>
    t.replace(/Distr\.: /g, 'Distr.:\u00a0').replace(/Agenda item /g, 'Agenda item\u00a0'),
  'tabs for runs of spaces': (t) => t.replace(/ {4,}/g, '\t'),
  'a byte-order mark': (t) => `\ufeff${t}`,
  'blank lines doubled': (t) => t.replace(/\n\n/g, '\n\n\n'),
  'double-spaced: CR CR LF line ends, read as a blank line after every line': (t) =>
    t.replace(/\r?\n/g, '\r\r\n'),
  'blank lines before': (t) => `\n\n${t}`,
  'each line indented by a space': (t) => t.replace(/\n(?=\S)/g, '\n '),
  ligatures: (t) =>
    t
      .replace(/ffi/g, '\ufb03')
      .replace(/ff/g, '\ufb00')
      .replace(/fi/g, '\ufb01')
      .replace(/fl/g, '\ufb02'),
  'UTF-8 misread as Windows-1252: "ChargÃ©", "â€“"': (t) => misreadAsWindows1252(t),
  "a PDF's non-breaking hyphens, in words and between a double symbol's members": (t) =>
    t.replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2011').replace(/(?<=\d)-(?=[AS]\/)/g, '\u2011'),
  'zero-width spaces and soft hyphens': (t) =>
    t
      .replace(/General Assembly/g, 'General\u200b Assembly')
      .replace(/Secretary-/g, 'Secre\u00adtary-'),
  "a site's menu, post line and language links above": (t) =>
    `English | Français | Español\n\nHome\nAbout us\nNews\nContact\n\nPosted on March 3, 2021 by admin\n\n${t}`,
  'site chrome and a breadcrumb trail above': (t) =>
    `Skip to main content\nHome › Documents › Letters\nSearch\n\n${t}`,
  "a blog's tags, sharing links and a site's footer below": (t) =>
    `${t.trimEnd()}\n\nTags: United Nations, Letters\nPosted in Statements\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated\n\nBack to top\n\nPrivacy Policy | Terms of Use | Contact Us\n© 2024 Permanent Mission. All rights reserved.\n`,
  'sharing links in a row right under the text': (t) =>
    `${t.trimEnd()}\n\nShare this: Facebook Twitter\n\nShare on LinkedIn | Email | Print\n`,
  'a masthead as older documents print it: capitals, "Distr." over "GENERAL"': (t) =>
    t
      .replace(/^United Nations\b/m, 'UNITED NATIONS')
      .replace(/^(General Assembly|Security Council)$/gm, (m) => m.toUpperCase())
      .replace(/^Distr\.: General$/gm, 'Distr.\nGENERAL')
      .replace(/Original: (\w+)/g, (_, l: string) => `ORIGINAL: ${l.toUpperCase()}`),
  'the title wrapped at "Secretary-"': (t) =>
    t.replace(
      /^((?:Letter|Identical letters) dated .*addressed to the Secretary-)(General)/m,
      '$1\n$2',
    ),
  'the masthead\'s date above "Distr.: General"': (t) =>
    t.replace(/^(Distr\.: General)\n(\d{1,2} [A-Z][a-z]+ \d{4})$/m, '$2\n$1'),
  '"(Signed)" on a line of its own, the name under it': (t) =>
    t.replace(/^\(Signed\) (.+)$/gm, '(Signed)\n$1'),
  '"(signed)" in lower case': (t) => t.replace(/\(Signed\)/g, '(signed)'),
  'the name and rank on one line, with a comma': (t) =>
    t.replace(/^\(Signed\) (.+)\n(Ambassador|Permanent Representative)$/gm, '(Signed) $1, $2'),
  'quoted in Markdown or an e-mail: "> " before every line': (t) => t.replace(/^/gm, '> '),
  'blank lines lost': (t) => t.replace(BLANK_LINES, '\n'),
  'wrapped at 72 characters above the body, as a mail client wraps a PDF copy: masthead rows, title':
    (t) => {
      // Whole lines above the body's first: a flattened line is another copy's.
      const at = t.lastIndexOf('\n', t.search(BODY)) + 1;
      if (at <= 0) return t;
      const head = t
        .slice(0, at)
        .replace(/^.{73,399}$/gm, (line) => line.replace(/(.{1,72})(?: +|$)/g, '$1\n').trimEnd());
      return `${head}${t.slice(at)}`;
    },
  'a flattened copy wrapped again at 72 characters, as a mail client wraps it': (t) =>
    t.replace(/^.{400,}$/gm, (line) => line.replace(/(.{1,72})(?: +|$)/g, '$1\n').trimEnd()),
  'a line a paragraph, blank lines lost': (t) => {
    const at = t.search(BODY);
    if (at < 0) return t;
    const paragraphs = t.slice(at).split(/\n[ \t]*\n/);
    // A copy that has lost them already (10.txt) has no paragraphs to tell apart.
    if (paragraphs.length < 3) return t;
    // A paragraph's lines joined; page furniture and a signature (short lines) stay as they are.
    const unwrapped = paragraphs.map((p) => (/^.{50}/.test(p) ? p.replace(/\n/g, ' ') : p));
    return `${t.slice(0, at)}${unwrapped.join('\n\n')}`.replace(BLANK_LINES, '\n');
  },
  'a PDF layout copy: paragraphs set apart by a first-line indent alone': (t) => {
    const at = t.search(BODY);
    if (at < 0) return t;
    const blocks = t.slice(at).split(/\n[ \t]*\n/);
    // A paragraph of prose: indented, and run on from the one before when that one was prose too.
    const prose = (b: string) => /^.{50}/.test(b) && /[.:;]$/.test(b.trimEnd());
    // Such copies are hard-wrapped: a copy of a line a paragraph is another test's.
    if (!blocks.some((b) => prose(b) && b.trimEnd().includes('\n'))) return t;
    const laid = blocks.map((b) => (prose(b) ? `        ${b.replace(/\n/g, '\n  ')}` : b));
    let body = laid[0] as string;
    for (let i = 1; i < laid.length; i++)
      body += `${prose(blocks[i - 1] as string) && prose(blocks[i] as string) ? '\n' : '\n\n'}${laid[i]}`;
    return `${t.slice(0, at)}${body}`;
  },
  'a page break between paragraphs': (t, r) => {
    const at = t.search(BODY);
    const end = at < 0 ? -1 : t.indexOf('\n\n', at + 150);
    return end < 0 ? t : `${t.slice(0, end)}${pageBreak(r)}${t.slice(end + 2)}`;
  },
  'a page break as other copies print it: "- 2 -", a page number before the job number': (t) => {
    const at = t.search(BODY);
    const end = at < 0 ? -1 : t.indexOf('\n\n', at + 150);
    return end < 0 ? t : `${t.slice(0, end)}\n\n- 2 -\n\n3 20-12345\n\n${t.slice(end + 2)}`;
  },
  'a page break after the first line of a paragraph': (t, r) => {
    const at = t.search(BODY);
    const end = at < 0 ? -1 : t.indexOf('\n', at + 40);
    if (end < 0 || t.slice(at, end).includes('\n\n') || t[end + 1] === '\n') return t;
    return `${t.slice(0, end)}${pageBreak(r)}${t.slice(end + 1)}`;
  },
};

/** What a reader of the record relies on: everything but the text's own wording and evidence. */
const metadata = (r: DocumentRecord) => ({
  kind: r.kind,
  title: r.title,
  date: r.date,
  distributionDate: r.distributionDate,
  symbols: r.symbols,
  originalLanguage: r.originalLanguage,
  organs: r.organs,
  agendaItems: r.agendaItems,
  author: r.author,
  addressee: r.addressee,
  signatories: r.signatories,
  annexes: r.annexes.length,
  references: r.references,
  paragraphs: r.body.filter((b) => b.type === 'paragraph').length,
});

describe('a document copied another way reads the same', { timeout: 120_000 }, () => {
  it.each(Object.keys(COPIES))('%s', (copy) => {
    const change = COPIES[copy] as (t: string, r: DocumentRecord) => string;
    expect(texts.length).toBeGreaterThan(8);
    let changed = 0;
    for (const { name, text } of texts) {
      const { record } = ingestText(text);
      const copy = change(text, record);
      if (copy !== text) changed++;
      expect(metadata(ingestText(copy).record), name).toEqual(metadata(record));
    }
    // A copy that changes no text would prove nothing (each changes 3 to 30 of them).
    expect(changed).toBeGreaterThan(0);
  });
});
