import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import { type Removal, toLines } from './lines.js';
import { findTitle, titleEnd } from './title-lines.js';

const title = (text: string) => {
  const lines = toLines(text, [] as Removal[]);
  const start = findTitle(lines);
  return lines
    .slice(start, titleEnd(lines, start))
    .map((l) => l.text)
    .filter(Boolean)
    .join(' ');
};

const TITLE =
  'Letter dated 8 February 2022 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General';

describe('titleEnd', () => {
  it('goes on over a blank line after a word no title ends on, not over a body', () => {
    const cut = (at: string) => TITLE.replace(`${at} `, `${at}\n\n`);
    for (const at of ['Representative of', 'to the', 'addressed'])
      expect(title(`${cut(at)}\n\nI have the honour to write.`)).toBe(TITLE);
    // A title that is whole ends at its blank line, and one cut short is not given the body.
    expect(title(`${TITLE}\n\nAzerbaijan has the honour to write.`)).toBe(TITLE);
    expect(
      title(`${cut('Representative of').split('\n\n')[0]}\n\nI have the honour to write.`),
    ).toBe('Letter dated 8 February 2022 from the Permanent Representative of');
  });

  it('gives the record the whole title, its lines joined as the title printed them', () => {
    const text = `United Nations S/2022/100\n\nSecurity Council Distr.: General\n9 February 2022\n\nOriginal: English\n\n${TITLE.replace('of ', 'of\n\n')}\n\nI have the honour to write.\n\n(Signed) Jane Example\nPermanent Representative`;
    const { record } = ingestText(text);
    expect(record.title).toBe(TITLE);
    expect(record.author?.country).toBe('Azerbaijan');
    expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
  });
});
