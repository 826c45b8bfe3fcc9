import { describe, expect, it } from 'vitest';
import { misreadAsWindows1252 } from '../../../test/copies.js';
import { repairMojibake } from './mojibake.js';

describe('repairMojibake', () => {
  it('reads each misread run as the character its bytes encode', () => {
    for (const text of [
      'Chargé d’affaires a.i.',
      'A/75/356–S/2020/947',
      '“Black January” — 20 January 1990…',
      'Ilham Əliyev, Türkiye, Côte d’Ivoire, Nagorno-Karabakh € 5 ™',
      'Distr.:\u00a0General',
      'Москва',
    ])
      expect(repairMojibake(misreadAsWindows1252(text)), text).toBe(text);
  });

  it('leaves text that was read right, though a pair of its letters could be a UTF-8 sequence', () => {
    for (const text of [
      'une décision contestée\u00a0» par la partie',
      'die Straße\u00a0«',
      'São Tomé and Príncipe, Curaçao, Ñuñoa',
      'Â is a letter; so is Ã.',
    ])
      expect(repairMojibake(text), text).toBe(text);
  });
});
