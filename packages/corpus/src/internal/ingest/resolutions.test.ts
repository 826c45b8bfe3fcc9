import { describe, expect, it } from 'vitest';
import { citedResolutions } from './resolutions.js';

const symbols = (text: string) => citedResolutions(text).map((r) => r.symbol);

describe('citedResolutions', () => {
  it('every resolution of a list, each with the words that print it', () => {
    const text =
      'in defiance of Security Council resolutions 822 (1993), 853 (1993), 874 (1993) and 884 (1993).';
    expect(citedResolutions(text)).toEqual([
      {
        symbol: 'S/RES/822 (1993)',
        description: 'Security Council resolution 822 (1993)',
        asPrinted: 'Security Council resolutions 822 (1993)',
      },
      ...['853', '874', '884'].map((n) => ({
        symbol: `S/RES/${n} (1993)`,
        description: `Security Council resolution ${n} (1993)`,
        asPrinted: `${n} (1993)`,
      })),
    ]);
    for (const r of citedResolutions(text)) expect(text).toContain(r.asPrinted);
  });

  it('the body named before or after the numbers, or else the form of the number', () => {
    expect(symbols('General Assembly resolutions 62/243 and 74/300')).toEqual([
      'A/RES/62/243',
      'A/RES/74/300',
    ]);
    expect(symbols('resolutions 822 (1993) and 853 (1993) of the Security Council')).toEqual([
      'S/RES/822 (1993)',
      'S/RES/853 (1993)',
    ]);
    expect(symbols('Human Rights Council resolutions 43/1 and S-29/1')).toEqual([
      'A/HRC/RES/43/1',
      'A/HRC/RES/S-29/1',
    ]);
    expect(symbols('by its resolution 74/300, and resolution 2532 (2020)')).toEqual([
      'A/RES/74/300',
      'S/RES/2532 (2020)',
    ]);
    expect(symbols('resolutions ES-10/19 and S-26/2')).toEqual(['A/RES/ES-10/19', 'A/RES/S-26/2']);
    expect(symbols("the Security Council's resolution 822 (1993)")).toEqual(['S/RES/822 (1993)']);
  });

  it('no symbol for another body’s resolution, or for a number in the wrong form for its body', () => {
    for (const text of [
      'resolution 1416 (2005) of the Parliamentary Assembly of the Council of Europe',
      'Parliamentary Assembly of the Council of Europe resolution 1416 (2005)',
      'PACE resolution 1416 (2005)',
      'OIC resolution 10/11',
      'resolution 10/11 adopted by the Islamic Summit',
      'General Assembly resolution 822 (1993)',
      'Security Council resolution 74/300',
      'resolution 74/30012',
    ])
      expect(symbols(text), text).toEqual([]);
  });
});
