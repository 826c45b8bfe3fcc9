import { describe, expect, it } from 'vitest';
import { sha256 } from '../test/helpers.js';
import { corpusVersion, dataChangelog } from './data-version.js';
import { CURATED_RECORDS } from './internal/records/index.js';

/** Canonical form of the data: the records as JSON, sorted by id. */
const contentHash = () =>
  `sha256:${sha256(JSON.stringify([...CURATED_RECORDS].sort((a, b) => a.id.localeCompare(b.id))))}`;

describe('corpus data version', () => {
  it('matches the content of the records: a change to any text or value needs a change-log entry', () => {
    expect(dataChangelog[0]?.contentHash).toBe(contentHash());
  });
  it('exposes the newest release as corpusVersion, newest first, with distinct versions', () => {
    expect(corpusVersion).toEqual({
      version: dataChangelog[0]?.version,
      date: dataChangelog[0]?.date,
      contentHash: dataChangelog[0]?.contentHash,
    });
    const versions = dataChangelog.map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
    for (const r of dataChangelog) expect(r.changes.length).toBeGreaterThan(0);
  });
});
