import { formatLocator } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import type { Figure } from '../../schema-facts.js';
import type { Locator } from '../../schema-text.js';
import { FIGURE_METRICS, type FigureMetric } from '../../vocabulary.js';

/** One document's statement of a figure. */
export interface FigureStatement extends Omit<Figure, 'metric' | 'paragraph'> {
  id: string;
  date: string | null;
  locator: Locator;
  pinpoint: string;
}

/** Per metric, what each document states, in date order: the documents' words, not a finding. */
export interface FigureComparison {
  metric: FigureMetric;
  statements: FigureStatement[];
  /** The distinct values stated, ascending. */
  values: number[];
  /** True when every statement gives the same value with the same qualifier. */
  agree: boolean;
}

/** Compare the figures stated by `records` (already in date order), for one metric or all. */
export function compare(
  records: readonly DocumentRecord[],
  metric: FigureMetric | undefined,
  dateOf: (r: DocumentRecord) => string | null,
): FigureComparison[] {
  const metrics = metric ? [metric] : FIGURE_METRICS;
  return metrics.flatMap((m) => {
    const statements = records.flatMap((r) =>
      r.figures
        .filter((f) => f.metric === m)
        .map(({ metric: _metric, paragraph, ...rest }) => ({
          id: r.id,
          date: dateOf(r),
          ...rest,
          locator: paragraph,
          pinpoint: formatLocator(paragraph, r.annexes.length),
        })),
    );
    if (statements.length === 0) return [];
    const values = [...new Set(statements.map((s) => s.value))].sort((a, b) => a - b);
    const forms = new Set(statements.map((s) => `${s.qualifier}:${s.value}`));
    return [{ metric: m, statements, values, agree: forms.size === 1 }];
  });
}
