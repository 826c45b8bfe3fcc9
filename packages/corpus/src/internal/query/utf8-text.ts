import { isWordChar } from '../text/terms.js';

// A buffer up to this size is kept for the next text; a longer text's is let go after it.
const KEPT_BYTES = 1 << 20;
const encoder = new TextEncoder();

/**
 * A text as UTF-8 bytes, which a loop reads faster than the string's UTF-16 code units (one kind
 * of array, where a string is one of two), with the way back from a byte to its code unit. Bytes
 * from 0x80 are read with {@link pass}, in order, so that it can keep count.
 */
export class Utf8Text {
  /** The bytes of the text last loaded: the first {@link length} of them. */
  bytes = new Uint8Array(1 << 12);
  length = 0;
  private kept = this.bytes;
  private text = '';
  // Bytes passed less the code units they made: byte i after them is in code unit i - lag.
  private lag = 0;

  load(text: string): void {
    const most = text.length * 3;
    if (most > this.kept.length) {
      this.bytes = new Uint8Array(most);
      if (most <= KEPT_BYTES) this.kept = this.bytes;
    } else this.bytes = this.kept;
    this.length = encoder.encodeInto(text, this.bytes).written;
    this.text = text;
    this.lag = 0;
  }

  /** Lets go of the text, and of a buffer too large to keep. */
  release(): void {
    this.bytes = this.kept;
    this.text = '';
  }

  /** The code unit of byte i, which comes after every character passed and before the next. */
  unit(i: number): number {
    return i - this.lag;
  }

  /** Whether the character outside ASCII that starts at byte i is a letter or digit. */
  isWordCharAt(i: number): boolean {
    // Read from the string: a lone surrogate, which is a word character, is U+FFFD in UTF-8.
    return isWordChar(this.text.charCodeAt(i - this.lag));
  }

  /** The byte after the character outside ASCII that starts at byte i. */
  pass(i: number): number {
    const lead = this.bytes[i] as number;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    // Four bytes make a surrogate pair, two code units; fewer make one.
    this.lag += length === 4 ? 2 : length - 1;
    return i + length;
  }

  /** The byte after the word that goes on at byte i. */
  wordEnd(from: number): number {
    let i = from;
    while (i < this.length) {
      const byte = this.bytes[i] as number;
      if (byte < 0x80 ? !isWordChar(byte) : !this.isWordCharAt(i)) break;
      i = byte < 0x80 ? i + 1 : this.pass(i);
    }
    return i;
  }
}
