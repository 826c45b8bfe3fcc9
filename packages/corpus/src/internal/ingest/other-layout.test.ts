import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';

/** An untitled note verbale, hard-wrapped and without blank lines, as a mail client may pass it on. */
const NOTE = `United Nations A/75/356–S/2020/947
General Assembly
Security Council
Distr.: General
29 September 2020
Original: English
General Assembly
Seventy-fifth session
Agenda item 34
Protracted conflicts in the GUAM area and their
implications for international peace, security
and development
Security Council
Seventy-fifth year
The Permanent Mission of Georgia to the United Nations presents its
compliments to the Secretary-General of the United Nations and has the
honour to transmit herewith the statement of the Ministry of Foreign
Affairs of Georgia (see annex).
The Permanent Mission of Georgia would be grateful if the present note
verbale and its annex could be circulated as a document of the General
Assembly, under agenda item 34, and of the Security Council.
`;

describe('a masthead document with no title, in a copy that lost its blank lines', () => {
  it('ends the agenda title at the next organ, and reads the note under the masthead', () => {
    const { record } = ingestText(NOTE);
    expect(record.kind).toBe('note-verbale');
    expect(record.symbols).toEqual(['A/75/356', 'S/2020/947']);
    expect(record.organs.map((o) => o.organ)).toEqual(['General Assembly', 'Security Council']);
    expect(record.agendaItems.map((a) => [a.number, a.title])).toEqual([
      [
        '34',
        'Protracted conflicts in the GUAM area and their implications for international peace, security and development',
      ],
    ]);
    expect(record.author?.country).toBe('Georgia');
  });

  it('ends it at a draft’s sponsors', () => {
    const { record } = ingestText(`United Nations A/75/L.41
General Assembly Distr.: Limited
1 December 2020
Original: English
Seventy-fifth session
Agenda item 36
The situation in the occupied territories of Azerbaijan
Azerbaijan, Georgia and Ukraine: draft resolution
The situation in the occupied territories of Azerbaijan
The General Assembly,
Recalling its resolutions on the question,
`);
    expect(record.symbols).toEqual(['A/75/L.41']);
    expect(record.agendaItems.map((a) => [a.number, a.title])).toEqual([
      ['36', 'The situation in the occupied territories of Azerbaijan'],
    ]);
  });

  it('ends it at a note by the Secretary-General’s opening', () => {
    const { record } = ingestText(`United Nations A/75/123
General Assembly Distr.: General
2 July 2020
Original: English
Seventy-fifth session
Item 72 (b) of the preliminary list
Promotion and protection of human rights: human rights questions
The Secretary-General has the honour to transmit to the General Assembly the report of the Special Rapporteur.
`);
    expect(record.symbols).toEqual(['A/75/123']);
    expect(record.agendaItems.map((a) => a.number)).toEqual(['72 (b)']);
  });
});
