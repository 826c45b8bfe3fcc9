import { CorpusError } from '../../errors.js';
import { stripMarkup } from '../source-text.js';

/** A line of the input: its 1-based number, the raw text, and the text after cleaning. */
export interface Line {
  n: number;
  raw: string;
  text: string;
}

/** What ingest removed or changed, and where: the input lines it touched. */
export interface Removal {
  kind:
    | 'whitespace'
    | 'markup'
    | 'page-footer'
    | 'running-header'
    | 'page-number'
    | 'web-chrome'
    | 'footnote'
    | 'hyphenation'
    | 'page-break-join';
  lines: number[];
  description: string;
}

/** Thrown only for input that is not text: binary data, or bytes that are not valid UTF-8. */
export class IngestInputError extends CorpusError {
  override name = 'IngestInputError';
  constructor(
    message: string,
    readonly code: 'not-text' | 'binary' | 'invalid-encoding',
  ) {
    super(message);
  }
}

/** Decode input to text; bytes must be UTF-8 unless another encoding is named. */
export function decode(input: unknown, encoding = 'utf-8'): { text: string; bytes: Uint8Array } {
  if (typeof input === 'string') return { text: input, bytes: new TextEncoder().encode(input) };
  if (!(input instanceof Uint8Array))
    throw new IngestInputError(
      `expected text or bytes, got ${input === null ? 'null' : typeof input}`,
      'not-text',
    );
  const sample = input.subarray(0, 8192);
  const controls = sample.filter((b) => b < 8).length;
  if (sample.includes(0) || controls > sample.length / 100)
    throw new IngestInputError('input is binary, not text', 'binary');
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(input), bytes: input };
  } catch (error) {
    if (error instanceof RangeError)
      throw new IngestInputError(`unknown encoding "${encoding}"`, 'invalid-encoding');
    throw new IngestInputError(
      `input is not valid ${encoding}; pass { encoding } to decode it otherwise`,
      'invalid-encoding',
    );
  }
}

const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const HAS_ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Split into lines, fold odd white space and strip Markdown/HTML markup, recording both. */
export function toLines(text: string, removed: Removal[]): Line[] {
  const spaced: number[] = [];
  const marked: number[] = [];
  const lines = text.split(/\r\n|\r|\n/).map((raw, i) => {
    let t = raw.replace(INVISIBLE, '');
    if (HAS_ODD_SPACE.test(t) || t !== raw) spaced.push(i + 1);
    t = t.replace(ODD_SPACE, ' ');
    const stripped = stripMarkup(t);
    if (stripped !== t.trimEnd()) marked.push(i + 1);
    return { n: i + 1, raw, text: stripped.replace(/ {2,}/g, ' ').trim() };
  });
  if (spaced.length)
    removed.push({
      kind: 'whitespace',
      lines: spaced,
      description: 'No-break, zero-width and other odd spaces folded to plain spaces.',
    });
  if (marked.length)
    removed.push({
      kind: 'markup',
      lines: marked,
      description: 'Markdown and HTML marks removed (**, #, ---, [text](link), <sup>).',
    });
  return lines;
}
