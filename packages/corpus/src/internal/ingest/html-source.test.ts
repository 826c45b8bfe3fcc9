import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import { htmlSourceWarning } from './html-source.js';

describe('htmlSourceWarning', () => {
  it('says when the text is a web page’s source, at its first tag', () => {
    const page =
      '<!DOCTYPE html>\n<html><body>\n<p>United Nations S/2022/1</p>\n<p>Letter dated 2 January 2022<br>from …</p>';
    expect(htmlSourceWarning(page)).toMatchObject({ code: 'html-source', path: ['line', 1] });
    const { warnings } = ingestText(`Home\n\n${page}`);
    expect(warnings[0]).toMatchObject({ code: 'html-source', path: ['line', 3] });
  });

  it('takes character references alone for no source: ingest reads them as characters', () => {
    expect(
      htmlSourceWarning(
        'A/75/356&#8211;S/2020/947\nthe Secretary&#8209;General&rsquo;s&nbsp;letter',
      ),
    ).toBeNull();
  });

  it('leaves text with a stray mark or two alone', () => {
    expect(
      htmlSourceWarning('Procter & Gamble\n\nthe 1<sup>st</sup> session &amp; more'),
    ).toBeNull();
    expect(htmlSourceWarning('I have the honour <see annex>.')).toBeNull();
  });
});
