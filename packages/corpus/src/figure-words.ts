import type { Figure } from './schema-facts.js';

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '',
  approximately: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
};

/** A number with a comma between thousands, as the UN Editorial Manual writes it: 26,000. */
export function formatNumber(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * A stated figure's value in words, qualified as the document qualifies it: "more than 600",
 * "about 30,000", "147". The same words for the CLI, the site and any derived tool.
 */
export function figureValue(figure: Pick<Figure, 'qualifier' | 'value'>): string {
  return `${QUALIFIER_WORDS[figure.qualifier] ?? ''}${formatNumber(figure.value)}`;
}
