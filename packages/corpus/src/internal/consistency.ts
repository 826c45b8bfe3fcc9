import type { Issue } from '../errors.js';
import { passages } from '../passages.js';
import type { DocumentRecord } from '../schema.js';
import type { Block, Locator } from '../schema-text.js';
import { checkProvenance } from './provenance-check.js';
import { extractSymbols } from './symbols/extract.js';

const issue = (code: string, message: string, ...path: Array<string | number>): Issue => ({
  code,
  message,
  path,
});

function checkNumbering(blocks: readonly Block[], path: Array<string | number>): Issue[] {
  const numbers = blocks.flatMap((b) =>
    b.type === 'paragraph' || b.type === 'blockquote' ? [b.n] : [],
  );
  const bad = numbers.findIndex((n, i) => n !== i + 1);
  if (bad === -1) return [];
  return [
    issue(
      'paragraph-numbering',
      `paragraphs must be numbered 1..n; found ${numbers.join(', ')}`,
      ...path,
    ),
  ];
}

/** The General Assembly's nth regular session opens in September 1945 + n and closes a year later. */
function sessionCovers(session: number, isoDate: string): boolean {
  const opens = `${1945 + session}-09-01`;
  const closes = `${1946 + session}-09-30`;
  return isoDate >= opens && isoDate <= closes;
}

function checkDates(r: DocumentRecord): Issue[] {
  const out: Issue[] = [];
  if (r.date && r.distributionDate && r.date > r.distributionDate) {
    out.push(
      issue(
        'date-after-distribution',
        `date ${r.date} is after the distribution date ${r.distributionDate}`,
        'date',
      ),
    );
  }
  const issued = r.distributionDate ?? r.date;
  r.organs.forEach((organ, i) => {
    if (!issued) return;
    if (organ.organ === 'Security Council' && organ.year !== Number(issued.slice(0, 4))) {
      out.push(
        issue(
          'organ-year',
          `Security Council year ${organ.year} does not match ${issued}`,
          'organs',
          i,
        ),
      );
    }
    if (
      organ.organ === 'General Assembly' &&
      organ.sessionType === 'regular' &&
      !sessionCovers(organ.session, issued)
    ) {
      out.push(
        issue(
          'organ-session',
          `General Assembly session ${organ.session} was not sitting on ${issued}`,
          'organs',
          i,
        ),
      );
    }
  });
  return out;
}

function checkAgenda(r: DocumentRecord): Issue[] {
  if (r.agendaItems.length === 0) return [];
  const out: Issue[] = [];
  const sessions = new Set(
    r.organs.flatMap((o) => (o.organ === 'General Assembly' ? [o.session] : [])),
  );
  const request = [...r.body]
    .reverse()
    .find(
      (b) =>
        b.type === 'paragraph' &&
        /(?:circulated|distributed|issued) as (?:an? )?(?:official )?document/i.test(b.text),
    );
  r.agendaItems.forEach((item, i) => {
    if (!sessions.has(item.session)) {
      out.push(
        issue(
          'agenda-session',
          `agenda item ${item.number} is of session ${item.session}, not an organ of the record`,
          'agendaItems',
          i,
        ),
      );
    }
    const number = item.number.replace(/ \(([a-z])\)$/, ' ?\\($1\\)');
    if (request?.type === 'paragraph' && !new RegExp(`\\b${number}(?!\\d)`).test(request.text)) {
      out.push(
        issue(
          'agenda-not-requested',
          `agenda item ${item.number} is not named in the circulation request`,
          'agendaItems',
          i,
        ),
      );
    }
  });
  if (!request)
    out.push(
      issue(
        'no-circulation-request',
        'agenda items are given but no paragraph asks for circulation',
        'agendaItems',
      ),
    );
  return out;
}

function checkLocated(r: DocumentRecord): Issue[] {
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
  r.references.forEach((ref, i) => {
    const p = at(ref.paragraph);
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
function checkSymbolReferences(r: DocumentRecord): Issue[] {
  const listed = new Set(
    r.references.flatMap((ref) =>
      ref.type === 'un-document'
        ? [`${ref.symbol}@${ref.paragraph.annex ?? 0}.${ref.paragraph.paragraph}`]
        : [],
    ),
  );
  return [...passages(r)].flatMap((p) =>
    extractSymbols(p.text)
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

/**
 * Checks beyond the shape of a record: dates against each other and against the organs' sessions,
 * agenda items against the circulation request, paragraph numbering, quotes and locators.
 */
export function checkRecord(r: DocumentRecord): Issue[] {
  return [
    ...(r.body.length === 0 ? [issue('empty-body', 'the record has no text', 'body')] : []),
    ...checkDates(r),
    ...checkAgenda(r),
    ...checkNumbering(r.body, ['body']),
    ...r.annexes.flatMap((a, i) => checkNumbering(a.body, ['annexes', i, 'body'])),
    ...r.annexes.flatMap((a, i) =>
      a.n === i + 1
        ? []
        : [issue('annex-numbering', 'annexes must be numbered 1..n', 'annexes', i)],
    ),
    ...checkLocated(r),
    ...checkSymbolReferences(r),
    ...checkProvenance(r),
  ];
}
