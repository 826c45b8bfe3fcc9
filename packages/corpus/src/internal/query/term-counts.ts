/**
 * One text's terms with how often each occurs, in the order first seen: what an index posts for
 * the text. Counted in an array by term number, which is cleared again as it is read out.
 */
export class TermCounts {
  /** The text's distinct terms and how often each occurs: the first {@link distinct} of each. */
  terms = new Uint32Array(256);
  tfs = new Uint32Array(256);
  distinct = 0;
  /** How many words were counted: every word but those of term -1, which the index drops. */
  length = 0;
  private byTerm = new Uint32Array(1024);

  /** Makes room for term numbers below `terms`. */
  reserve(terms: number): void {
    if (terms <= this.byTerm.length) return;
    const grown = new Uint32Array(Math.max(terms, this.byTerm.length * 2));
    grown.set(this.byTerm);
    this.byTerm = grown;
  }

  /** Counts the first `n` term numbers of `ids`, each below what was reserved, or -1. */
  count(ids: Int32Array, n: number): void {
    if (this.terms.length < n) {
      this.terms = new Uint32Array(n);
      this.tfs = new Uint32Array(n);
    }
    const { byTerm, terms, tfs } = this;
    let length = 0;
    let distinct = 0;
    for (let w = 0; w < n; w++) {
      const term = ids[w] as number;
      if (term < 0) continue;
      length++;
      const was = byTerm[term] as number;
      if (was === 0) terms[distinct++] = term;
      byTerm[term] = was + 1;
    }
    for (let i = 0; i < distinct; i++) {
      const term = terms[i] as number;
      tfs[i] = byTerm[term] as number;
      byTerm[term] = 0;
    }
    this.distinct = distinct;
    this.length = length;
  }
}
