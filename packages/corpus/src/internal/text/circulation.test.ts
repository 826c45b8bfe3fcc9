import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import { CIRCULATION } from './circulation.js';

describe('the circulation request', () => {
  it('is read in the phrasings missions use', () => {
    for (const request of [
      'I should be grateful if you would have the present letter circulated as a document of the General Assembly.',
      'I should be grateful if you would circulate the present letter and its annexes as an official document of the General Assembly under agenda item 122.',
      'I would appreciate it if this letter could be distributed as documents of the Human Rights Council.',
      'I kindly request that the present letter be issued as a General Assembly and Security Council document.',
      'I should be grateful if the present letter could be brought to the attention of the members of the Security Council and issued as a document of the Council.',
    ])
      expect(request).toMatch(CIRCULATION);
  });

  it('is not any sentence that names a document or an issue', () => {
    for (const sentence of [
      'The statement issued by the Ministry on 20 January is annexed to the present letter.',
      'I have the honour to refer to the document circulated last week.',
      'The report was issued. It is a document of the Council.',
    ])
      expect(sentence).not.toMatch(CIRCULATION);
  });

  it('answers the agenda items, so a letter that asks to be circulated draws no warning', () => {
    const { warnings } = ingestText(`United Nations A/76/706
General Assembly Distr.: General
14 February 2022
Original: English
Seventy-sixth session
Agenda item 67
Report of the Human Rights Council

Letter dated 11 February 2022 from the Permanent Representative of Ukraine to the United Nations addressed to the Secretary-General

I have the honour to bring to your attention the statement of the Ministry of Foreign Affairs of Ukraine.

I would be grateful if you could circulate the present letter as a document of the General Assembly, under agenda item 67.

(Signed) Jane Example
Permanent Representative
`);
    expect(warnings.map((w) => w.code)).not.toContain('no-circulation-request');
  });
});
