import { curated, notApplicable, notFound } from '../records/provenance.js';
import type { TextBlock } from './blocks.js';
import type { Draft } from './draft.js';
import { evidenceOf } from './evidence.js';
import type { Line } from './lines.js';

/** What {@link readRelease} read of a release, and where: what its provenance is made of. */
export interface ReleaseReading {
  label: TextBlock | null;
  structured: boolean;
  /** The title block; null when the release prints none. */
  title: TextBlock | null;
  date: { printed: string; block: TextBlock } | null;
  isPress: boolean;
  issuer: object | null;
  /** The letterhead line that names the mission. */
  firstLetterhead: Line | undefined;
  speaker: { phrase: string } | null;
  signatories: number;
}

/**
 * Where each field of a release was read, or why it is curated or empty: a release has no
 * masthead, so its symbols, organs and agenda items do not apply.
 */
export function releaseProvenance(r: ReleaseReading): Draft['provenance'] {
  const { label, structured, title, date, isPress, issuer, firstLetterhead, speaker } = r;
  return {
    kind: label
      ? {
          status: 'stated',
          evidence: evidenceOf(
            label.lines[0] as TextBlock['lines'][number],
            label.text.split(/[,\s]+\d/)[0] ?? label.text,
          ),
        }
      : structured
        ? curated('No press-release label: read as a statement.')
        : curated('No document structure found: the kind is unknown.'),
    title: title
      ? {
          status: 'stated',
          evidence: evidenceOf(
            title.lines[0] as TextBlock['lines'][number],
            title.lines[0]?.text ?? '',
          ),
        }
      : curated('No title is printed; the title describes the document.'),
    date: date
      ? {
          status: 'stated',
          evidence: evidenceOf(date.block.lines[0] as TextBlock['lines'][number], date.printed),
        }
      : notFound(),
    distributionDate: notApplicable('Not a UN masthead document.'),
    symbols: notFound('No UN document symbol.'),
    distribution: notApplicable('Not a UN masthead document.'),
    originalLanguage: notFound(),
    organs: notApplicable('Not a document of a UN organ.'),
    agendaItems: notApplicable('Not circulated under agenda items.'),
    issuer:
      issuer && firstLetterhead
        ? { status: 'stated', evidence: evidenceOf(firstLetterhead, firstLetterhead.text) }
        : notFound(),
    author:
      isPress && issuer
        ? curated('A press release that names no author is the work of the mission that issues it.')
        : speaker && title
          ? {
              status: 'stated',
              evidence: evidenceOf(title.lines[0] as TextBlock['lines'][number], speaker.phrase),
            }
          : notFound(),
    addressee: notApplicable('Addressed to the public.'),
    signatories: r.signatories ? curated('Read from the signature block.') : notFound(),
    occasion: notFound(),
  };
}
