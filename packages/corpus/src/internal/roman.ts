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
