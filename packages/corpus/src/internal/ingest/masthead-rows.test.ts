import { describe, expect, it } from 'vitest';
import { type Removal, toLines } from './lines.js';
import { rejoinMastheadRows } from './masthead-rows.js';

describe('rejoinMastheadRows', () => {
  const rows = (text: string) =>
    rejoinMastheadRows(toLines(text, [] as Removal[])).map((l) => [l.n, l.text]);

  it('joins a masthead’s rows that a copy wrapped, and keeps their input lines', () => {
    expect(
      rows(
        'General Assembly Distr.: General 17 July 2020 Security Council Original:\nEnglish\n\nGeneral Assembly Security Council Seventy-fourth session Seventy-fifth\nyear Agenda item 31 Prevention of armed conflict',
      ),
    ).toEqual([
      [1, 'General Assembly Distr.: General 17 July 2020 Security Council Original: English'],
      [3, ''],
      [
        4,
        'General Assembly Security Council Seventy-fourth session Seventy-fifth year Agenda item 31 Prevention of armed conflict',
      ],
    ]);
  });

  it('joins the wrapped rows of a copy that also lost its blank lines, and leaves its other lines', () => {
    expect(
      rows(
        'United Nations A/74/956–S/2020/719\nGeneral Assembly Distr.: General 17 July 2020 Security Council Original:\nEnglish\nGeneral Assembly Security Council Seventy-fourth session Seventy-fifth\nyear Agenda item 31 Prevention of armed conflict',
      ),
    ).toEqual([
      [1, 'United Nations A/74/956–S/2020/719'],
      [2, 'General Assembly Distr.: General 17 July 2020 Security Council Original: English'],
      [
        4,
        'General Assembly Security Council Seventy-fourth session Seventy-fifth year Agenda item 31 Prevention of armed conflict',
      ],
    ]);
    // An agenda title wrapped over its lines is no row of facts: its lines stay as printed.
    const title =
      'Agenda item 74 (b)\nPromotion and protection of human rights: human rights questions, including\nalternative approaches for improving the effective enjoyment of human rights';
    expect(rows(title)).toHaveLength(3);
  });

  it('joins a date a wrap cut after its day or its month, at any width', () => {
    expect(rows('General Assembly\nSecurity Council 26\nJanuary 2022\nOriginal: English')).toEqual([
      [1, 'General Assembly'],
      [2, 'Security Council 26 January 2022'],
      [4, 'Original: English'],
    ]);
    expect(rows('Security Council 24 January\n2020')).toEqual([
      [1, 'Security Council 24 January 2020'],
    ]);
    // Numbers that make no date stay apart.
    expect(rows('Agenda items 34 and 38\nJanuary session')).toHaveLength(2);
  });

  it('leaves a stacked masthead alone, and rows a wrap cannot have ended', () => {
    const stacked =
      'United Nations A/74/956–S/2020/719\nGeneral Assembly\nSecurity Council\nDistr.: General\n17 July 2020';
    expect(rows(stacked)).toHaveLength(5);
    const rowsOfTheirOwn =
      'General Assembly Security Council Seventy-fourth session Seventy-fifth year\nAgenda item 31\nPrevention of armed conflict';
    expect(rows(rowsOfTheirOwn)).toHaveLength(3);
  });

  it('joins an agenda head cut inside its numbers at any width, and what the wrap left of it', () => {
    expect(
      rows(
        'General Assembly Seventy-sixth session Agenda items 16 and\n124 Culture of peace Strengthening of the United Nations\nsystem\n\nAgenda items 30,\n68 and 73',
      ),
    ).toEqual([
      [
        1,
        'General Assembly Seventy-sixth session Agenda items 16 and 124 Culture of peace Strengthening of the United Nations system',
      ],
      [4, ''],
      [5, 'Agenda items 30, 68 and 73'],
    ]);
    expect(
      rows(
        'Seventy-sixth session Agenda items 16 and 124 Culture\nof peace Strengthening of the',
      ).map(([, text]) => text),
    ).toEqual([
      'Seventy-sixth session Agenda items 16 and 124 Culture of peace Strengthening of the',
    ]);
    // A stacked masthead's agenda title that goes on in lower case stays as it is printed.
    const stacked =
      'Agenda item 36\nProtracted conflicts in the GUAM area and their\nimplications for peace';
    expect(rows(stacked).map(([, text]) => text)).toEqual(stacked.split('\n'));
  });
});
