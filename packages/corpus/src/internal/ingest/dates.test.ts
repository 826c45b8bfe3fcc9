import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableSha256Hex, sha256Hex } from '../text/sha256.js';
import { findDate, findGuessedDate, ordinalWord } from './dates.js';

describe.each([
  ['portableSha256Hex', portableSha256Hex],
  ['sha256Hex', sha256Hex],
])('%s', (_, hash) => {
  it('agrees with Node’s crypto at every padding boundary and on random bytes', () => {
    for (const s of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'é€'.repeat(100)]) {
      const b = new TextEncoder().encode(s);
      expect(hash(b)).toBe(createHash('sha256').update(b).digest('hex'));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(hash(b)).toBe(createHash('sha256').update(b).digest('hex'));
      }),
    );
  });
});

describe('dates and ordinals', () => {
  it('reads UN and US date styles and rejects impossible dates', () => {
    expect(findDate('Letter dated 17 January 2020 from')).toEqual({
      iso: '2020-01-17',
      printed: '17 January 2020',
    });
    expect(findDate('January 20, 2024, marks')?.iso).toBe('2024-01-20');
    expect(findDate('31 February 2020')).toBeNull();
    expect(findDate('no date here')).toBeNull();
    // A PDF copy that ran the day, month and year together.
    expect(findDate('Distr.: General 28September 2020')?.iso).toBe('2020-09-28');
    expect(findDate('3 March2021Original: English')?.printed).toBe('3 March2021');
    expect(findDate('resolution 2334March')).toBeNull();
  });
  it('reads the ordinal days web pages print, as printed', () => {
    expect(findDate('Letter dated 13th September 2022 from')).toEqual({
      iso: '2022-09-13',
      printed: '13th September 2022',
    });
    expect(findDate('on the 20th of January 2020,')?.printed).toBe('20th of January 2020');
    expect(findDate('January 1st, 2021')?.iso).toBe('2021-01-01');
    expect(findDate('22ND FEBRUARY 2019')?.iso).toBe('2019-02-22');
    expect(findDate('the 13the September 2022')).toBeNull();
  });

  it('reads the abbreviated months of web pages and press releases, as printed', () => {
    expect(
      [
        'Sept. 28, 2020',
        '28 Sep 2020',
        'Jan. 20, 2024',
        '3 Mar 2021',
        '1 DEC. 2019',
        'Jun 5, 2020',
      ].map((t) => [findDate(t)?.iso, findDate(t)?.printed]),
    ).toEqual([
      ['2020-09-28', 'Sept. 28, 2020'],
      ['2020-09-28', '28 Sep 2020'],
      ['2024-01-20', 'Jan. 20, 2024'],
      ['2021-03-03', '3 Mar 2021'],
      ['2019-12-01', '1 DEC. 2019'],
      ['2020-06-05', 'Jun 5, 2020'],
    ]);
    expect(findDate('28 Septe 2020')).toBeNull();
    expect(findDate('letter dated 28 september 2020 from')?.iso).toBe('2020-09-28');
    expect(findDate('on may 5, 2021')?.iso).toBe('2021-05-05');
    expect(findDate('28 sePtember 2020')).toBeNull();
    expect(findDate('the 3 Marches 2021')).toBeNull();
  });

  it('reads ordinal words of sessions and years', () => {
    expect(
      [
        'Seventy-fourth',
        'Seventy-fifth',
        'Tenth',
        'Twenty-sixth',
        'Seventy-seventh',
        'Fortieth',
        'First',
        'Twelfth',
        'One hundred and first',
        'Hundredth',
      ].map(ordinalWord),
    ).toEqual([74, 75, 10, 26, 77, 40, 1, 12, 101, 100]);
    expect(['Annual', 'twenty', 'seventy-zeroth'].map(ordinalWord)).toEqual([null, null, null]);
  });
});

describe('findGuessedDate', () => {
  it('reads an OCR copy’s letters for digits in a day or year, and says it guessed', () => {
    expect(findGuessedDate('LETTER DATED l FEBRUARY 199O FROM')).toEqual({
      iso: '1990-02-01',
      printed: 'l FEBRUARY 199O',
      guessed: true,
    });
    expect(findGuessedDate('Letter dated 2O January l990 from')?.iso).toBe('1990-01-20');
  });

  it('reads a day an OCR copy split in two, and c for e in a month', () => {
    expect(findGuessedDate('Letter dated 2 7 September 2020 from')).toEqual({
      iso: '2020-09-27',
      printed: '2 7 September 2020',
      guessed: true,
    });
    expect(findGuessedDate('Letter dated 27 Septembcr 2020 from')?.iso).toBe('2020-09-27');
    expect(findGuessedDate('LETTER DATED 3 DECEMBER 1993 FROM')).toBeNull();
    expect(findGuessedDate('LETTER DATED 3 DECEMBCR 1993 FROM')?.iso).toBe('1993-12-03');
    // e for c, 1 for l, l for i: "Mareh", "Apri1", "Ju1y", "OCTOBER" as "OETOBER".
    expect(
      ['3 Mareh 2021', '3 Apri1 2021', '3 Ju1y 2021', '3 OETOBER 2021', '3 Aprl1 2021'].map(
        (t) => findGuessedDate(t)?.iso ?? null,
      ),
    ).toEqual(['2021-03-03', '2021-04-03', '2021-07-03', '2021-10-03', '2021-04-03']);
    // Not the 7th: findDate reads no date where a lone digit stands before a day of one digit.
    expect(findDate('Letter dated 2 7 September 2020 from')).toBeNull();
    expect(findDate('S/2020/100 3 February 2020')?.iso).toBe('2020-02-03');
    expect(findDate('agenda item 5 17 January 2020')?.iso).toBe('2020-01-17');
  });

  it('leaves dates with digits only to findDate, and what is no date once repaired', () => {
    expect(findGuessedDate('Letter dated 1 February 1990 from')).toBeNull();
    expect(findGuessedDate('on 3O February 2O20')).toBeNull();
    expect(findGuessedDate('in IOOO January lOOO')).toBeNull();
    expect(findGuessedDate('Letter dated to the Secretary-General')).toBeNull();
  });
});
