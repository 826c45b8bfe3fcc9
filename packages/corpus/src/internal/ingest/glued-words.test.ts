import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import type { DocumentRecord } from '../../schema.js';

/**
 * Words a PDF copy ran together where a line or a text box ended ("ThePermanent Mission",
 * "29September 2020", "*2012655*General Assembly"): each fact is still read where it stands.
 */
const NOTE = `United Nations A/75/356–S/2020/947

General Assembly
Security Council

Distr.: General
29 September 2020

Original: English

20-12655 (E) 011020
*2012655*

General Assembly

Seventy-fifth session

Agenda item 34
Protracted conflicts in the GUAM area and their
implications for international peace, security
and development

Security Council

Seventy-fifth year

The Permanent Mission of Georgia to the United Nations presents its compliments to the Secretary-General of the United Nations and has the honour to transmit herewith the statement of the Ministry of Foreign Affairs of Georgia (see annex).

The Permanent Mission of Georgia would be grateful if the present note verbale and its annex could be circulated as a document of the General Assembly, under agenda item 34, and of the Security Council.
`;
const facts = (r: DocumentRecord) => ({
  kind: r.kind,
  distributionDate: r.distributionDate,
  organs: r.organs.map((o) => o.organ),
  agenda: r.agendaItems.map((a) => `${a.organ} ${a.session} ${a.number}`),
  country: r.author?.country ?? null,
  addressee: r.addressee?.name ?? null,
});

describe('words a copy ran together', () => {
  it('in an untitled note verbale: its opening, the distribution date, a bar code and the organ after it', () => {
    const expected = facts(ingestText(NOTE).record);
    expect(expected).toEqual({
      kind: 'note-verbale',
      distributionDate: '2020-09-29',
      organs: ['General Assembly', 'Security Council'],
      agenda: ['General Assembly 75 34'],
      country: 'Georgia',
      addressee: 'Secretary-General of the United Nations',
    });
    for (const [from, to] of [
      ['The Permanent Mission of Georgia to the', 'ThePermanent Mission ofGeorgia to the'],
      [
        'United Nations presents its compliments to the Secretary',
        'UnitedNations presents its compliments to theSecretary',
      ],
      ['29 September 2020', '29September 2020'],
      ['*2012655*\n\nGeneral Assembly', '*2012655*General Assembly'],
    ] as const) {
      const copy = NOTE.replace(from, to);
      expect(copy, from).not.toBe(NOTE);
      expect(facts(ingestText(copy).record), to).toEqual(expected);
    }
  });

  it('in a masthead: another body’s name, a Main Committee’s', () => {
    const hrc = `United Nations A/HRC/46/G/9

General Assembly Distr.: General
3 February 2021

Original: English

Human Rights Council
Forty-sixth session
Agenda item 4
Human rights situations that require the Council's attention

Note verbale dated 29 January 2021 from the Permanent Mission of Azerbaijan to the United Nations Office at Geneva addressed to the Office of the United Nations High Commissioner for Human Rights

The Permanent Mission kindly requests that the present note verbale be circulated as a document of the Human Rights Council under agenda item 4.
`;
    for (const copy of [
      hrc,
      hrc.replace('English\n\nHuman', 'EnglishHuman'),
      hrc.replace('Human Rights', 'HumanRights'),
      hrc.replace('Rights Council\nForty', 'RightsCouncil\nForty'),
    ]) {
      const { record } = ingestText(copy);
      expect(record.organs, copy.slice(70, 130)).toEqual([
        { organ: 'General Assembly', session: null, sessionType: 'regular' },
      ]);
      expect(facts(record).agenda, copy.slice(70, 130)).toEqual(['Human Rights Council 46 4']);
    }
    const committee = `United Nations A/C.3/76/5
General Assembly Distr.: General
14 October 2021
Original: English

Seventy-sixth session
ThirdCommittee
Agenda item 74 (b)
Promotion and protection of human rights

Letter dated 12 October 2021 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Chair of the Third Committee

I should be grateful if you would have the present letter circulated as a document of the Third Committee, under agenda item 74 (b).
`;
    expect(facts(ingestText(committee).record).agenda).toEqual(['General Assembly 76 74 (b)']);
  });

  it('in a flattened title: the addressee’s name', () => {
    const text = `United Nations S/2022/567 Security Council Distr.: General 14 September 2022 Original: English Letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the President of the SecurityCouncil I have the honour to transmit herewith a statement of the Ministry of Foreign Affairs of Armenia on the events of that day, which I ask you to bring to the attention of the members of the Council. I should be grateful if you would have the present letter circulated as a document of the Security Council. (Signed) Jane Example Permanent Representative`;
    expect(ingestText(text).record.addressee?.name).toBe('President of the Security Council');
    // The article run on to the addressee, before an opening no list of openings holds.
    const article = text
      .replace('the President of the SecurityCouncil', 'theSecretary-General')
      .replace('I have the honour to transmit', 'I take this opportunity to transmit');
    expect(ingestText(article).record.addressee?.name).toBe(
      'Secretary-General of the United Nations',
    );
  });

  it('in a site’s title, “Letter of the …”', () => {
    const { record } =
      ingestText(`Letter of thePermanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General

17 January 2020

Excellency,

I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs.

Yashar Aliyev
Ambassador
Permanent Representative
`);
    expect(facts(record)).toMatchObject({
      kind: 'letter',
      country: 'Azerbaijan',
      addressee: 'Secretary-General of the United Nations',
    });
  });
});
