import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { withSections } from '../test/helpers.js';
import { documents } from './bundled.js';
import { CITATION_JS_TEMPLATES, resolveForCitationJs } from './citation-js.js';
import { cite } from './cite.js';
import { BUILTIN_STYLES } from './internal/cite/builtin.js';
import type { BuiltinStyleName } from './vocabulary.js';

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

  it('renders every corpus record as cite() does, in every built-in style and mode, with paragraph and section pinpoints', () => {
    for (const record of documents)
      for (const style of Object.keys(BUILTIN_STYLES) as BuiltinStyleName[])
        for (const [mode, layout] of Object.entries(BUILTIN_STYLES[style].modes)) {
          if (layout === 'running-text') continue;
          const data = new Cite(record.id);
          const template = CITATION_JS_TEMPLATES[style];
          if (layout === 'bibliography') {
            expect(data.format('bibliography', { template }).trim()).toBe(
              cite(record, { style, mode: mode as 'bibliography' }).text,
            );
            continue;
          }
          for (const [pinpoint, entry] of [
            [undefined, {}],
            [{ section: 'II' }, { locator: 'II', label: 'section' }],
            [{ paragraph: 1 }, { locator: '1', label: 'paragraph' }],
          ] as const) {
            if (
              pinpoint &&
              'paragraph' in pinpoint &&
              record.body.every((b) => b.type !== 'paragraph')
            )
              continue;
            const theirs = data
              .format('citation', { template, entry: [{ id: record.id, ...entry }] })
              .trim();
            // No corpus record has sections: ours cites one with section headings, under its id.
            const ours = cite(pinpoint && 'section' in pinpoint ? withSections(record) : record, {
              style,
              mode: mode as 'note',
              ...(pinpoint ? { pinpoint } : {}),
            }).text;
            expect(theirs, `${record.id} ${style} ${mode} ${JSON.stringify(entry)}`).toBe(ours);
          }
        }
  }, 60_000);

  it('leaves other text to other plugins, and says why it found nothing', () => {
    expect(resolveForCitationJs('Black January').items).toEqual([]);
    expect(resolveForCitationJs('Black January').warnings[0]?.code).toBe('not-found');
  });
});
