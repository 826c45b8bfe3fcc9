import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import { type Removal, toLines } from './lines.js';
import { unstackSignatures } from './signature-columns.js';

const texts = (text: string) =>
  unstackSignatures(toLines(text, [] as Removal[])).map((l) => `${l.n}: ${l.text}`);

const SIDE_BY_SIDE = `(Signed) Yashar Aliyev                         (Signed) Kakha Imnadze
Permanent Representative of Azerbaijan         Permanent Representative of Georgia
to the United Nations                          to the United Nations`;

describe('unstackSignatures', () => {
  it('parts two signatures set side by side into the left one and the right one', () => {
    expect(texts(SIDE_BY_SIDE)).toEqual([
      '1: (Signed) Yashar Aliyev',
      '2: Permanent Representative of Azerbaijan',
      '3: to the United Nations',
      '1: ',
      '1: (Signed) Kakha Imnadze',
      '2: Permanent Representative of Georgia',
      '3: to the United Nations',
    ]);
  });

  it('parts columns a tab sets apart, and a gap with an invisible character in it', () => {
    const parted = texts(SIDE_BY_SIDE);
    expect(texts(SIDE_BY_SIDE.replace(/ {2,}/g, '\t'))).toEqual(parted);
    expect(texts(SIDE_BY_SIDE.replace(/ {8}(?=\(Signed\))/, '   \u200b     '))).toEqual(parted);
  });

  it('parts a block whose left column ends short, and keeps each line’s raw text', () => {
    const lines = unstackSignatures(
      toLines(
        '(Signed) A. Example          (Signed) B. Example\n                              Ambassador',
        [],
      ),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '(Signed) A. Example',
      '',
      '(Signed) B. Example',
      'Ambassador',
    ]);
    expect(lines[2]?.raw).toBe('(Signed) A. Example          (Signed) B. Example');
    // A web page's copy may set the first in bold.
    expect(texts('**(Signed)** A. Example      (Signed) B. Example')).toEqual([
      '1: (Signed) A. Example',
      '1: ',
      '1: (Signed) B. Example',
    ]);
  });

  it('leaves one signature, and two that a line cannot be parted between, as they are', () => {
    expect(texts('(Signed) A. Example\nAmbassador')).toEqual([
      '1: (Signed) A. Example',
      '2: Ambassador',
    ]);
    const ragged =
      '(Signed) A. Example     (Signed) B. Example\nPermanent Representative of the Republic of Moldova';
    expect(texts(ragged)).toEqual([
      '1: (Signed) A. Example (Signed) B. Example',
      '2: Permanent Representative of the Republic of Moldova',
    ]);
  });

  it('gives a joint letter’s four signatories, two rows of two', () => {
    const { record } =
      ingestText(`Letter dated 7 February 2022 from the representatives of Azerbaijan and Georgia to the United Nations addressed to the Secretary-General

We have the honour to transmit herewith the joint statement of the Ministers (see annex).

${SIDE_BY_SIDE}

(Signed) Vlad Example                          (Signed) Sergiy Example
Permanent Representative of the Republic       Permanent Representative of Ukraine
of Moldova to the United Nations               to the United Nations
`);
    expect(record.signatories.map((s) => [s.name, s.role])).toEqual([
      ['Yashar Aliyev', 'Permanent Representative of Azerbaijan to the United Nations'],
      ['Kakha Imnadze', 'Permanent Representative of Georgia to the United Nations'],
      ['Vlad Example', 'Permanent Representative of the Republic of Moldova to the United Nations'],
      ['Sergiy Example', 'Permanent Representative of Ukraine to the United Nations'],
    ]);
  });
});
