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
    execArgv: ['--expose-gc'],
    // One file at a time: the complexity and linearity tests time code, and a test file running
    // beside them (pack, LaTeX, pandoc, fuzzing) would time itself into their figures.
    fileParallelism: false,
  },
});
