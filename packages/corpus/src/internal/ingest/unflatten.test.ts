import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';

describe('a letter on one line', () => {
  it('is cut into its parts however short, as a copy cut short leaves it', () => {
    const { record, warnings } = ingestText(
      'United Nations S/2022/170 Security Council Distr.: General 3 March 2022 Original: English Letter dated 2 March 2022 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council I have the honour to transmit herewith a statement. (Signed) Sergiy Kyslytsya',
    );
    expect(record).toMatchObject({
      kind: 'letter',
      symbols: ['S/2022/170'],
      distributionDate: '2022-03-03',
      date: '2022-03-02',
      originalLanguage: 'en',
      author: { country: 'Ukraine' },
      addressee: { name: 'President of the Security Council' },
      signatories: [{ name: 'Sergiy Kyslytsya' }],
    });
    expect(warnings.map((w) => w.code)).toContain('flattened');
  });

  it('ends a damaged title that names no addressee where its text opens, and an agenda title at the next organ', () => {
    const { record } = ingestText(
      'United Nations A/58/815–S/2004/438 General Assembly Distr.: General Security Council 28 May 2004 Original: English General Assembly Agenda item 30 Question of | | Security Council Fifty-ninth year | Letter dated I have the honour to refer to the policy of the Government of the Republic, announced on 26 April 2004, to expand the trade of wholly obtained goods. I would like to underline that these measures aim at the reunification of the island. (Signed) Jane Example Permanent Representative',
    );
    expect(record).toMatchObject({
      title: 'Letter dated',
      date: null,
      agendaItems: [{ number: '30', title: 'Question of' }],
      signatories: [{ name: 'Jane Example' }],
    });
    expect(record.organs).toContainEqual({ organ: 'Security Council', year: 2004 });
    const first = record.body.find((b) => b.type === 'paragraph');
    expect(first?.type === 'paragraph' && first.text).toMatch(/^I have the honour to refer/);
  });

  it('is no flattened copy where it is a title alone', () => {
    const { record, warnings } = ingestText(
      'Letter dated 17 January 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
    );
    expect(record.author?.country).toBe('Azerbaijan');
    expect(warnings.map((w) => w.code)).not.toContain('flattened');
  });
  it('keeps its masthead’s other body, named after the version’s language, as the agenda’s owner', () => {
    const { record } = ingestText(
      "United Nations A/HRC/46/G/9 General Assembly Distr.: General 3 February 2021 English only Human Rights Council Forty-sixth session 22 February–19 March 2021 Agenda item 4 Human rights situations that require the Council's attention Note verbale dated 29 January 2021 from the Permanent Mission of Azerbaijan to the United Nations Office at Geneva addressed to the Office of the United Nations High Commissioner for Human Rights The Permanent Mission of the Republic of Azerbaijan presents its compliments to the Office of the High Commissioner.",
    );
    expect(record.organs).toEqual([
      { organ: 'General Assembly', session: null, sessionType: 'regular' },
    ]);
    expect(record.agendaItems).toMatchObject([
      { organ: 'Human Rights Council', session: 46, number: '4' },
    ]);
  });

  it('takes the symbol a PDF copy set before the logo into the masthead, past a page’s chrome', () => {
    const page =
      'Letter dated 21 January 2019 from the Permanent Representative of Azerbaijan : Access Options English Date 2019 Download A/73/718–S/2019/64 United Nations General Assembly Security Council Distr.: General 23 January 2019 Original: English General Assembly Security Council Seventy-third session Seventy-fourth year Agenda item 36 Protracted conflicts in the GUAM area Letter dated 21 January 2019 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs (see annex). (Signed) Yashar Aliyev Ambassador Permanent Representative';
    const { record } = ingestText(page);
    expect(record.symbols).toEqual(['A/73/718', 'S/2019/64']);
    expect(record.provenance.symbols).toEqual({
      status: 'stated',
      evidence: [{ line: 1, quote: 'A/73/718–S/2019/64' }],
    });
    expect(record.source.normalisations.map((n) => n.kind)).toContain('web-chrome');
  });

  it('reads a masthead footnote run on to the agenda title as a footnote, not the title', () => {
    const masthead = (note: string) =>
      `United Nations A/76/512* General Assembly Distr.: General 3 November 2021 Original: English Seventy-sixth session Agenda item 75 (b) Promotion and protection of human rights ${note} Letter dated 1 November 2021 from the Permanent Representative of Kazakhstan to the United Nations addressed to the Secretary-General I have the honour to transmit herewith a joint statement (see annex). (Signed) Aliya Example Ambassador Permanent Representative`;
    for (const note of ['* Reissued for technical reasons on 5 November 2021.', '* A/76/150.']) {
      const { record } = ingestText(masthead(note));
      expect(record.agendaItems.map((a) => [a.number, a.title])).toEqual([
        ['75 (b)', 'Promotion and protection of human rights'],
      ]);
    }
  });
});
