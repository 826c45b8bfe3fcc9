import { describe, expect, it } from 'vitest';
import { ocrFold, stateName, statePrinted } from './gazetteer.js';
import { STATES } from './member-states.js';

describe('stateName', () => {
  it('gives the UN short name of a State written in its long form, and leaves other names alone', () => {
    expect(
      [
        'Republic of Azerbaijan',
        'Islamic Republic of Iran',
        'Kingdom of Saudi Arabia',
        'Republic of Korea',
        'Republic of Moldova',
        'Federal Republic of Germany',
        'Turkey',
        'State of Palestine',
        'Atlantis',
      ].map(stateName),
    ).toEqual([
      'Azerbaijan',
      'Iran (Islamic Republic of)',
      'Saudi Arabia',
      'Republic of Korea',
      'Republic of Moldova',
      'Germany',
      'Türkiye',
      'State of Palestine',
      'Atlantis',
    ]);
  });

  it('a name the State bore before the UN recorded its change, and an observer named for a State', () => {
    expect(
      [
        'Azerbaijani Republic',
        'Cape Verde',
        'Swaziland',
        'former Yugoslav Republic of Macedonia',
        'Libyan Arab Jamahiriya',
        'Byelorussian Soviet Socialist Republic',
        'Union of Soviet Socialist Republics',
        'Sovereign Military Order of Malta',
      ].map(stateName),
    ).toEqual([
      'Azerbaijan',
      'Cabo Verde',
      'Eswatini',
      'North Macedonia',
      'Libya',
      'Belarus',
      'Union of Soviet Socialist Republics',
      'Sovereign Military Order of Malta',
    ]);
  });

  it('reads a copy’s straight or curly apostrophes and dropped accents as the same State', () => {
    expect(
      [
        "Cote d'Ivoire",
        'Côte d’Ivoire',
        'Democratic People’s Republic of Korea',
        "Lao People's Democratic Republic",
        'Republic of Cote d’Ivoire',
      ].map(stateName),
    ).toEqual([
      "Côte d'Ivoire",
      "Côte d'Ivoire",
      "Democratic People's Republic of Korea",
      "Lao People's Democratic Republic",
      "Côte d'Ivoire",
    ]);
  });

  it('reads the long form of every State whose short name has a parenthesis, and prefers the longest name', () => {
    expect(
      [
        'Federated States of Micronesia',
        'the Plurinational State of Bolivia',
        'Ministry of Foreign Affairs of the Bolivarian Republic of Venezuela',
        'Foreign Affairs of the Democratic Republic of the Congo',
        'Republic of the Congo',
      ].map(stateName),
    ).toEqual([
      'Micronesia (Federated States of)',
      'Bolivia (Plurinational State of)',
      'Venezuela (Bolivarian Republic of)',
      'Democratic Republic of the Congo',
      'Congo',
    ]);
  });
});

describe('statePrinted', () => {
  it('is null for what a copy leaves where it dropped the name, the State otherwise', () => {
    expect(
      [
        'the',
        '',
        'Bolivarian Republic of',
        'Permanent Mission of',
        'Saint Vincent and the',
        'of Kazakhstan',
        'the Republic of Kazakhstan',
        'Union of Soviet Socialist Republics',
      ].map(statePrinted),
    ).toEqual([
      null,
      null,
      null,
      null,
      null,
      'Kazakhstan',
      'Kazakhstan',
      'Union of Soviet Socialist Republics',
    ]);
  });

  it('reads a State whose name an OCR copy printed with c for e, and only a State', () => {
    expect(
      ['Armcnia', 'ARMCNIA', 'the Rcpublic of Azcrbaijan', 'Bclarus', 'Gcorgia', 'Ceylon'].map(
        statePrinted,
      ),
    ).toEqual(['Armenia', 'Armenia', 'Azerbaijan', 'Belarus', 'Georgia', 'Ceylon']);
    // No two States read alike so: c for e never makes one State's name another's.
    const folded = STATES.map((s) => s.toLowerCase().replace(/c/g, 'e'));
    expect(new Set(folded).size).toBe(STATES.length);
  });

  it('reads a State whose name an OCR copy printed with l, 1 or | for i, or 1 for l', () => {
    expect(
      [
        'Armenla',
        'Ukra1ne',
        'Israe1',
        'the Bolivarian Republic of Venezue1a',
        'Mlcronesia (Federated States of)',
      ].map(statePrinted),
    ).toEqual([
      'Armenia',
      'Ukraine',
      'Israel',
      'Venezuela (Bolivarian Republic of)',
      'Micronesia (Federated States of)',
    ]);
    // A whole name misread is that State, not the one its last words name.
    expect(statePrinted('the Democratic Repub1ic of the Congo')).toBe(
      'Democratic Republic of the Congo',
    );
    // Nor do these misreadings make one State's name another's.
    expect(new Set(STATES.map(ocrFold)).size).toBe(STATES.length);
  });
});
