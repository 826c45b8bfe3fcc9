/** One release of the corpus data: what changed in the texts or metadata, and the resulting hash. */
export interface DataRelease {
  /** Semantic version of the data, independent of the code version. */
  version: string;
  date: string;
  /** SHA-256 of the canonical JSON of all records, sorted by id (see the test that recomputes it). */
  contentHash: string;
  changes: string[];
}

/**
 * The data change log, newest first. Every change to a text or a metadata value adds an entry; a
 * test fails when the records' content hash differs from the newest entry.
 */
export const dataChangelog: readonly DataRelease[] = [
  {
    version: '1.0.0',
    date: '2026-11-22',
    contentHash: 'sha256:894179262496f8cc1d869ea96d8101ad080f2b6b5a8e932c9fb4169e0b412795',
    changes: [
      'First release: five curated records (two letters circulated as UN documents, two press releases, one statement) made from the seed files 000-004, with provenance for every metadata field.',
    ],
  },
];

const latest = dataChangelog[0] as DataRelease;

/** The version of the corpus data (texts and metadata), for citing the corpus as a whole. */
export const corpusVersion = {
  version: latest.version,
  date: latest.date,
  contentHash: latest.contentHash,
} as const;
