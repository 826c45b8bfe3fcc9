/** A posting's low byte when its term or tf does not fit the packed form: see `escaped`. */
const ESCAPE = 0xff;
/** Terms below this number fit in the 24 high bits of a packed posting. */
const PACKED_TERMS = 2 ** 24;

const grown = (a: Uint32Array, least: number): Uint32Array => {
  const b = new Uint32Array(Math.max(least, a.length * 2));
  b.set(a);
  return b;
};

/**
 * Postings as they are added, keys ascending: each one number, `term << 8 | tf`, and each key's
 * postings one group, a third of the memory of (term, key, tf) triples. The numbers are kept in
 * chunks of 2^chunkBits, the first grown by doubling, so that a large index is never copied to
 * grow: copies of a hundred megabytes made the collector mark the whole heap again and again.
 */
export class PostingLog {
  /** One more than the largest term added. */
  terms = 0;
  /** The largest tf added. */
  largestTf = 0;
  private chunks: Uint32Array[] = [new Uint32Array(0)];
  // ESCAPE in a chunk: [term, tf] by the posting's number.
  private readonly escaped = new Map<number, readonly [number, number]>();
  // Each group's key and first posting.
  private groupKeys: Uint32Array = new Uint32Array(0);
  private groupStarts: Uint32Array = new Uint32Array(0);
  private groups = 0;
  // How many postings were added.
  private count = 0;
  private readonly chunk: number;

  constructor(private readonly chunkBits = 20) {
    this.chunk = 2 ** chunkBits;
  }

  /**
   * Records that `key` has each of the first `n` of `terms` as many times as `tfs` says at the
   * same index; keys must come in ascending order.
   */
  addKey(key: number, terms: ArrayLike<number>, tfs: ArrayLike<number>, n: number): void {
    if (n === 0) return;
    const { groups } = this;
    if (groups === this.groupKeys.length) {
      this.groupKeys = grown(this.groupKeys, 1024);
      this.groupStarts = grown(this.groupStarts, 1024);
    }
    this.groupKeys[groups] = key;
    this.groupStarts[groups] = this.count;
    this.groups = groups + 1;
    for (let i = 0; i < n; ) {
      const { count } = this;
      const c = count >>> this.chunkBits;
      const at = count & (this.chunk - 1);
      if (c === this.chunks.length) this.chunks.push(new Uint32Array(this.chunk));
      let chunk = this.chunks[c] as Uint32Array;
      if (at === chunk.length) {
        chunk = grown(chunk, Math.min(1024, this.chunk));
        this.chunks[c] = chunk;
      }
      // As many as the chunk has room for.
      const first = i;
      const end = Math.min(n, i + chunk.length - at);
      for (let j = at; i < end; i++, j++) {
        const term = terms[i] as number;
        const tf = tfs[i] as number;
        if (tf < ESCAPE && term < PACKED_TERMS) chunk[j] = (term << 8) | tf;
        else {
          chunk[j] = ESCAPE;
          this.escaped.set(count + j - at, [term, tf]);
        }
        if (term >= this.terms) this.terms = term + 1;
        if (tf > this.largestTf) this.largestTf = tf;
      }
      this.count = count + end - first;
    }
  }

  /** Adds one to `counts[term + 1]` for each posting: how long each term's run is. */
  countInto(counts: Uint32Array): void {
    const { escaped } = this;
    this.eachChunk((chunk, base, end) => {
      for (let j = 0; j < end; j++) {
        const p = chunk[j] as number;
        const t =
          (p & ESCAPE) === ESCAPE
            ? (escaped.get(base + j) as readonly [number, number])[0]
            : p >>> 8;
        counts[t + 1] = (counts[t + 1] as number) + 1;
      }
    });
  }

  /**
   * Writes each posting's key and tf at `next[term]` in `keys` and `tfs`, advancing it: a
   * counting sort by term, stable, so that keys stay ascending in each run.
   */
  scatterInto(next: Uint32Array, keys: Uint32Array, tfs: Uint8Array | Uint32Array): void {
    const { groupKeys, groupStarts, groups, escaped } = this;
    let g = 0;
    let key = 0;
    let nextGroup = groups > 0 ? (groupStarts[0] as number) : -1;
    this.eachChunk((chunk, base, end) => {
      for (let j = 0; j < end; j++) {
        if (base + j === nextGroup) {
          key = groupKeys[g] as number;
          g++;
          nextGroup = g < groups ? (groupStarts[g] as number) : -1;
        }
        const p = chunk[j] as number;
        let t = p >>> 8;
        let tf = p & ESCAPE;
        if (tf === ESCAPE) [t, tf] = escaped.get(base + j) as readonly [number, number];
        const at = next[t] as number;
        next[t] = at + 1;
        keys[at] = key;
        tfs[at] = tf;
      }
    });
  }

  // Each chunk, the number of its first posting, and how many postings it holds.
  private eachChunk(visit: (chunk: Uint32Array, base: number, end: number) => void): void {
    for (let c = 0, base = 0; base < this.count; c++, base += this.chunk)
      visit(this.chunks[c] as Uint32Array, base, Math.min(this.count - base, this.chunk));
  }
}
