import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { misreadAsWindows1252 } from '../../../test/copies.js';
import { PACKAGE_DIR } from '../../../test/helpers.js';
import { IngestInputError, ingestText } from '../../ingest.js';
import type { DocumentRecord } from '../../schema.js';
import { validateRecord } from '../../validate.js';
import { STATES } from '../text/member-states.js';

/**
 * Letters in the shapes real copies take (PDF text with footers and running headers, web pages,
 * text flattened onto one line, OCR damage). Each follows the structure of public UN letters of
 * its kind; the bodies are abridged and procedural and the signatories' names are invented, so
 * no words are put in the mouth of a real official. Expectations are read off the texts by hand.
 */
/** An ingest fixture's text. */
const fixture = (name: string): string =>
  readFileSync(join(PACKAGE_DIR, 'test', 'fixtures', 'ingest', name), 'utf8');
/**
 * The Kazakhstan release under a web page's `head` reads as it does alone, and the head's
 * lines (its non-blank ones) are listed as web chrome.
 */
function expectReleaseUnder(head: string): void {
  const text = fixture('press-release-kazakhstan.txt');
  const plain = ingestText(text).record;
  const { record, removed } = ingestText(`${head}${text}`);
  expect(record.kind, head).toBe('press-release');
  expect(record.title, head).toBe(plain.title);
  expect(record.author, head).toEqual(plain.author);
  const above = head
    .trimEnd()
    .split('\n')
    .flatMap((l, i) => (l ? [i + 1] : []));
  expect(removed.find((r) => r.kind === 'web-chrome')?.lines, head).toEqual(above);
}
const read = (name: string) =>
  ingestText(readFileSync(join(PACKAGE_DIR, 'test', 'fixtures', 'ingest', name)), {
    source: { fileName: name },
  });
const summary = (r: DocumentRecord) => ({
  kind: r.kind,
  date: r.date,
  distributionDate: r.distributionDate,
  symbols: r.symbols,
  organs: r.organs.map((o) =>
    o.organ === 'General Assembly' ? `GA ${o.sessionType} ${o.session}` : `SC ${o.year}`,
  ),
  agenda: r.agendaItems.map((a) => `${a.number}: ${a.title}`),
  author: r.author?.name ?? null,
  country: r.author?.country ?? null,
  addressee: r.addressee?.name ?? null,
  signatories: r.signatories.map((s) => [s.name, s.title, s.role].join(' | ')),
  paragraphs: r.body.filter((b) => b.type === 'paragraph').length,
  annexes: r.annexes.map((a) => [a.subtitle, a.date]),
});
const GUAM =
  'Protracted conflicts in the GUAM area and their implications for international peace, security and development';

describe('real-world shapes', () => {
  it('a double-symbol PDF copy with footers, running headers, page numbers and hyphenation', () => {
    const { record, warnings, removed } = read('ga-sc-double-pdf.txt');
    expect(summary(record)).toEqual({
      kind: 'letter',
      date: '2020-09-28',
      distributionDate: '2020-09-29',
      symbols: ['A/75/356', 'S/2020/947'],
      organs: ['GA regular 75', 'SC 2020'],
      agenda: [`34: ${GUAM}`],
      author: 'Permanent Representative of Georgia to the United Nations',
      country: 'Georgia',
      addressee: 'Secretary-General of the United Nations',
      signatories: ['Nina Example | Ambassador | Permanent Representative'],
      paragraphs: 3,
      annexes: [],
    });
    expect(warnings).toEqual([]);
    expect(removed.map((r) => [r.kind, r.lines])).toEqual([
      ['page-footer', [11, 12, 38, 48]],
      ['running-header', [35, 36]],
      ['hyphenation', [32]],
    ]);
    expect(record.body.find((b) => b.type === 'paragraph' && b.n === 2)).toMatchObject({
      text: expect.stringContaining('including resolution 74/300'),
    });
    expect(record.references.flatMap((r) => (r.type === 'un-document' ? [r.symbol] : []))).toEqual([
      'A/74/873',
      'A/RES/74/300',
    ]);
  });

  it('a Security Council letter from a Chargé d’affaires a.i., year read from the symbol', () => {
    const { record, warnings } = read('sc-only-charge.txt');
    expect(summary(record)).toMatchObject({
      symbols: ['S/2021/305'],
      organs: ['SC 2021'],
      agenda: [],
      country: 'Armenia',
      addressee: 'President of the Security Council',
      author: "Chargé d'affaires a.i. of the Permanent Mission of Armenia to the United Nations",
    });
    expect(record.signatories).toEqual([
      { name: 'Arman Example', title: null, role: "Chargé d'affaires a.i." },
    ]);
    expect(warnings).toEqual([]);
  });

  it('a General Assembly letter with a sub-item, a reissued symbol and an annex', () => {
    const { record, warnings } = read('ga-only-subitem-reissued.txt');
    expect(summary(record)).toMatchObject({
      symbols: ['A/76/512*'],
      organs: ['GA regular 76'],
      agenda: [
        '75 (b): Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms',
      ],
      annexes: [['Joint statement on human rights education', '2021-11-01']],
      paragraphs: 2,
    });
    expect(record.annexes[0]?.body.filter((b) => b.type === 'paragraph')).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('a letter flattened onto one line: masthead, titles run together, signature', () => {
    const { record, warnings } = read('flattened.txt');
    expect(summary(record)).toEqual({
      kind: 'letter',
      date: '2020-02-20',
      distributionDate: '2020-02-21',
      symbols: ['A/74/700', 'S/2020/150'],
      organs: ['GA regular 74', 'SC 2020'],
      agenda: [`32: ${GUAM}`, '37: The situation in the occupied territories of Azerbaijan'],
      author: 'Permanent Representative of Azerbaijan to the United Nations',
      country: 'Azerbaijan',
      addressee: 'Secretary-General of the United Nations',
      signatories: ['Ilgar Example | Ambassador | Permanent Representative'],
      paragraphs: 1,
      annexes: [],
    });
    expect(warnings.map((w) => w.code)).toEqual(['flattened']);
  });

  it('identical letters of an observer mission in an emergency special session', () => {
    const { record, warnings } = read('es-observer-identical.txt');
    expect(summary(record)).toMatchObject({
      symbols: ['A/ES-10/880', 'S/2021/480'],
      organs: ['GA emergency-special 10', 'SC 2021'],
      agenda: [
        '5: Illegal Israeli actions in Occupied East Jerusalem and the rest of the Occupied Palestinian Territory',
      ],
      country: 'State of Palestine',
      signatories: ['Riyad Example | Ambassador | Permanent Observer'],
    });
    expect(record.references).toEqual([
      expect.objectContaining({
        symbol: 'A/ES-10/879-S/2021/470',
        members: ['A/ES-10/879', 'S/2021/470'],
      }),
    ]);
    expect(warnings).toEqual([]);
  });

  it('a damaged OCR copy: CRLF, no-break and zero-width spaces, O for 0, a title with no country', () => {
    const { record, warnings, removed } = read('damaged-ocr.txt');
    expect(summary(record)).toMatchObject({
      symbols: ['S/2021/305'],
      organs: ['SC 2021'],
      distributionDate: '2021-05-04',
      country: null,
    });
    expect(warnings.map((w) => w.code)).toEqual(['symbol-guessed', 'title-no-country']);
    expect(removed.map((r) => r.kind)).toEqual(['whitespace']);
    expect(record.references.flatMap((r) => (r.type === 'un-document' ? [r.symbol] : []))).toEqual([
      'S/2021/350',
      'S/RES/2334 (2016)',
    ]);
    expect(record.figures).toEqual([
      expect.objectContaining({ metric: 'killed', qualifier: 'more-than', value: 40 }),
    ]);
  });

  it('a copy from a web page: chrome and Markdown removed, no symbol printed', () => {
    const { record, warnings, removed } = read('web-page.txt');
    expect(summary(record)).toMatchObject({
      symbols: [],
      organs: ['GA regular 77'],
      agenda: ['68: Promotion and protection of human rights'],
      annexes: [
        [
          'Statement of the Ministry of Foreign Affairs of Ukraine on the protection of civilians',
          null,
        ],
      ],
    });
    expect(warnings.map((w) => w.code)).toEqual(['no-symbol']);
    expect(removed.find((r) => r.kind === 'web-chrome')?.lines).toEqual([1, 2, 3, 34, 35, 36]);
  });

  it('a Security Council letter whose paragraph runs over a page break onto a capitalised word', () => {
    const { record, removed } = read('sc-only-hyphen-pagebreak.txt');
    expect(
      record.body
        .filter((b) => b.type === 'paragraph')
        .map((b) => b.type === 'paragraph' && b.text.slice(-45)),
    ).toEqual([
      'the foreign ministers at their meeting in Riga on 4 October 2019.'.slice(-45),
      'I would be grateful if you would have the present letter circulated as a document of the Security Council.'.slice(
        -45,
      ),
    ]);
    expect(removed.map((r) => r.kind)).toEqual([
      'page-footer',
      'running-header',
      'page-break-join',
    ]);
  });

  it('a press release of another mission: letterhead, label, title, dateline', () => {
    const { record } = read('press-release-kazakhstan.txt');
    expect(record).toMatchObject({
      kind: 'press-release',
      title:
        'Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk test site',
      date: '2021-08-27',
      issuer: {
        name: 'Permanent Mission of the Republic of Kazakhstan to the United Nations',
        country: 'Kazakhstan',
      },
      occasion: { date: '2021-08-29' },
    });
    expect(record.body.at(-1)).toEqual({ type: 'dateline', text: 'New York, 27 August 2021' });
  });

  it('a release whose blank lines were lost, then every line doubled: a rule, a name over three lines', () => {
    const ruled = fixture('press-release-kazakhstan.txt')
      .replace('of the Republic of Kazakhstan\n', 'of the\nRepublic of Kazakhstan\n')
      .replace('\n\nPRESS RELEASE', '\n\n---\n\nPRESS RELEASE');
    const doubled = ruled.replace(/\n[ \t]*\n+/g, '\n').replace(/\n/g, '\n\n');
    const plain = summary(ingestText(ruled).record);
    expect(plain).toMatchObject({ date: '2021-08-27', paragraphs: 2 });
    const { record } = ingestText(doubled);
    expect(summary(record)).toEqual(plain);
    expect(record.title).toBe(ingestText(ruled).record.title);
    expect(record.issuer?.name).toBe(
      'Permanent Mission of the Republic of Kazakhstan to the United Nations',
    );
  });

  it('a web page’s breadcrumb trail above a document is chrome, as its menu is', () => {
    const text = fixture('press-release-kazakhstan.txt');
    for (const trail of [
      'Home › Documents › Press releases',
      'You are here: Home > News > 2021',
      'Home / Statements',
    ])
      expectReleaseUnder(`Skip to main content\n${trail}\nSearch\n\n`);
    // Words after "Home" that are not a trail stay text.
    expect(ingestText(`Home affairs of the mission\n\n${text}`).removed).not.toContainEqual(
      expect.objectContaining({ kind: 'web-chrome' }),
    );
  });

  it('a dateline whose comma a copy spaced off', () => {
    const text = fixture('press-release-kazakhstan.txt');
    expect(ingestText(text.replace('New York, 27', 'New York , 27')).record.date).toBe(
      '2021-08-27',
    );
    const lead = text
      .replace(/\n\nNew York, 27 August 2021\s*$/, '\n')
      .replace(/^On 29 August 2021/m, 'NEW YORK , 27 August 2021 – On 29 August 2021');
    expect(ingestText(lead).record.date).toBe('2021-08-27');
  });

  it('a release dated only by a dateline that opens its first paragraph', () => {
    const text = fixture('press-release-kazakhstan.txt')
      .replace(/\n\nNew York, 27 August 2021\s*$/, '\n')
      .replace(/^On 29 August 2021/m, 'NEW YORK, 27 August 2021 – On 29 August 2021');
    const { record } = ingestText(text);
    expect(record.date).toBe('2021-08-27');
    expect(record.provenance.date).toEqual({
      status: 'stated',
      evidence: [{ line: 10, quote: '27 August 2021' }],
    });
    // Not a later paragraph's: that is what the release tells, not when.
    const later = text
      .replace('NEW YORK, 27 August 2021 – ', '')
      .replace(/^More than 450/m, 'Baku, 20 January 1990 – More than 450');
    expect(ingestText(later).record.date).toBeNull();
  });

  it('a release’s number and date under its label, a letterhead in capitals', () => {
    const { record, warnings } =
      ingestText(`PERMANENT MISSION OF THE REPUBLIC OF AZERBAIJAN TO THE UNITED NATIONS
866 United Nations Plaza, Suite 560, New York, NY 10017

PRESS RELEASE

No: 03/2021
20 January 2021

Commemoration of the 31st anniversary of the 20 January tragedy

On 20 January 2021, the Permanent Mission held a commemorative event.

In his remarks, the Permanent Representative recalled that Soviet troops entered Baku, killing 147 civilians and wounding 744 people.
`);
    expect(warnings).toEqual([]);
    expect(record).toMatchObject({
      kind: 'press-release',
      title: 'Commemoration of the 31st anniversary of the 20 January tragedy',
      titleIsDescriptive: false,
      date: '2021-01-20',
      issuer: {
        name: 'PERMANENT MISSION OF THE REPUBLIC OF AZERBAIJAN TO THE UNITED NATIONS',
        country: 'Azerbaijan',
      },
    });
    expect(record.body.filter((b) => b.type === 'paragraph')).toHaveLength(2);
    // Figures stated verb first, each with its words.
    expect(record.figures.map((f) => [f.metric, f.value, f.quote])).toEqual([
      ['killed', 147, 'killing 147 civilians'],
      ['wounded', 744, 'wounding 744 people'],
    ]);
  });

  it('a release’s title under its label and dateline', () => {
    const { record, warnings } = ingestText(`Press release

New York, 20 January 2024

Statement by the Permanent Mission of the Republic of Azerbaijan to the United Nations on the 34th anniversary of the 20 January tragedy

Thirty-four years ago, on the night of 19 to 20 January 1990, the Soviet army entered Baku.
`);
    expect(warnings).toEqual([]);
    expect(record.title).toBe(
      'Statement by the Permanent Mission of the Republic of Azerbaijan to the United Nations on the 34th anniversary of the 20 January tragedy',
    );
    expect(record.date).toBe('2024-01-20');
    expect(record.body.map((b) => b.type)).toEqual(['heading', 'dateline', 'heading', 'paragraph']);
  });

  it('a site’s menu, post line and language links above a release are chrome', () => {
    const text = fixture('press-release-kazakhstan.txt');
    const plain = ingestText(text).record;
    for (const head of [
      'Home\nAbout us\nNews\nStatements\nContact\n\n',
      'Posted on March 3, 2021 by admin\nCategories: Letters, Statements\n\n',
      'English | Français | Español\n\nMenu\n\n',
    ])
      expectReleaseUnder(head);
    // A page title that names another mission is not part of the issuer's name.
    const titled = ingestText(
      `Letters to the UN Secretary-General – Permanent Mission of Cyprus\n\n${text}`,
    ).record;
    expect(titled.author).toEqual(plain.author);
    // A statement with no letterhead keeps its title: nothing below it is a letterhead or label.
    const statement =
      'Statement by the Minister\n\nThe Minister spoke today.\n\nNew York, 3 March 2021\n';
    expect(ingestText(statement).record.title).toBe('Statement by the Minister');
    // With no letterhead, a menu and a post line are still the site's; a short title is not.
    const menu = 'Home\nAbout us\nNews\nContact\n\nPosted on March 3, 2021 by admin\n\n';
    const { record, removed } = ingestText(`${menu}Black January\n\nThe Minister spoke today.\n`);
    expect(record.title).toBe('Black January');
    expect(removed.find((r) => r.kind === 'web-chrome')?.lines).toEqual([1, 2, 3, 4, 6]);
    expect(ingestText('Black January\n\nThe Minister spoke today.\n').record.title).toBe(
      'Black January',
    );
  });

  it('a blog’s sharing links and a site’s footer below a letter are chrome, not its signature', () => {
    const text = fixture('sc-only-charge.txt');
    const plain = ingestText(text).record;
    const footer =
      '\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated\n\nPrivacy Policy | Terms of Use | Contact Us\n';
    const { record, removed } = ingestText(`${text.trimEnd()}${footer}`);
    expect(record.signatories).toEqual(plain.signatories);
    expect(record.body).toEqual(plain.body);
    const last = text.trimEnd().split('\n').length;
    expect(removed.find((r) => r.kind === 'web-chrome')?.lines).toEqual(
      [2, 3, 4, 6, 7, 9, 11].map((n) => last + n),
    );
    // A sentence that begins with such a word stays text.
    expect(
      ingestText(`${text.trimEnd()}\n\nShare this with the members of the Council.\n`).removed,
    ).not.toContainEqual(expect.objectContaining({ kind: 'web-chrome' }));
    // A site's download link, date and legal links are chrome too; a line that is none, no role.
    const site = ingestText(
      `${text.trimEnd()}\n\nDownload PDF (120 KB)\n\nLast updated: 5 May 2021\n\nTerms of use | Privacy notice | Fraud alert\n`,
    );
    expect(site.record.body).toEqual(plain.body);
    expect(site.removed.find((r) => r.kind === 'web-chrome')?.lines).toEqual(
      [2, 4, 6].map((n) => last + n),
    );
    const source = ingestText(`${text.trimEnd()}\n\nSource: Permanent Mission of Armenia\n`);
    expect(source.record.signatories).toEqual(plain.signatories);
    // A site's list of related documents under the text: their titles and symbols are not its own.
    const related = ingestText(
      `${text.trimEnd()}\n\nRelated documents\n\nLetter dated 1 October 2020 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General (A/75/401–S/2020/972)\nReport of the Secretary-General (S/2020/900)\n`,
    );
    expect(related.record.body).toEqual(plain.body);
    expect(related.record.references).toEqual(plain.references);
    expect(related.removed.find((r) => r.kind === 'web-chrome')?.lines).toEqual(
      [2, 4, 5].map((n) => last + n),
    );
  });

  it('an older layout copy: the sigil by the logo, "/..." by the job number, "English" over "Page 2"', () => {
    const text = `UNITED
NATIONS                                                          S
                        Security Council
                                                    Distr.
                                                    GENERAL

                                                    S/25600
                                                    16 April 1993
                                                    ENGLISH
                                                    ORIGINAL: RUSSIAN


LETTER DATED 15 APRIL 1993 FROM THE PERMANENT REPRESENTATIVE OF
AZERBAIJAN TO THE UNITED NATIONS ADDRESSED TO THE PRESIDENT OF
THE SECURITY COUNCIL


     I have the honour to transmit herewith the text of the statement of the
Ministry of Foreign Affairs of the Republic of Azerbaijan of 14 April 1993
(see annex).

     I should be grateful if you would have the present letter and its annex
circulated as a document of the Security Council.


                                          (Signed)  Jane EXAMPLE
                                                    Permanent Representative


93-22734 (E)    160493                                                 /...
English
Page 2
                                   Annex

         Statement of the Ministry of Foreign Affairs of the Republic
                       of Azerbaijan dated 14 April 1993

     The Ministry states that the situation in the region remains tense.
`;
    // As laid out, and as a copy that lost its blank lines.
    for (const copy of [text, text.replace(/\n(?:[ \t]*\n)+/g, '\n')]) {
      const { record, removed } = ingestText(copy);
      expect(record.body[0]).toMatchObject({
        type: 'masthead',
        lines: [
          'UNITED',
          'NATIONS S',
          'Security Council',
          'Distr.',
          'GENERAL',
          'S/25600',
          '16 April 1993',
          'ENGLISH',
          'ORIGINAL: RUSSIAN',
        ],
      });
      expect(removed.map((r) => r.kind)).not.toContain('web-chrome');
      const last = copy.split('\n').indexOf('English') + 1;
      expect(removed.find((r) => r.kind === 'page-footer')?.lines).toEqual([last - 1]);
      expect(removed.find((r) => r.kind === 'page-number')?.lines).toEqual([last, last + 1]);
      expect(record.signatories).toEqual([
        { name: 'Jane EXAMPLE', title: null, role: 'Permanent Representative' },
      ]);
      expect(record.body.filter((b) => b.type === 'paragraph')).toHaveLength(2);
      expect(record.annexes.map((a) => a.title)).toEqual(['Annex']);
    }
    expect(ingestText(text).record.annexes[0]?.subtitle).toBe(
      'Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan dated 14 April 1993',
    );
  });
});

describe('behaviour', () => {
  it('reads typographic ligatures of a PDF copy (ﬁ, ﬀ, ﬂ, ﬃ) as their letters, and says where', () => {
    // "Sixty-ﬁrst year", "Chargé d'aﬀaires", "armed conﬂict": each fixture with its letters tied
    // gives the record of the fixture as it is, but for the normalisation that records the lines.
    const dir = join(PACKAGE_DIR, 'test', 'fixtures', 'ingest');
    const tie = (t: string) =>
      t
        .replace(/ffi/g, '\ufb03')
        .replace(/ff/g, '\ufb00')
        .replace(/fi/g, '\ufb01')
        .replace(/fl/g, '\ufb02');
    const untie = (t: string) => t.replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'));
    let tied = 0;
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const plain = ingestText(text).record;
      const { record, removed } = ingestText(tie(text));
      // The text and metadata read as letters; only the evidence quotes the lines as printed.
      // The id ends in the source's hash, which the tied letters change.
      const { provenance, source, id, ...read } = record;
      expect(JSON.stringify(read), name).not.toMatch(/[\ufb00-\ufb06]/);
      expect(JSON.parse(untie(JSON.stringify({ ...read, provenance }))), name).toEqual({
        ...plain,
        id: undefined,
        source: undefined,
      });
      expect(id.slice(0, -8), name).toBe(plain.id.slice(0, -8));
      for (const evidence of Object.values(provenance).flatMap((p) =>
        'evidence' in p && p.evidence ? p.evidence : [],
      ))
        expect(tie(text).split(/\r\n|\r|\n/)[evidence.line - 1], name).toContain(evidence.quote);
      const expected = text.split(/\r\n|\r|\n/).flatMap((l, i) => (tie(l) === l ? [] : [i + 1]));
      expect(removed.find((r) => r.kind === 'ligature')?.lines ?? [], name).toEqual(expected);
      expect(source.normalisations.find((r) => r.kind === 'ligature')?.lines ?? [], name).toEqual(
        expected,
      );
      tied += expected.length;
    }
    expect(tied).toBeGreaterThanOrEqual(10);
  });

  it('counts evidence lines on the line ends of other systems: NEL, separators, vertical tab', () => {
    const text = fixture('ga-sc-double-pdf.txt');
    for (const eol of ['\u0085', '\u2028', '\u2029', '\v']) {
      const copy = text.replace(/\r?\n/g, eol);
      const { provenance } = ingestText(copy).record;
      const evidence = Object.values(provenance).flatMap((p) =>
        'evidence' in p && p.evidence ? p.evidence : [],
      );
      expect(evidence.length).toBeGreaterThan(5);
      for (const { line, quote } of evidence)
        expect(copy.split(eol)[line - 1], JSON.stringify(eol)).toContain(quote);
    }
  });

  it('reads UTF-8 that a copy misread as Windows-1252 ("ChargÃ©", "â€“") as its characters, and says where', () => {
    // Each fixture with non-ASCII characters, misread, reads as it does but for the evidence,
    // which quotes the lines as printed, and the normalisation that lists them.
    const dir = join(PACKAGE_DIR, 'test', 'fixtures', 'ingest');
    let lines = 0;
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      const copy = misreadAsWindows1252(text);
      if (copy === text) continue;
      const plain = ingestText(text).record;
      const { record, removed } = ingestText(copy);
      const { provenance, source, id, ...read } = record;
      expect(read, file).toEqual({
        ...plain,
        provenance: undefined,
        source: undefined,
        id: undefined,
      });
      for (const evidence of Object.values(provenance).flatMap((p) =>
        'evidence' in p && p.evidence ? p.evidence : [],
      ))
        expect(copy.split(/\r\n|\r|\n/)[evidence.line - 1], file).toContain(evidence.quote);
      const expected = copy
        .split(/\r\n|\r|\n/)
        .flatMap((l, i) => (/[^ -~\t]/.test(l) ? [i + 1] : []));
      expect(removed.find((r) => r.kind === 'mojibake')?.lines, file).toEqual(expected);
      expect(source.normalisations.find((r) => r.kind === 'mojibake')?.lines, file).toEqual(
        expected,
      );
      lines += expected.length;
    }
    expect(lines).toBeGreaterThanOrEqual(8);
  });

  it('is deterministic', () => {
    const text = fixture('ga-sc-double-pdf.txt');
    expect(ingestText(text)).toEqual(ingestText(text));
  });

  it('throws a typed error only for input that is not text', () => {
    expect(() => ingestText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toThrow(
      IngestInputError,
    );
    expect(() => ingestText(new Uint8Array([0x41, 0xff, 0xfe, 0x42]))).toThrow(/not valid utf-8/);
    expect(
      ingestText(new Uint8Array([0x41, 0xe9, 0x42]), { encoding: 'windows-1252' }).record.title,
    ).toBe('AéB');
    expect(() => ingestText(42 as unknown as string)).toThrow(IngestInputError);
  });

  it('reads UTF-16 named by a byte-order mark or by the encoding option, and hints when neither', () => {
    const text = fixture('ga-sc-double-pdf.txt');
    const utf8 = ingestText(text).record;
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const bom = (mark: number[], body: Buffer) => Buffer.concat([Buffer.from(mark), body]);
    for (const bytes of [
      bom([0xff, 0xfe], le),
      bom([0xfe, 0xff], be),
      bom([0xef, 0xbb, 0xbf], Buffer.from(text)),
    ]) {
      const { record } = ingestText(bytes);
      expect(record.title).toBe(utf8.title);
      expect(record.symbols).toEqual(utf8.symbols);
      expect(record.body).toEqual(utf8.body);
    }
    expect(ingestText(le, { encoding: 'utf-16le' }).record.title).toBe(utf8.title);
    expect(ingestText(be, { encoding: 'UTF-16BE' }).record.title).toBe(utf8.title);
    expect(() => ingestText(le)).toThrow(
      'input is binary, not text; it looks like UTF-16LE: pass { encoding: "utf-16le" }',
    );
    expect(() => ingestText(be)).toThrow(/looks like UTF-16BE/);
    expect(() => ingestText(bom([0xff, 0xfe], Buffer.from([0, 0, 1, 0, 2, 0])))).toThrow(/binary/);
    expect(() => ingestText(le, { encoding: 'klingon' })).toThrow('unknown encoding "klingon"');
  });

  it('takes null options as none and refuses options that are not an object', () => {
    expect(ingestText('Press release\n\nText.', null).record.kind).toBeDefined();
    expect(() => ingestText('x', 'utf-8' as never)).toThrow(
      expect.objectContaining({ name: 'IngestInputError', code: 'invalid-options' }),
    );
  });

  it('never throws on text, and always returns a schema-valid record', () => {
    const seeds = ['ga-sc-double-pdf.txt', 'flattened.txt', 'web-page.txt'].map((f) => fixture(f));
    const mutated = fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.array(
          fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })),
          { maxLength: 8 },
        ),
      )
      .map(([text, edits]) =>
        edits.reduce(
          (t, [at, cut, insert]) =>
            t.slice(0, at % (t.length + 1)) + insert + t.slice((at % (t.length + 1)) + cut),
          text,
        ),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 500 }), mutated), (text) => {
        const { record } = ingestText(text);
        const shape = validateRecord(record);
        if (!shape.ok) expect(shape.issues.every((i) => !i.code.startsWith('schema-'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('takes time linear in the size of the input (1 KB to 10 MB)', () => {
    const unit = fixture('ga-sc-double-pdf.txt').split('\n').slice(20).join('\n');
    const make = (bytes: number) =>
      `${unit.slice(0, 200)}\n${unit.repeat(Math.ceil(bytes / unit.length))}`.slice(0, bytes);
    const time = (text: string) => {
      const start = performance.now();
      ingestText(text);
      return performance.now() - start;
    };
    time(make(100_000));
    const small = time(make(1_000_000));
    const large = time(make(10_000_000));
    expect(large / small).toBeLessThan(25);
    expect(time(make(1_000))).toBeLessThan(large);
  }, 180_000);

  it('stays linear on one long line: a masthead’s run of words, titles, offices, quotation marks', () => {
    const tail =
      ' Forty-sixth session Distr.: General Letter dated 1 May 2020 from the Permanent Representative of Chad to the United Nations addressed to the Secretary-General I have the honour.';
    const shapes: Record<string, (bytes: number) => string> = {
      'a body named over and over': (n) => `${'Human Rights Council '.repeat(n / 21)}${tail}`,
      'words after the logo': (n) => `United Nations A/74/1 ${'word '.repeat(n / 5)}${tail}`,
      'words before the logo': (n) => `${'word '.repeat(n / 5)}United Nations A/74/1${tail}`,
      'title after title': (n) => 'Letter dated 1 May 2020 from X addressed to Y '.repeat(n / 46),
      'quotation marks': (n) => `${'> '.repeat(n / 2)}${tail}`,
      'an author’s office over and over': (n) =>
        'Letter dated 22 January 2020 from the Permanent Representative of '.repeat(n / 66),
      'a title and a page footer over and over': (n) =>
        'Letter dated 7 October 2019 from the Permanent Representative of Latvia to the United Nations 20-12655 (E) 011020 '.repeat(
          n / 114,
        ),
      'a transmitted statement over and over': (n) =>
        'I have the honour to transmit herewith the statement of the Ministry of Foreign '.repeat(
          n / 80,
        ),
    };
    const time = (text: string) => {
      const start = performance.now();
      ingestText(text);
      return performance.now() - start;
    };
    for (const [name, make] of Object.entries(shapes)) {
      time(make(50_000));
      const small = Math.max(time(make(50_000)), 2);
      expect(time(make(500_000)) / small, name).toBeLessThan(30);
    }
  }, 120_000);
});

describe('streams', () => {
  it('ingests JSON Lines one document at a time, yielding errors in place', async () => {
    const { ingestStream, jsonlInputs } = await import('../../ingest.js');
    const text = fixture('sc-only-charge.txt');
    const lines = [
      JSON.stringify({ text, fileName: 'a.txt', id: 'letter-a' }),
      '{not json',
      '',
      JSON.stringify(text),
      JSON.stringify({ nope: 1 }),
    ];
    const items = [];
    for await (const item of ingestStream(jsonlInputs(lines))) items.push(item);
    expect(
      items.map((i) => [i.index, i.fileName, i.result?.record.id ?? i.error?.message]),
    ).toEqual([
      [0, 'a.txt', 'letter-a'],
      [1, null, 'line 2: not valid JSON'],
      [2, null, expect.stringMatching(/^2021-03-29-letter-[0-9a-f]{8}$/)],
      [3, null, 'line 5: expected a JSON string or an object with a "text" string'],
    ]);
  });
});

describe('the author’s State', () => {
  // How titles print a State: "the" before some, the long form of a name with a parenthesis.
  const THE =
    /^(?:Bahamas|Central African Republic|Comoros|Congo|Democratic .*|Dominican Republic|Gambia|Holy See|Lao .*|Marshall Islands|Netherlands|Niger|Philippines|Republic of .*|Russian Federation|Solomon Islands|Sudan|Syrian Arab Republic|United .*|State of Palestine)$/;
  const asPrinted = (state: string) => {
    const long = /^(.*) \((.*)\)$/.exec(state);
    return long ? `the ${long[2]} ${long[1]}` : THE.test(state) ? `the ${state}` : state;
  };
  const TITLES = [
    (of: string) =>
      `Letter dated 1 February 2020 from the Permanent Representative of ${of} to the United Nations addressed to the President of the Security Council`,
    (of: string) =>
      `Letter dated 1 February 2020 from the Chargé d’affaires a.i. of the Permanent Mission of ${of} to the United Nations addressed to the Secretary-General`,
    (of: string) =>
      `Note verbale dated 1 February 2020 from the Permanent Mission of ${of} to the United Nations addressed to the Secretary-General`,
    (of: string) =>
      `Letter dated 1 February 2020 from the Minister for Foreign Affairs of ${of} addressed to the Secretary-General`,
  ];

  it('is named for every Member and observer State, in the four ways titles name an author', () => {
    const wrong = STATES.flatMap((state) =>
      TITLES.flatMap((title, i) => {
        const text = `United Nations S/2020/100\nSecurity Council Distr.: General\n3 February 2020\n\n${title(asPrinted(state))}\n\n\tI have the honour to write.\n`;
        const got = ingestText(text).record.author?.country;
        return got === state ? [] : [`${i}: ${state} read as ${got}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
});
