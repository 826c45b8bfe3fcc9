/**
 * A copy cut short (a page's text cut at so many characters) ends mid-word: "to the Uni",
 * "Permanent Represe". Readers of the last words it prints use these patterns to tell such an end
 * from words that are whole.
 */

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for a prefix of `text`, possibly empty: each character optional after the last. */
const prefixOf = (text: string): string =>
  text ? `(?:${literal(text.slice(0, 1))}${prefixOf(text.slice(1))})?` : '';

/**
 * Regex source for what a copy cut inside `phrase` leaves at its very end: the phrase's first
 * `least` characters at least, and not the whole phrase.
 */
export function cutInside(phrase: string, least = 1): string {
  return `${literal(phrase.slice(0, least))}${prefixOf(phrase.slice(least, -1))}$`;
}
