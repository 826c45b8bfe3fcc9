import { CIRCULATION } from '../text/circulation.js';
import type { BodyReading } from './body.js';
import type { Line } from './lines.js';
import type { Masthead } from './masthead.js';
import type { TitleReading } from './title.js';
import { atLine, type Warning } from './warnings.js';

/** What a letter's reader found that its warnings are about. */
export interface LetterFindings {
  title: TitleReading;
  /** The date of a dateline, when the title prints none. */
  ownDate: { iso: string } | null;
  titleLine: Line | undefined;
  reading: BodyReading;
  masthead: Masthead;
}

/**
 * A letter's warnings: a title that names no country or gives no date, a date an OCR copy
 * misread, and agenda items of the masthead the circulation request does not name.
 */
export function warnAboutLetter(
  { title, ownDate, titleLine, reading, masthead }: LetterFindings,
  warnings: Warning[],
): void {
  if (!title.author?.country && !title.joint)
    warnings.push({
      code: 'title-no-country',
      message: 'title line names no country',
      path: atLine(titleLine?.n ?? null),
    });
  if (!title.date && !ownDate && titleLine)
    warnings.push({
      code: 'title-no-date',
      message: 'title line gives no date',
      path: atLine(titleLine.n),
    });
  if (title.date?.guessed)
    warnings.push({
      code: 'date-guessed',
      message: `the title's date "${title.date.printed}" was misread by an OCR copy; read as ${title.date.iso}`,
      path: atLine(titleLine?.n ?? null),
    });
  const request = reading.body.findLast((b) => b.type === 'paragraph' && CIRCULATION.test(b.text));
  if (request?.type === 'paragraph') {
    const missing = masthead.agendaItems.filter(
      (a) => !new RegExp(`\\b${a.number.replace(/[()]/g, '\\$&')}(?![\\w(])`).test(request.text),
    );
    if (missing.length)
      warnings.push({
        code: 'agenda-request-mismatch',
        message: `agenda items ${missing.map((a) => a.number).join(', ')} are not named in the circulation request`,
        path: [],
      });
  }
}
