import { extractSymbols } from '@black-january/un-symbols';
import type { Issue } from '../../errors.js';
import { passages } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import type { Locator } from '../../schema-text.js';
import { memberKeys, symbolKey } from '../text/symbol-key.js';
import { issue } from './issue.js';

/** Quotes and locators: every figure, reference, mention and relation is where it says it is. */
export function checkLocated(r: DocumentRecord): Issue[] {
  const out: Issue[] = [];
  const index = new Map(
    [...passages(r)].map((p) => [`${p.locator.annex ?? 0}.${p.locator.paragraph}`, p]),
  );
  const at = (locator: Locator) => index.get(`${locator.annex ?? 0}.${locator.paragraph}`);
  r.figures.forEach((f, i) => {
    const p = at(f.paragraph);
    if (!p)
      out.push(
        issue(
          'no-such-paragraph',
          'figure points to a missing paragraph',
          'figures',
          i,
          'paragraph',
        ),
      );
    else if (!p.text.includes(f.quote))
      out.push(
        issue(
          'quote-not-in-paragraph',
          `figure quote not found: "${f.quote}"`,
          'figures',
          i,
          'quote',
        ),
      );
  });
  const masthead = r.body.flatMap((b) => (b.type === 'masthead' ? b.lines : []));
  r.references.forEach((ref, i) => {
    if (ref.type === 'un-document' && ref.paragraph === undefined) {
      if (!ref.footnote?.includes(ref.asPrinted) || !masthead.includes(ref.footnote))
        out.push(
          issue(
            'no-such-footnote',
            'a reference without a paragraph must quote a masthead footnote that prints it',
            'references',
            i,
            'footnote',
          ),
        );
      return;
    }
    const p = ref.paragraph ? at(ref.paragraph) : undefined;
    const quote = ref.type === 'work' ? ref.quote : null;
    if (!p)
      out.push(
        issue(
          'no-such-paragraph',
          'reference points to a missing paragraph',
          'references',
          i,
          'paragraph',
        ),
      );
    else if (quote && !p.text.includes(quote))
      out.push(
        issue(
          'quote-not-in-paragraph',
          `reference quote not found: "${quote}"`,
          'references',
          i,
          'quote',
        ),
      );
  });
  r.mentions.forEach((m, i) => {
    m.paragraphs.forEach((loc, j) => {
      const p = at(loc);
      if (!p || !m.forms.some((form) => p.text.includes(form))) {
        out.push(
          issue(
            'mention-not-in-paragraph',
            `"${m.name}" is not named in the paragraph`,
            'mentions',
            i,
            'paragraphs',
            j,
          ),
        );
      }
    });
  });
  r.relations.forEach((rel, i) => {
    if (rel.paragraph && !at(rel.paragraph)?.text.includes(rel.evidence)) {
      out.push(
        issue(
          'quote-not-in-paragraph',
          'relation evidence is not in its paragraph',
          'relations',
          i,
          'evidence',
        ),
      );
    }
  });
  return out;
}

/** Every UN symbol printed in a paragraph must be among the record's references, at that paragraph. */
export function checkSymbolReferences(r: DocumentRecord): Issue[] {
  const listed = new Set(
    r.references.flatMap((ref) =>
      ref.type === 'un-document' && ref.paragraph
        ? [`${ref.symbol}@${ref.paragraph.annex ?? 0}.${ref.paragraph.paragraph}`]
        : [],
    ),
  );
  // A running header glued into a paragraph prints the document's own symbol: not a reference.
  const own = new Set(r.symbols.flatMap(memberKeys));
  return [...passages(r)].flatMap((p) =>
    extractSymbols(p.text)
      .filter((s) => !s.members.every((m) => own.has(symbolKey(m.normalized))))
      .filter((s) => !listed.has(`${s.normalized}@${p.locator.annex ?? 0}.${p.locator.paragraph}`))
      .map((s) =>
        issue(
          'symbol-not-referenced',
          `${s.normalized} is printed in the text but not in references`,
          'references',
        ),
      ),
  );
}
