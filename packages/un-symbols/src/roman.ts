const TABLE: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** A positive integer in upper-case Roman numerals, as UN documents number annexes. */
export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of TABLE) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The value of upper- or lower-case Roman numerals (I to MMMCMXCIX); null if not one. */
export function fromRoman(text: string): number | null {
  const upper = text.toUpperCase();
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(upper) || !upper)
    return null;
  let rest = upper;
  let n = 0;
  for (const [value, digits] of TABLE)
    while (rest.startsWith(digits)) {
      n += value;
      rest = rest.slice(digits.length);
    }
  return n;
}
