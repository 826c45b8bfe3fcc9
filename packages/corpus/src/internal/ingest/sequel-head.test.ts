import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import type { DocumentRecord } from '../../schema.js';
import { validateRecord } from '../../validate.js';

const TITLE =
  'Letter dated 27 September 2020 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General';
const CORRIGENDUM = `United Nations A/75/356/Corr.1–S/2020/947/Corr.1
General Assembly
Security Council
Distr.: General
5 October 2020
Original: English

General Assembly
Seventy-fifth session
Agenda items 34, 71 and 135
Security Council
Seventy-fifth year

${TITLE}

Corrigendum

Annex, paragraph 3, line 2

For 27 September read 26 September
`;
const headings = (r: DocumentRecord) =>
  r.body.flatMap((b) => (b.type === 'heading' ? [`${b.role}: ${b.text}`] : []));

describe('a corrigendum or addendum to a letter', () => {
  it('keeps the title it repeats apart from its heading, in every copy', () => {
    const copies = {
      printed: CORRIGENDUM,
      'without blank lines': CORRIGENDUM.replace(/\n\n+/g, '\n'),
      flattened: CORRIGENDUM.replace(/\s+/g, ' '),
      'run on to the title': CORRIGENDUM.replace('General\n\nCorrigendum', 'GeneralCorrigendum'),
    };
    for (const [copy, text] of Object.entries(copies)) {
      const { record, warnings } = ingestText(text);
      expect(record.title, copy).toBe(TITLE);
      expect(record.addressee?.name, copy).toBe('Secretary-General of the United Nations');
      expect(headings(record), copy).toEqual([`title: ${TITLE}`, 'subtitle: Corrigendum']);
      expect(record.symbols, copy).toEqual(['A/75/356/Corr.1', 'S/2020/947/Corr.1']);
      expect(record.annexes, copy).toEqual([]);
      // A corrigendum asks no circulation: it is issued as it stands.
      expect(
        warnings.map((w) => w.code),
        copy,
      ).not.toContain('no-circulation-request');
      expect(validateRecord(record), copy).toMatchObject({ ok: true });
    }
  });

  it('reads an addendum’s letter and annex as a letter’s', () => {
    const text = CORRIGENDUM.replace(/Corr\.1/g, 'Add.1').replace(
      /Corrigendum[\s\S]*/,
      `Addendum

Further to my letter of 27 September 2020, I have the honour to transmit herewith the annex omitted from it.

(Signed) Jane Example
Permanent Representative

Annex to the letter dated 27 September 2020 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General

Statement of the Ministry of Foreign Affairs
`,
    );
    const { record } = ingestText(text.replace(/\n\n+/g, '\n'));
    expect(headings(record)).toEqual([`title: ${TITLE}`, 'subtitle: Addendum']);
    expect(record.body.find((b) => b.type === 'paragraph')).toMatchObject({
      n: 1,
      text: expect.stringMatching(/^Further to my letter/),
    });
    expect(record.signatories.map((s) => s.name)).toEqual(['Jane Example']);
    expect(record.annexes.map((a) => a.subtitle)).toEqual([
      'Statement of the Ministry of Foreign Affairs',
    ]);
  });
});
