/**
 * A matching key for a UN document symbol: the same for every spacing, dash and case variant
 * ("a/74/649 – s/2020/34" and "A/74/649-S/2020/34" share one key).
 */
export function symbolKey(symbol: string): string {
  return symbol
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*-\s*/g, '-')
    .trim()
    .replace(/\s+(?=[A-Za-z]{1,8}\/)/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** The single symbols of a (possibly double) symbol key: "A/74/649-S/2020/34" gives both. */
export function symbolMembers(key: string): string[] {
  return key.split(/-(?=[A-Z][A-Z0-9.]{0,7}\/)/);
}
