import type { Passage } from '../../passages.js';
import type { Figure } from '../../schema-facts.js';
import type { FigureMetric } from '../../vocabulary.js';

const QUAL = '(?:(about|approximately|around|some|nearly|almost|more than|over|at least|up to) )?';
const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?: (million|thousand))?';
const ADVERBS = '(?:[a-z]+ly (?:and [a-z]+ly )?)?';

/** Per metric: the pattern, the unit, and a cheap keyword test that must pass first. */
const RULES: ReadonlyArray<[FigureMetric, RegExp, Figure['unit'], RegExp]> = [
  [
    'killed',
    new RegExp(
      `${QUAL}${NUM} (?:[a-z]+ )?(?:civilians |people |persons |Azerbaijanis )?(?:were |had been )?${ADVERBS}(killed|died|lost their lives|perished|murdered)`,
      'g',
    ),
    'people',
    /killed|died|lost their lives|perished|murdered/,
  ],
  [
    'wounded',
    new RegExp(
      `${QUAL}${NUM} (?:civilians |people |persons )?(?:were |had been )?((?:seriously |severely |badly )?(?:wounded|injured))`,
      'g',
    ),
    'people',
    /wounded|injured/,
  ],
  [
    'detained',
    new RegExp(
      `${QUAL}${NUM} (?:people |persons )?(?:were )?${ADVERBS}((?:detained|arrested)(?: or (?:detained|arrested))?)`,
      'g',
    ),
    'people',
    /detained|arrested/,
  ],
  [
    'missing',
    new RegExp(
      `${QUAL}${NUM} (?:people |persons )?((?:went|are|were|remain|remained) missing)`,
      'g',
    ),
    'people',
    /missing/,
  ],
  [
    'troops',
    new RegExp(
      `${QUAL}${NUM} ((?:Soviet |Russian |foreign |armed )?(?:troops|soldiers|servicemen))`,
      'g',
    ),
    'soldiers',
    /troops|soldiers|servicemen/,
  ],
  [
    'expelled',
    new RegExp(
      `((?:forcible )?(?:mass )?(?:expulsion|deportation)) of ${QUAL}${NUM} (?:Azerbaijanis|people|persons|refugees)`,
      'g',
    ),
    'people',
    /expulsion|deportation/,
  ],
  [
    'funeral-attendance',
    new RegExp(`${QUAL}${NUM} (?:people )?(attended the funeral(?: ceremony)?)`, 'g'),
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
        const [qualifier, digits, scale, term] =
          metric === 'expelled' ? [m[2], m[3], m[4], m[1]] : [m[1], m[2], m[3], m[4]];
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
