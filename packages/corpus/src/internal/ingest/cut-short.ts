/**
 * A copy cut short (a page's text cut at so many characters) ends mid-word: "to the Uni",
 * "Permanent Represe". Readers of the last words it prints use these patterns to tell such an end
 * from words that are whole.
 */

/** Regex source for a prefix of `text`, possibly empty: each character optional after the last. */
const prefixOf = (text: string): string =>
  text ? `(?:${text[0]?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${prefixOf(text.slice(1))})?` : '';

/**
 * Regex source for what a copy cut inside `phrase` leaves at its very end: the phrase's first
 * `least` characters at least, and not the whole phrase.
 */
export function cutInside(phrase: string, least = 1): string {
  const start = phrase.slice(0, least).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${start}${prefixOf(phrase.slice(least, -1))}$`;
}
