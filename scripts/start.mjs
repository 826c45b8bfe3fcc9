// `pnpm start`: build the corpus package and the CLI quietly (their logs only if the build fails),
// run the main job on the bundled corpus, then say what to try next.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// turbo from node_modules: pnpm itself may be only `npx pnpm`, not on PATH.
const build = spawnSync(
  fileURLToPath(new URL('../node_modules/.bin/turbo', import.meta.url)),
  ['run', 'build', '--filter=@black-january/cli...', '--output-logs=errors-only'],
  { encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' } },
);
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error('error: the build failed (its log is above)');
  process.exit(build.status ?? 1);
}
const summary = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('../packages/corpus/scripts/summary.mjs', import.meta.url))],
  {
    stdio: 'inherit',
  },
);
if (summary.status !== 0) process.exit(summary.status ?? 1);
console.log(`
Next:
  pnpm black-january cite 2020-01-17-letter --style oscola   the CLI (pnpm black-january --help)
  pnpm --filter @black-january/docs build && pnpm --filter @black-january/docs exec astro preview   the site
  node -e "import('@black-january/corpus').then(c => console.log(c.documents.length))"   the API (in packages/corpus)`);
