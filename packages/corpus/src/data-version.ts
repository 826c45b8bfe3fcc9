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
    version: '1.2.0',
    date: '2026-12-03',
    contentHash: 'sha256:9bf05109fe6447294897b83259137845966388d1d65a62f7f874bafe9ee4d212',
    changes: [
      '2009-01-19-press-release: its descriptive title (the release prints none) is now "Special issue on the nineteenth anniversary of 20 January 1990", made from its label and first sentence; the issuer and the genre, recorded in their own fields, are no longer repeated in it, so that citations print them beside it. No text of a source changed.',
    ],
  },
  {
    version: '1.1.0',
    date: '2026-11-22',
    contentHash: 'sha256:c453e90f0f9db3e70422bfdea3c9e1c5d328909812e0f303006aad5990635681',
    changes: [
      'Mentions: the gazetteer now knows every UN Member and observer State and the principal organs; 2020-01-17-letter gains General Assembly and Security Council (para. 12), 2023-01-20-letter gains General Assembly (para. 3). No text changed.',
    ],
  },
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
