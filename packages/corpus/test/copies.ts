/** Windows-1252's characters at bytes 0x80-0x9F (the five it leaves undefined as C1 controls). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text saved as UTF-8 and read back as Windows-1252, as a page with the wrong encoding shows it. */
export const misreadAsWindows1252 = (text: string): string =>
  Array.from(new TextEncoder().encode(text), (b) =>
    b < 0x80 || b > 0x9f ? String.fromCharCode(b) : (CP1252[b - 0x80] as string),
  ).join('');
