import { IngestInputError } from './errors.js';

export { IngestInputError };

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding a byte-order mark names, if the bytes start with one. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))?.[1];
}

/** The WHATWG name of an encoding label (`UTF16` → `utf-16le`). @throws IngestInputError */
function canonical(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new IngestInputError(`unknown encoding "${label}"`, 'invalid-encoding');
  }
}

// Binary data shows itself in the first 8 KiB; reading further only costs time.
const SAMPLE_BYTES = 8192;
// C0 controls below BEL (1-7) that text never holds; a few may be stray, 1 % may not.
const STRAY_CONTROLS = 4;
const CONTROL_SHARE = 1 / 100;
// UTF-16 of ASCII text has a NUL in every other byte; 40 % of one side and none of the other
// tells the byte order from a sample with some non-ASCII letters.
const UTF16_NUL_SHARE = 0.4;
// Below this many bytes a NUL pattern is chance.
const UTF16_SAMPLE_MIN = 16;

/** NUL, or more than a few of the C0 controls that text never has: the mark of binary data. */
function looksBinary(sample: ArrayLike<number>): boolean {
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i] as number;
    if (c === 0) return true;
    if (c < 8) controls++;
  }
  return controls > Math.max(STRAY_CONTROLS, sample.length * CONTROL_SHARE);
}

/** ASCII text in UTF-16 without a byte-order mark: every other byte NUL. */
function utf16Hint(sample: Uint8Array): string {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  const half = sample.length / 2;
  if (sample.length < UTF16_SAMPLE_MIN) return '';
  if (odd > half * UTF16_NUL_SHARE && even === 0)
    return '; it looks like UTF-16LE: pass { encoding: "utf-16le" }';
  if (even > half * UTF16_NUL_SHARE && odd === 0)
    return '; it looks like UTF-16BE: pass { encoding: "utf-16be" }';
  return '';
}

/**
 * Decode input to text as ingest reads it. A byte-order mark names the encoding (UTF-8, UTF-16LE, UTF-16BE);
 * otherwise bytes are UTF-8 unless another encoding is named. Binary data is refused: tested on
 * the bytes for 8-bit encodings, on the text for UTF-16 (where every ASCII character has a NUL).
 * A string is returned as it is, with its UTF-8 bytes.
 * @throws IngestInputError `not-text`, `binary` or `invalid-encoding`.
 */
export function decodeText(input: unknown, encoding?: string): { text: string; bytes: Uint8Array } {
  if (typeof input === 'string') return { text: input, bytes: new TextEncoder().encode(input) };
  if (!(input instanceof Uint8Array))
    throw new IngestInputError(
      `expected text or bytes, got ${input === null ? 'null' : typeof input}`,
      'not-text',
    );
  if (encoding !== undefined && typeof encoding !== 'string')
    throw new IngestInputError('encoding must be a string such as "utf-8"', 'invalid-encoding');
  const chosen = canonical(encoding ?? bomEncoding(input) ?? 'utf-8');
  const wide = chosen.startsWith('utf-16');
  const sample = input.subarray(0, SAMPLE_BYTES);
  if (!wide && looksBinary(sample))
    throw new IngestInputError(`input is binary, not text${utf16Hint(sample)}`, 'binary');
  let text: string;
  try {
    text = new TextDecoder(chosen, { fatal: true }).decode(input);
  } catch {
    throw new IngestInputError(
      `input is not valid ${chosen}; pass { encoding } to decode it otherwise`,
      'invalid-encoding',
    );
  }
  if (wide && looksBinary(Array.from(text.slice(0, SAMPLE_BYTES / 2), (c) => c.charCodeAt(0))))
    throw new IngestInputError('input is binary, not text', 'binary');
  return { text, bytes: input };
}
