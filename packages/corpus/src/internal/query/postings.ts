import { PostingLog } from './posting-log.js';

/** Term frequencies: one byte each while every tf is below 256, as in almost any text. */
export type Tfs = Uint8Array | Uint32Array;

const tfsFor = (length: number, largest: number): Tfs =>
  largest < 256 ? new Uint8Array(length) : new Uint32Array(length);

/**
 * The postings of every term, as typed arrays, laid out by term at the first read (compressed
 * sparse rows: one array of keys, one of term frequencies, and where each term's run starts),
 * keys ascending in a run. Postings added are kept in a {@link PostingLog} till then: 100,000
 * documents take a few bytes a posting, where arrays of numbers took tens.
 */
export class Postings {
  private log: PostingLog;
  private terms = 0;
  // The runs by term, of every posting read so far; `frozen` while nothing was added since.
  private starts: Uint32Array = new Uint32Array(1);
  private keys: Uint32Array = new Uint32Array(0);
  private tfs: Tfs = new Uint8Array(0);
  private largestTf = 0;
  private frozen = true;

  /** @param chunkBits see {@link PostingLog} */
  constructor(private readonly chunkBits?: number) {
    this.log = new PostingLog(chunkBits);
  }

  /** See {@link PostingLog.addKey}. */
  addKey(key: number, terms: ArrayLike<number>, tfs: ArrayLike<number>, n: number): void {
    this.frozen = false;
    this.log.addKey(key, terms, tfs, n);
  }

  /** The first and past-the-last index of a term's run. */
  range(term: number): [number, number] {
    const starts = this.freeze();
    return term < this.terms ? [starts[term] as number, starts[term + 1] as number] : [0, 0];
  }

  /** Where each term's run starts (one more entry than terms), with {@link arrays}: a saved index. */
  runs(): { starts: Uint32Array; keys: Uint32Array; tfs: Tfs } {
    return { starts: this.freeze(), keys: this.keys, tfs: this.tfs };
  }

  /** Takes the runs of a saved index, in place of any postings added: see {@link runs}. */
  load(starts: Uint32Array, keys: Uint32Array, tfs: ArrayLike<number>): void {
    this.starts = starts;
    this.keys = keys;
    this.largestTf = 0;
    for (let i = 0; i < tfs.length; i++)
      if ((tfs[i] as number) > this.largestTf) this.largestTf = tfs[i] as number;
    this.tfs = tfsFor(tfs.length, this.largestTf);
    this.tfs.set(tfs);
    this.terms = starts.length - 1;
    this.log = new PostingLog(this.chunkBits);
    this.frozen = true;
  }

  /** The keys and term frequencies of every run, laid end to end (see {@link range}). */
  arrays(): { keys: Uint32Array; tfs: Tfs } {
    this.freeze();
    return { keys: this.keys, tfs: this.tfs };
  }

  // A counting sort by term of the runs read before, then the postings added since (whose keys
  // are all larger), so that keys stay ascending in each run.
  private freeze(): Uint32Array {
    if (this.frozen) return this.starts;
    const { log, starts: before } = this;
    const terms = Math.max(this.terms, log.terms);
    const termsBefore = before.length - 1;
    const starts = new Uint32Array(terms + 1);
    for (let t = 0; t < termsBefore; t++)
      starts[t + 1] = (before[t + 1] as number) - (before[t] as number);
    log.countInto(starts);
    for (let t = 0; t < terms; t++)
      starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    this.largestTf = Math.max(this.largestTf, log.largestTf);
    const keys = new Uint32Array(starts[terms] as number);
    const tfs = tfsFor(keys.length, this.largestTf);
    const next = starts.slice(0, terms);
    for (let t = 0; t < termsBefore; t++) {
      const from = before[t] as number;
      const to = before[t + 1] as number;
      if (from === to) continue;
      keys.set(this.keys.subarray(from, to), next[t]);
      tfs.set(this.tfs.subarray(from, to), next[t]);
      next[t] = (next[t] as number) + to - from;
    }
    log.scatterInto(next, keys, tfs);
    this.starts = starts;
    this.keys = keys;
    this.tfs = tfs;
    this.terms = terms;
    this.log = new PostingLog(this.chunkBits);
    this.frozen = true;
    return starts;
  }
}
