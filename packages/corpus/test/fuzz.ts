import fc from 'fast-check';

/**
 * fast-check settings from the environment, so that a failure in CI can be replayed here:
 * `FC_SEED` (the seed fast-check printed), `FC_RUNS` (cases per property, default 100,000) and
 * `FC_TIME_MS` (a time bound per property, default 2,500 ms; 0 for none). By default a property
 * therefore runs 100,000 cases or for 2.5 s, whichever ends first.
 */
export function fuzzSettings() {
  return SETTINGS;
}
const SETTINGS = {
  seed: process.env.FC_SEED
    ? Number(process.env.FC_SEED)
    : (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0,
  numRuns: Number(process.env.FC_RUNS ?? 100_000),
  timeMs: Number(process.env.FC_TIME_MS ?? 2_500),
};

/** Checks a property under {@link fuzzSettings}; returns the cases run. @throws fast-check's report. */
export function fuzz<T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>): number {
  const { seed, numRuns, timeMs } = fuzzSettings();
  const details = fc.check(property, {
    seed,
    numRuns,
    ...(timeMs > 0 ? { interruptAfterTimeLimit: timeMs, markInterruptAsFailure: false } : {}),
  });
  if (details.failed)
    throw new Error(`${fc.defaultReportMessage(details)}\nreplay: FC_SEED=${seed}`);
  return details.numRuns;
}
