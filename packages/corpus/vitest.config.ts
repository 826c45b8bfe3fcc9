import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A run on another Node version (scripts/test-on-nodes.mjs) names its own report.
    reporters: [
      'default',
      ['json', { outputFile: `test-results/${process.env.TEST_REPORT ?? 'vitest'}.json` }],
    ],
    testTimeout: 20_000,
    // A young generation large enough for the complexity tests' 2 MB inputs: with V8's default
    // (16 MB here), a search over a passage with a match a word overflows it at 2 MB and not at
    // 1 MB, and the promotion step measured a linear path at 3.0 times (standalone: 2.1 with the
    // default, 1.6 with 64 MB). Growth in time should show the code's complexity, not that step.
    execArgv: ['--expose-gc', '--max-semi-space-size=64'],
    // One file at a time: the complexity and linearity tests time code, and a test file running
    // beside them (pack, LaTeX, pandoc, fuzzing) would time itself into their figures.
    fileParallelism: false,
  },
});
