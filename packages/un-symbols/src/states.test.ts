import { describe, expect, it } from 'vitest';
import { STATE_CODES, STATES, stateOfCode } from './states.js';

describe('STATE_CODES', () => {
  it('has one distinct code per State, in the order of STATES', () => {
    expect(STATE_CODES).toHaveLength(STATES.length);
    expect(new Set(STATE_CODES).size).toBe(STATES.length);
    expect(STATE_CODES.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
  });

  // Spread over the list, so that a code missed or added anywhere shifts one of these.
  it.each([
    ['AFG', 'Afghanistan'],
    ['AZE', 'Azerbaijan'],
    ['ARM', 'Armenia'],
    ['CIV', "Côte d'Ivoire"],
    ['PRK', "Democratic People's Republic of Korea"],
    ['COD', 'Democratic Republic of the Congo'],
    ['SWZ', 'Eswatini'],
    ['DEU', 'Germany'],
    ['LAO', "Lao People's Democratic Republic"],
    ['FSM', 'Micronesia (Federated States of)'],
    ['NER', 'Niger'],
    ['NGA', 'Nigeria'],
    ['KOR', 'Republic of Korea'],
    ['ZAF', 'South Africa'],
    ['CHE', 'Switzerland'],
    ['TUR', 'Türkiye'],
    ['GBR', 'United Kingdom of Great Britain and Northern Ireland'],
    ['ZWE', 'Zimbabwe'],
    ['VAT', 'Holy See'],
    ['PSE', 'State of Palestine'],
  ])('%s is %s', (code, name) => {
    expect(stateOfCode(code)).toBe(name);
    expect(stateOfCode(code.toLowerCase())).toBe(name);
  });

  it('knows no other code', () => {
    expect(stateOfCode('XYZ')).toBeNull();
    expect(stateOfCode('C')).toBeNull();
  });
});
