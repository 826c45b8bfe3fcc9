import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import { CIRCULATION } from '../text/circulation.js';

/** An OCR copy's 1 for l in the words a reader keys on: each fact is still read. */
describe('an OCR copy that reads l as 1', () => {
  it('in a note verbale’s title and an older masthead’s preliminary list', () => {
    const { record } = ingestText(`United Nations A/77/876

General Assembly
Distr.: General
2 May 2022
Original: English

Seventy-seventh session
Item 39 of the pre1iminary list*

Note verba1e dated 28 April 2022 from the Permanent Mission of Kazakhstan to the United Nations addressed to the Secretary-General

The Permanent Mission of Kazakhstan to the United Nations presents its compliments to the Secretary-General and has the honour to transmit herewith a statement.
`);
    expect(record.kind).toBe('note-verbale');
    expect(record.date).toBe('2022-04-28');
    expect(record.agendaItems).toMatchObject([{ number: '39', list: 'preliminary' }]);
  });

  it('in a flattened title’s addressee and an annex heading’s', () => {
    const { record } = ingestText(
      'United Nations S/2021/215 Security Council Distr.: General 3 March 2021 Original: English Letter dated 2 March 2021 from the Permanent Representative of Libya to the United Nations addressed to the President of the Security Counci1 I have the honour to transmit herewith the statement of the Government of National Unity (see annex). (Signed) Jane Example Permanent Representative Annex to the letter dated 2 March 2021 from the Permanent Representative of Libya to the United Nations addressed to the Secretary-Genera1 Excellency, the Government of National Unity wishes to inform you of the following.',
    );
    expect(record.addressee?.name).toBe('President of the Security Council');
    expect(record.annexes).toHaveLength(1);
  });

  it('in the request to circulate the letter', () => {
    expect(
      'I should be grateful if you would have this letter circu1ated as an officia1 document of the General Assembly.',
    ).toMatch(CIRCULATION);
  });
});
