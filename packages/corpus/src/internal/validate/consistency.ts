import type { Issue } from '../../errors.js';
import type { DocumentRecord } from '../../schema.js';
import type { Block } from '../../schema-text.js';
import { CIRCULATION } from '../text/circulation.js';
import { checkLocated, checkSymbolReferences } from './consistency-located.js';
import { issue } from './issue.js';
import { checkProvenance } from './provenance-check.js';

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

/**
 * The General Assembly's nth regular session opens in September 1945 + n and closes a year later.
 * Documents for it are issued from January of the year it opens when they cite its preliminary
 * list or provisional agenda, which are published months before the opening.
 */
function sessionCovers(session: number, isoDate: string, beforeOpening: boolean): boolean {
  const opens = beforeOpening ? `${1945 + session}-01-01` : `${1945 + session}-09-01`;
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
  const beforeOpening = r.agendaItems.some(
    (a) => a.list === 'preliminary' || a.list === 'provisional',
  );
  r.organs.forEach((organ, i) => {
    if (!issued) return;
    if (
      organ.organ === 'Security Council' &&
      organ.year !== null &&
      organ.year !== Number(issued.slice(0, 4))
    ) {
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
      organ.session !== null &&
      !sessionCovers(organ.session, issued, beforeOpening)
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

/** A corrigendum or addendum: its symbols say so, or the heading under its title. */
const isSequel = (r: DocumentRecord) =>
  (r.symbols.length > 0 && r.symbols.every((s) => /\/(?:Corr|Add)\.\d+\*?$/.test(s))) ||
  r.body.some(
    (b) => b.type === 'heading' && b.role === 'subtitle' && /^(?:corrigend|addend)/i.test(b.text),
  );

function checkAgenda(r: DocumentRecord): Issue[] {
  if (r.agendaItems.length === 0) return [];
  const out: Issue[] = [];
  const sessions = new Set(
    r.organs.flatMap((o) => (o.organ === 'General Assembly' ? [o.session] : [])),
  );
  const request = [...r.body]
    .reverse()
    .find((b) => b.type === 'paragraph' && CIRCULATION.test(b.text));
  r.agendaItems.forEach((item, i) => {
    if (item.organ === 'General Assembly' && !sessions.has(item.session)) {
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
  // Only a letter or note asks to be circulated; a report or statement is issued as it stands, and
  // so is a letter's corrigendum or addendum.
  if (!request && (r.kind === 'letter' || r.kind === 'note-verbale') && !isSequel(r))
    out.push(
      issue(
        'no-circulation-request',
        'agenda items are given but no paragraph asks for circulation',
        'agendaItems',
      ),
    );
  return out;
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
