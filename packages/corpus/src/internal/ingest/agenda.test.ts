import { describe, expect, it } from 'vitest';
import { agendaNumbers, fitTitles } from './agenda.js';

describe('fitTitles', () => {
  it('re-joins a title wrapped in the masthead’s column, even onto a line that opens with a capital', () => {
    const lines = [
      'Observer status for the Shanghai Cooperation',
      'Organization in the General Assembly',
      'Prevention of armed conflict',
    ];
    expect(fitTitles(lines, 2)).toEqual([
      'Observer status for the Shanghai Cooperation Organization in the General Assembly',
      'Prevention of armed conflict',
    ]);
  });

  it('takes a blank line as the end of a title when not every line has one', () => {
    const lines = [
      'Observer status for the Shanghai Cooperation',
      'Organization in the General Assembly',
      'Sixtieth anniversary of the Universal',
      'Declaration of Human Rights',
    ];
    expect(fitTitles(lines, 2, [false, false, true, false])).toEqual([
      'Observer status for the Shanghai Cooperation Organization in the General Assembly',
      'Sixtieth anniversary of the Universal Declaration of Human Rights',
    ]);
    // Blank lines everywhere (a double-spaced copy) tell nothing, and the lines alone leave
    // "Sixtieth…" and "Declaration…" as likely to start the second title.
    expect(fitTitles(lines, 2, [false, true, true, true])).toBe(null);
    expect(fitTitles(lines, 2)).toBe(null);
  });

  it('leaves the titles unmatched rather than guess between lines as likely to start one', () => {
    expect(fitTitles(['Question of Cyprus', 'Question of Palestine', 'Question of Korea'], 2)).toBe(
      null,
    );
  });

  it('splits titles that run together on one line at the first words of agenda titles', () => {
    expect(
      fitTitles(['Prevention of armed conflict Right of peoples to self-determination'], 2),
    ).toEqual(['Prevention of armed conflict', 'Right of peoples to self-determination']);
  });

  it('splits titles a copy ran together with nothing between, where a small letter or a digit meets a capital', () => {
    expect(
      fitTitles(
        [
          'Culture of peaceThe United Nations Global Counter-Terrorism StrategyProposed programme budget for 2022International trade and development',
        ],
        4,
      ),
    ).toEqual([
      'Culture of peace',
      'The United Nations Global Counter-Terrorism Strategy',
      'Proposed programme budget for 2022',
      'International trade and development',
    ]);
  });

  it('takes the best attested starts when neither kind alone counts the titles', () => {
    // One start after a lower-case word ("peoples Entrepreneurship"), one first word of agenda
    // titles after a name ("Asia Rights"): together, the two starts three titles need.
    const text =
      'Nuclear-weapon-free zone in Central Asia Rights of indigenous peoples Entrepreneurship for sustainable development';
    expect(fitTitles([text], 3)).toEqual([
      'Nuclear-weapon-free zone in Central Asia',
      'Rights of indigenous peoples',
      'Entrepreneurship for sustainable development',
    ]);
  });

  it('does not start a title at a capitalised word titles print mid-way, or inside a name', () => {
    expect(
      fitTitles(['Admission of new Members to the United Nations Culture of peace'], 2),
    ).toEqual(['Admission of new Members to the United Nations', 'Culture of peace']);
    expect(
      fitTitles(
        [
          'Cooperation between the United Nations and the Black Sea Economic Cooperation Organization Question of Cyprus',
        ],
        2,
      ),
    ).toEqual([
      'Cooperation between the United Nations and the Black Sea Economic Cooperation Organization',
      'Question of Cyprus',
    ]);
  });
});

describe('STARTERS', () => {
  it('knows the first words of the recurring items this corpus’s letters cite', () => {
    expect(
      fitTitles(
        [
          'Question of Cyprus Protracted conflicts in the GUAM area and their implications for international peace, security and development',
        ],
        2,
      ),
    ).toEqual([
      'Question of Cyprus',
      'Protracted conflicts in the GUAM area and their implications for international peace, security and development',
    ]);
  });
});

describe('agendaNumbers', () => {
  it('reads sub-items after one number as items of their own', () => {
    expect(agendaNumbers('34, 68 (b) and (c) and 135')).toEqual(['34', '68 (b)', '68 (c)', '135']);
  });
});
