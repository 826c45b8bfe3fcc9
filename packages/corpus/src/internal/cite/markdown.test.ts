import { expect, it } from 'vitest';
import { htmlToMarkdown } from './markdown.js';

it('turns citeproc HTML into Markdown: emphasis kept, other tags dropped, entities decoded, syntax escaped', () => {
  expect(
    htmlToMarkdown(
      'A &#38; B. <i>Title_1 [x]</i> <span class="nocase">UN</span> <b>bold</b> &lt;tag&gt; *',
    ),
  ).toBe('A & B. *Title\\_1 \\[x\\]* UN **bold** \\<tag\\> \\*');
});
