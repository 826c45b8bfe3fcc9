import type { Passage } from '../../passages.js';
import type { Figure } from '../../schema-facts.js';
import type { FigureMetric } from '../../vocabulary.js';

const QUAL =
  '(?:(?<qualifier>about|approximately|around|some|nearly|almost|more than|over|at least|up to) )?';
const NUM = '(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?: (?<scale>million|thousand))?';
const ADVERBS = '(?:[a-z]+ly (?:and [a-z]+ly )?)?';
/** Who a figure counts, after a verb that comes first ("killing 147 innocent civilians"). */
const VICTIMS =
  '(?:[a-z]+ )?(?:civilians|people|persons|Azerbaijanis|residents|inhabitants|others)\\b';

/**
 * Per metric: the pattern (its groups `qualifier`, `digits`, `scale` and `term`), the unit, and a
 * cheap keyword test that must pass first.
 */
const RULES: ReadonlyArray<[FigureMetric, RegExp, Figure['unit'], RegExp]> = [
  [
    'killed',
    new RegExp(
      `${QUAL}${NUM} (?:[a-z]+ )?(?:civilians |people |persons |Azerbaijanis )?(?:were |had been )?${ADVERBS}(?<term>killed|died|lost their lives|perished|murdered)`,
      'g',
    ),
    'people',
    /killed|died|lost their lives|perished|murdered/,
  ],
  [
    'killed',
    new RegExp(`\\b(?<term>killing|killed|murdering|murdered) ${QUAL}${NUM} ${VICTIMS}`, 'g'),
    'people',
    /killing|killed|murder/,
  ],
  [
    'wounded',
    new RegExp(
      `${QUAL}${NUM} (?:civilians |people |persons )?(?:were |had been )?(?<term>(?:seriously |severely |badly )?(?:wounded|injured))`,
      'g',
    ),
    'people',
    /wounded|injured/,
  ],
  [
    'wounded',
    new RegExp(`\\b(?<term>wounding|wounded|injuring|injured) ${QUAL}${NUM} ${VICTIMS}`, 'g'),
    'people',
    /wound|injur/,
  ],
  [
    'detained',
    new RegExp(
      `${QUAL}${NUM} (?:people |persons )?(?:were )?${ADVERBS}(?<term>(?:detained|arrested)(?: or (?:detained|arrested))?)`,
      'g',
    ),
    'people',
    /detained|arrested/,
  ],
  [
    'missing',
    new RegExp(
      `${QUAL}${NUM} (?:people |persons )?(?<term>(?:went|are|were|remain|remained) missing)`,
      'g',
    ),
    'people',
    /missing/,
  ],
  [
    'troops',
    new RegExp(
      `${QUAL}${NUM} (?<term>(?:Soviet |Russian |foreign |armed )?(?:troops|soldiers|servicemen))`,
      'g',
    ),
    'soldiers',
    /troops|soldiers|servicemen/,
  ],
  [
    'expelled',
    new RegExp(
      `(?<term>(?:forcible )?(?:mass )?(?:expulsion|deportation)) of ${QUAL}${NUM} (?:Azerbaijanis|people|persons|refugees)`,
      'g',
    ),
    'people',
    /expulsion|deportation/,
  ],
  [
    'funeral-attendance',
    new RegExp(`${QUAL}${NUM} (?:people )?(?<term>attended the funeral(?: ceremony)?)`, 'g'),
    'people',
    /funeral/,
  ],
];

const QUALIFIERS: Record<string, Figure['qualifier']> = {
  about: 'approximately',
  approximately: 'approximately',
  around: 'approximately',
  some: 'approximately',
  nearly: 'approximately',
  almost: 'approximately',
  'up to': 'approximately',
  'more than': 'more-than',
  over: 'more-than',
  'at least': 'at-least',
};

/** The figures a text states about the events, each with its words and paragraph. */
export function findFigures(passages: Iterable<Passage>): Figure[] {
  const out: Figure[] = [];
  for (const p of passages) {
    if (!/\d/.test(p.text)) continue;
    for (const [metric, pattern, unit, keyword] of RULES) {
      if (!keyword.test(p.text)) continue;
      for (const m of p.text.matchAll(pattern)) {
        const { qualifier, digits, scale, term } = m.groups as Record<string, string | undefined>;
        const value =
          Number((digits as string).replace(/,/g, '')) *
          (scale === 'million' ? 1e6 : scale === 'thousand' ? 1e3 : 1);
        if (!Number.isSafeInteger(value)) continue;
        out.push({
          metric,
          value,
          qualifier: qualifier ? (QUALIFIERS[qualifier] ?? 'exact') : 'exact',
          unit,
          term: term as string,
          quote: m[0],
          paragraph: p.locator,
        });
      }
    }
  }
  return out;
}
