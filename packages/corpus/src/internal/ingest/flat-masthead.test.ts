import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import { flatMastheadEnd } from './flat-masthead.js';
import type { Line } from './lines.js';

const line = (text: string): Line => ({ n: 1, raw: text, text });
const PRST =
  'United Nations S/PRST/2020/5 Security Council Distr.: General 12 March 2020 Original: English Statement by the President of the Security Council At the 8742nd meeting of the Security Council, held on 12 March 2020, in connection with the Council’s consideration of the item entitled “Peace and security in Africa”, the President of the Security Council made the following statement on behalf of the Council: “The Security Council recalls its previous resolutions and statements.”';

describe('a flattened masthead document with no letter title', () => {
  it('ends its masthead after its run of facts', () => {
    const end = flatMastheadEnd(line(PRST));
    expect(PRST.slice(0, end)).toBe(
      'United Nations S/PRST/2020/5 Security Council Distr.: General 12 March 2020 Original: English',
    );
    const note =
      'United Nations A/75/123 General Assembly Distr.: General 2 July 2020 Original: English Seventy-fifth session Item 72 (b) of the preliminary list* Promotion and protection of human rights: human rights questions Note by the Secretary-General The Secretary-General has the honour to transmit to the General Assembly the report of the Special Rapporteur.';
    expect(note.slice(0, flatMastheadEnd(line(note)))).toMatch(/of the preliminary list\*$/);
    // A line that opens with no masthead, or with too few of its facts, has none.
    expect(flatMastheadEnd(line(`The Security Council ${PRST}`))).toBe(-1);
    expect(
      flatMastheadEnd(
        line('United Nations S/PRST/2020/5 The President said that the Council met.'),
      ),
    ).toBe(-1);
  });

  it('is read as its masthead prints it, with a presidential statement’s own title', () => {
    const { record, warnings } = ingestText(PRST);
    expect(record).toMatchObject({
      kind: 'statement',
      title: 'Statement by the President of the Security Council',
      symbols: ['S/PRST/2020/5'],
      distributionDate: '2020-03-12',
      originalLanguage: 'en',
      organs: [{ organ: 'Security Council', year: 2020 }],
    });
    expect(warnings.map((w) => w.code)).toContain('flattened');
  });
});
