import { InvertedIndex } from './inverted-index.js';

/** Bumped when the index's words, terms or parts change meaning: an older snapshot is not used. */
const FORMAT = 1;

interface Snapshot {
  format: number;
  /** What it was built from: as many passages, of as many characters in all. */
  passages: number;
  characters: number;
  terms: string[];
  starts: number[];
  keys: number[];
  tfs: number[];
  lengths: number[];
}

const characters = (texts: readonly string[]) => {
  let n = 0;
  for (const text of texts) n += text.length;
  return n;
};

/**
 * An index of these passages as JSON text: read back by {@link loadIndex} without reading a word
 * of the passages. The bundled corpus ships one, as the `search` of a command-line run took 6 to
 * 14 ms to build the index of five documents, on code the engine had not compiled yet.
 */
export function saveIndex(index: InvertedIndex, texts: readonly string[]): string {
  const { terms, starts, keys, tfs, lengths } = index.parts();
  const snapshot: Snapshot = {
    format: FORMAT,
    passages: texts.length,
    characters: characters(texts),
    terms,
    starts: Array.from(starts),
    keys: Array.from(keys),
    tfs: Array.from(tfs),
    lengths: Array.from(lengths),
  };
  return JSON.stringify(snapshot);
}

/**
 * The index {@link saveIndex} saved, or `undefined` when the text is not one of this format or was
 * not made from as many passages and characters as these (a stale snapshot): build it instead.
 */
export function loadIndex(text: string, texts: readonly string[]): InvertedIndex | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (
    snapshot?.format !== FORMAT ||
    snapshot.passages !== texts.length ||
    snapshot.lengths?.length !== texts.length ||
    snapshot.characters !== characters(texts)
  )
    return undefined;
  return InvertedIndex.fromParts(snapshot);
}
