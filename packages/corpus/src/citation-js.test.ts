import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { CITATION_JS_TEMPLATES, resolveForCitationJs } from './citation-js.js';

describe('citation-js input plugin', () => {
  it('reads a corpus id offline', () => {
    const cite = new Cite('2020-01-17-letter');
    expect(cite.data[0]).toMatchObject({
      id: '2020-01-17-letter',
      type: 'report',
      publisher: 'United Nations',
    });
    expect(cite.format('bibliography', { template: CITATION_JS_TEMPLATES.chicago })).toContain(
      '“Letter Dated 17 January 2020 from the Permanent Representative of Azerbaijan',
    );
  });

  it('reads a symbol outside the corpus as a minimal record from the parsed symbol, with a warning', () => {
    const cite = new Cite('A/74/649-S/2020/34');
    expect(cite.data[0]).toMatchObject({
      id: 'A/74/649-S/2020/34',
      number: 'A/74/649-S/2020/34',
      author: [
        { literal: 'United Nations General Assembly' },
        { literal: 'United Nations Security Council' },
      ],
      URL: 'https://undocs.org/A/74/649',
    });
    expect(cite.data[0]).not.toHaveProperty('title');
    expect(resolveForCitationJs('A/74/649-S/2020/34').warnings.map((w) => w.code)).toEqual([
      'outside-corpus',
    ]);
  });

  it('leaves other text to other plugins, and says why it found nothing', () => {
    expect(resolveForCitationJs('Black January').items).toEqual([]);
    expect(resolveForCitationJs('Black January').warnings[0]?.code).toBe('not-found');
  });
});
